package mx.gob.inm.citas.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import mx.gob.inm.citas.application.port.in.AvailabilityQuery;
import mx.gob.inm.citas.application.port.in.FindAvailabilityUseCase;
import mx.gob.inm.citas.application.port.in.ViewCatalogueUseCase;
import mx.gob.inm.citas.application.port.out.ClosureRepository;
import mx.gob.inm.citas.application.port.out.ScheduleRepository;
import mx.gob.inm.citas.application.port.out.SlotLedger;
import mx.gob.inm.citas.domain.availability.Availability;
import mx.gob.inm.citas.domain.availability.AvailabilityCalculator;
import mx.gob.inm.citas.domain.availability.BookingWindow;
import mx.gob.inm.citas.domain.availability.DateRange;
import mx.gob.inm.citas.domain.availability.FreeSlot;
import mx.gob.inm.citas.domain.calendar.ClosureCalendar;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.procedure.Procedure;
import mx.gob.inm.citas.domain.schedule.WeeklySchedule;

/** Finds free places: loads what the calculation needs and lets the domain compute it. */
@ApplicationScoped
@Transactional
public class AvailabilityService implements FindAvailabilityUseCase {

    private final ViewCatalogueUseCase catalogue;
    private final ScheduleRepository schedules;
    private final ClosureRepository closures;
    private final SlotLedger ledger;
    private final BookingWindow window;
    private final Clock clock;

    @Inject
    public AvailabilityService(ViewCatalogueUseCase catalogue, ScheduleRepository schedules,
            ClosureRepository closures, SlotLedger ledger, BookingWindow window, Clock clock) {
        this.catalogue = catalogue;
        this.schedules = schedules;
        this.closures = closures;
        this.ledger = ledger;
        this.window = window;
        this.clock = clock;
    }

    /** For the CDI proxy only. */
    protected AvailabilityService() {
        this(null, null, null, null, null, null);
    }

    @Override
    public Availability findAvailability(AvailabilityQuery query) {
        Office office = catalogue.activeOffice(query.officeId());
        Procedure procedure = catalogue.procedure(query.procedureCode());
        Instant now = clock.instant();
        ZoneId zone = office.timeZone();
        DateRange range = query.range(office.localDate(now));
        Instant from = range.from().atStartOfDay(zone).toInstant();
        Instant to = range.to().plusDays(1).atStartOfDay(zone).toInstant();
        return new AvailabilityCalculator(window).calculate(office, procedure, schedules.findByOffice(office.id()),
                new ClosureCalendar(office.id(), closures.findApplyingTo(office.id(), range.from(), range.to())),
                ledger.takenPlaces(office.id(), from, to), range, now);
    }

    @Override
    public Optional<FreeSlot> nextFreeSlot(String officeId, String procedureCode, LocalDate from) {
        DateRange bookable = bookableDays(officeId);
        LocalDate first = from.isBefore(bookable.from()) ? bookable.from() : from;
        while (!first.isAfter(bookable.to())) {
            LocalDate last = first.plusDays(AvailabilityQuery.MAX_DAYS);
            if (last.isAfter(bookable.to())) {
                last = bookable.to();
            }
            Optional<FreeSlot> found = findAvailability(new AvailabilityQuery(officeId, procedureCode,
                    Optional.of(first), Optional.of(last))).firstFreeSlot();
            if (found.isPresent()) {
                return found;
            }
            first = last.plusDays(1);
        }
        return Optional.empty();
    }

    @Override
    public DateRange bookableDays(String officeId) {
        Office office = catalogue.activeOffice(officeId);
        Instant now = clock.instant();
        return new DateRange(office.localDate(now), window.lastDay(now, office.timeZone()));
    }

    @Override
    public WeeklySchedule weeklySchedule(String officeId) {
        return schedules.findByOffice(catalogue.activeOffice(officeId).id());
    }
}
