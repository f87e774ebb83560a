package mx.gob.inm.citas.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import mx.gob.inm.citas.application.port.in.FindNextFreePlaceUseCase;
import mx.gob.inm.citas.application.port.in.ViewCatalogueUseCase;
import mx.gob.inm.citas.application.port.out.ClosureRepository;
import mx.gob.inm.citas.application.port.out.ScheduleRepository;
import mx.gob.inm.citas.application.port.out.SlotLedger;
import mx.gob.inm.citas.domain.availability.AvailabilityCalculator;
import mx.gob.inm.citas.domain.availability.BookingWindow;
import mx.gob.inm.citas.domain.availability.DateRange;
import mx.gob.inm.citas.domain.availability.FreeSlot;
import mx.gob.inm.citas.domain.calendar.ClosureCalendar;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.State;
import mx.gob.inm.citas.domain.office.StateNotFoundException;
import mx.gob.inm.citas.domain.procedure.Procedure;
import mx.gob.inm.citas.domain.procedure.ProcedureNotBookableOnlineException;
import mx.gob.inm.citas.domain.schedule.WeeklySchedule;

/**
 * Finds the next free place of a procedure at every office that serves it, with the calculation and the inputs of
 * the public calendar ({@link AvailabilityService}): the office's week and closures (cached by the store) and the
 * ledger's taken places, in the booking window at this instant. The ledger is read over the first
 * {@value #FIRST_LOOK_DAYS} days, and over the rest of the window only for offices with nothing free in those:
 * most offices cost one small query.
 */
@ApplicationScoped
@Transactional
public class NextFreePlaceService implements FindNextFreePlaceUseCase {

    /** The days searched first; a second search covers the rest of the booking window. */
    static final int FIRST_LOOK_DAYS = 14;

    private static final Comparator<OfficePlace> BY_PLACE = Comparator
            .comparing((OfficePlace p) -> p.office().state().name())
            .thenComparing(p -> p.office().city())
            .thenComparing(p -> p.office().name());
    /** Nearest date first, offices with none last; ties by state and city. */
    static final Comparator<OfficePlace> ORDER = Comparator
            .comparing((OfficePlace p) -> p.date().orElse(LocalDate.MAX))
            .thenComparing(BY_PLACE);

    private final ViewCatalogueUseCase catalogue;
    private final ScheduleRepository schedules;
    private final ClosureRepository closures;
    private final SlotLedger ledger;
    private final BookingWindow window;
    private final Clock clock;

    @Inject
    public NextFreePlaceService(ViewCatalogueUseCase catalogue, ScheduleRepository schedules,
            ClosureRepository closures, SlotLedger ledger, BookingWindow window, Clock clock) {
        this.catalogue = catalogue;
        this.schedules = schedules;
        this.closures = closures;
        this.ledger = ledger;
        this.window = window;
        this.clock = clock;
    }

    /** For the CDI proxy only. */
    protected NextFreePlaceService() {
        this(null, null, null, null, null, null);
    }

    @Override
    public NextFreePlaces nextFreePlaces(Query query) {
        Procedure procedure = catalogue.procedure(query.procedureCode());
        if (!procedure.isBookableOnline()) {
            throw new ProcedureNotBookableOnlineException(procedure.code());
        }
        Optional<State> state = query.stateCode().map(code -> State.federalEntity(code.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new StateNotFoundException(code)));
        Instant now = clock.instant();
        AvailabilityCalculator calculator = new AvailabilityCalculator(window);
        List<OfficePlace> places = new ArrayList<>();
        for (Office office : catalogue.activeOffices()) {
            if (state.isPresent() && !state.get().code().equals(office.state().code())) {
                continue;
            }
            WeeklySchedule week = schedules.findByOffice(office.id());
            if (week.offers(procedure.code())) {
                places.add(new OfficePlace(office, nextFree(calculator, office, procedure, week, now)));
            }
        }
        places.sort(ORDER);
        return new NextFreePlaces(procedure, state, window.maximumDaysAhead(), places);
    }

    /** The first slot the public calendar offers now, searched in two spans of the booking window. */
    private Optional<FreeSlot> nextFree(AvailabilityCalculator calculator, Office office, Procedure procedure,
            WeeklySchedule week, Instant now) {
        ZoneId zone = office.timeZone();
        LocalDate last = window.lastDay(now, zone);
        LocalDate from = office.localDate(now);
        LocalDate to = min(from.plusDays(FIRST_LOOK_DAYS - 1L), last);
        while (!from.isAfter(last)) {
            DateRange range = new DateRange(from, to);
            Optional<FreeSlot> found = calculator.calculate(office, procedure, week,
                    new ClosureCalendar(office.id(), closures.findApplyingTo(office.id(), from, to)),
                    ledger.takenPlaces(office.id(), from.atStartOfDay(zone).toInstant(),
                            to.plusDays(1).atStartOfDay(zone).toInstant()),
                    range, now).firstFreeSlot();
            if (found.isPresent()) {
                return found;
            }
            from = to.plusDays(1);
            to = last;
        }
        return Optional.empty();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
