package mx.gob.inm.citas.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import mx.gob.inm.citas.application.port.in.AvailabilityQuery;
import mx.gob.inm.citas.application.port.in.FindAvailabilityUseCase;
import mx.gob.inm.citas.application.port.in.ViewCatalogueUseCase;
import mx.gob.inm.citas.application.port.out.ClosureRepository;
import mx.gob.inm.citas.application.port.out.FreePlaceVersions;
import mx.gob.inm.citas.application.port.out.ScheduleRepository;
import mx.gob.inm.citas.application.port.out.SlotLedger;
import mx.gob.inm.citas.domain.availability.Availability;
import mx.gob.inm.citas.domain.availability.AvailabilityCalculator;
import mx.gob.inm.citas.domain.availability.BookingWindow;
import mx.gob.inm.citas.domain.availability.DateRange;
import mx.gob.inm.citas.domain.availability.FreeSlot;
import mx.gob.inm.citas.domain.calendar.ClosureCalendar;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.procedure.Procedure;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.schedule.WeeklySchedule;

/**
 * Finds free places: loads what the calculation needs and lets the domain compute it. The public calendar asks the
 * same question many times while nothing changes (a release of places brings thousands to the same office), so an
 * answer is kept and given again while the office's {@link FreePlaceVersions version} is the one it was computed at
 * and no slot of it has left the booking window yet (nor a new day entered it).
 */
@ApplicationScoped
@Transactional
public class AvailabilityService implements FindAvailabilityUseCase {

    private final ViewCatalogueUseCase catalogue;
    private final ScheduleRepository schedules;
    private final ClosureRepository closures;
    private final SlotLedger ledger;
    private final BookingWindow window;
    private final FreePlaceVersions versions;
    private final Clock clock;
    private final Map<AnswerKey, Answer> answers = new ConcurrentHashMap<>();

    /** Answers kept at most: a few days' ranges of every procedure of 400 offices. */
    static final int KEPT_ANSWERS = 20_000;

    private record AnswerKey(OfficeId office, ProcedureCode procedure, DateRange range) {
    }

    /** An answer, the version it was computed at, and the first moment it may be different even so. */
    private record Answer(long version, Instant validUntil, Availability availability) {
    }

    @Inject
    public AvailabilityService(ViewCatalogueUseCase catalogue, ScheduleRepository schedules,
            ClosureRepository closures, SlotLedger ledger, BookingWindow window, FreePlaceVersions versions,
            Clock clock) {
        this.catalogue = catalogue;
        this.schedules = schedules;
        this.closures = closures;
        this.ledger = ledger;
        this.window = window;
        this.versions = versions;
        this.clock = clock;
    }

    /** For the CDI proxy only. */
    protected AvailabilityService() {
        this(null, null, null, null, null, null, null);
    }

    @Override
    public Availability findAvailability(AvailabilityQuery query) {
        Office office = catalogue.activeOffice(query.officeId());
        Procedure procedure = catalogue.procedure(query.procedureCode());
        Instant now = clock.instant();
        ZoneId zone = office.timeZone();
        DateRange range = query.range(office.localDate(now));
        // the version first: what is read after it is at least that version's
        long version = versions.current(office.id());
        AnswerKey key = new AnswerKey(office.id(), procedure.code(), range);
        Answer kept = answers.get(key);
        if (kept != null && kept.version() == version && now.isBefore(kept.validUntil())) {
            return kept.availability();
        }
        Instant from = range.from().atStartOfDay(zone).toInstant();
        Instant to = range.to().plusDays(1).atStartOfDay(zone).toInstant();
        Availability availability = new AvailabilityCalculator(window).calculate(office, procedure,
                schedules.findByOffice(office.id()),
                new ClosureCalendar(office.id(), closures.findApplyingTo(office.id(), range.from(), range.to())),
                ledger.takenPlaces(office.id(), from, to), range, now);
        if (answers.size() >= KEPT_ANSWERS) {
            answers.clear();
        }
        answers.put(key, new Answer(version, validUntil(availability, office, now), availability));
        return availability;
    }

    /**
     * When the answer computed at {@code now} may change by the clock alone: its first slot leaves the booking window
     * (its lead time begins), or the office's next day begins and the window's last day with it.
     */
    private Instant validUntil(Availability availability, Office office, Instant now) {
        Instant nextDay = office.localDate(now).plusDays(1).atStartOfDay(office.timeZone()).toInstant();
        return availability.days().stream().flatMap(day -> day.slots().stream())
                .map(slot -> slot.start().toInstant().minus(window.minimumLead()))
                .filter(leaves -> leaves.isBefore(nextDay)).min(Instant::compareTo).orElse(nextDay);
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
