package mx.gob.inm.citas.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase;
import mx.gob.inm.citas.application.port.out.AuditLog;
import mx.gob.inm.citas.application.port.out.CapacitySnapshots;
import mx.gob.inm.citas.application.port.out.CapacityStatistics;
import mx.gob.inm.citas.application.port.out.CapacityStatistics.SlotStatusCount;
import mx.gob.inm.citas.application.port.out.ClosureRepository;
import mx.gob.inm.citas.application.port.out.FloorStatistics;
import mx.gob.inm.citas.application.port.out.FloorStatistics.OfficeDays;
import mx.gob.inm.citas.application.port.out.FloorStatistics.VisitDay;
import mx.gob.inm.citas.application.port.out.OfficeRepository;
import mx.gob.inm.citas.application.port.out.ProcedureRepository;
import mx.gob.inm.citas.application.port.out.ScheduleRepository;
import mx.gob.inm.citas.application.port.out.SlotLedger;
import mx.gob.inm.citas.domain.appointment.AppointmentStatus;
import mx.gob.inm.citas.domain.availability.BookingWindow;
import mx.gob.inm.citas.domain.availability.TakenPlaces;
import mx.gob.inm.citas.domain.calendar.ClosureCalendar;
import mx.gob.inm.citas.domain.capacity.Attendance;
import mx.gob.inm.citas.domain.capacity.CapacityAlertPolicy;
import mx.gob.inm.citas.domain.capacity.NextFreeDate;
import mx.gob.inm.citas.domain.capacity.OfferedSlot;
import mx.gob.inm.citas.domain.capacity.PlaceCounts;
import mx.gob.inm.citas.domain.capacity.SellOutForecast;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.office.OfficeNotFoundException;
import mx.gob.inm.citas.domain.procedure.Procedure;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.procedure.ProcedureNotFoundException;
import mx.gob.inm.citas.domain.schedule.WeeklySchedule;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import mx.gob.inm.citas.domain.staff.OfficeAccessDeniedException;
import mx.gob.inm.citas.domain.staff.StaffMember;

/**
 * Supervisors' capacity figures. Places come from each office's week and closures, the way the public calendar
 * builds its days, against the ledger's taken places; appointments are counted by aggregate queries
 * ({@link CapacityStatistics}), and the floor's visits and tokens likewise ({@link FloorStatistics}); the formulas
 * are the domain's ({@code domain.capacity}).
 */
@ApplicationScoped
@Transactional(dontRollbackOn = OfficeAccessDeniedException.class)
public class CapacityDashboardService implements CapacityDashboardUseCase {

    /** Statuses whose appointment has (or had, once served) a place: what "booked" counts. */
    static final Set<AppointmentStatus> BOOKED = EnumSet.of(AppointmentStatus.PENDING_VERIFICATION,
            AppointmentStatus.CONFIRMED, AppointmentStatus.CHECKED_IN, AppointmentStatus.ATTENDED,
            AppointmentStatus.NO_SHOW);
    /** Applicants who came: checked in (being served) or attended. */
    static final Set<AppointmentStatus> CAME = EnumSet.of(AppointmentStatus.CHECKED_IN, AppointmentStatus.ATTENDED);

    private final OfficeRepository offices;
    private final ProcedureRepository procedures;
    private final ScheduleRepository schedules;
    private final ClosureRepository closures;
    private final SlotLedger ledger;
    private final CapacityStatistics statistics;
    private final CapacitySnapshots snapshots;
    private final FloorFigureReader floors;
    private final SettledDays<Map<ProcedureCode, Attendance>> attendance;
    private final BookingWindow window;
    private final CapacityAlertPolicy alerts;
    private final StaffAccess access;
    private final Clock clock;

    @Inject
    public CapacityDashboardService(OfficeRepository offices, ProcedureRepository procedures,
            ScheduleRepository schedules, ClosureRepository closures, SlotLedger ledger,
            CapacityStatistics statistics, CapacitySnapshots snapshots, FloorStatistics floorStatistics,
            BookingWindow window, CapacityAlertPolicy alerts, AuditLog audit, Clock clock) {
        this.offices = offices;
        this.procedures = procedures;
        this.schedules = schedules;
        this.closures = closures;
        this.ledger = ledger;
        this.statistics = statistics;
        this.snapshots = snapshots;
        this.floors = new FloorFigureReader(floorStatistics, clock);
        this.attendance = PastAttendance.over(statistics, id -> offices.findById(id).map(Office::timeZone), clock);
        this.window = window;
        this.alerts = alerts;
        this.access = audit == null ? null : new StaffAccess(audit, clock);
        this.clock = clock;
    }

    /** For the CDI proxy only. */
    protected CapacityDashboardService() {
        this(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    @Override
    public NationalDashboard national(StaffMember member, NationalQuery query) {
        Instant now = clock.instant();
        Optional<ProcedureCode> procedure = procedure(query.procedure());
        Set<ProcedureCode> online = online();
        Map<OfficeId, OfficeCalendar> calendars = new LinkedHashMap<>();
        for (Office office : offices.findAll()) {
            if (member.mayRead(office.id())
                    && query.state().map(s -> s.equalsIgnoreCase(office.state().code())).orElse(true)) {
                OfficeCalendar calendar = new OfficeCalendar(office, now);
                // an office that does not offer the procedure asked for has no row
                if (procedure.isEmpty() || calendar.offered(online).contains(procedure.get())) {
                    calendars.put(office.id(), calendar);
                }
            }
        }
        // each office's last weeks, and its floor over them and today, read for all of them at once
        Map<VisitDay, Map<ProcedureCode, Attendance>> past = attendance.of(calendars.values().stream()
                .map(c -> new OfficeDays(c.office.id(), c.today.minusDays(PAST_DAYS), c.today.minusDays(1)))
                .toList(), o -> calendars.get(o).today);
        Map<OfficeId, Attendance> pastByOffice = new HashMap<>();
        past.forEach((day, byProcedure) -> byProcedure.forEach((p, counted) -> {
            if (procedure.isEmpty() || procedure.get().equals(p)) {
                pastByOffice.merge(day.office(), counted, Attendance::plus);
            }
        }));
        List<OfficeDays> floorDays = calendars.values().stream()
                .map(c -> new OfficeDays(c.office.id(), c.today.minusDays(FLOOR_PAST_DAYS), c.today)).toList();
        FloorFigureReader.Country floor = floors.national(floorDays, procedure, o -> calendars.get(o).today,
                days -> calendars.get(days.office()).openDays(days.from(), days.to()));
        List<OfficeRow> rows = new ArrayList<>();
        for (OfficeCalendar calendar : calendars.values()) {
            OfficeId office = calendar.office.id();
            rows.add(row(calendar, procedure, online, pastByOffice.getOrDefault(office, Attendance.NONE))
                    .withFloor(floor.perOffice().getOrDefault(office, FloorFigures.NONE)));
        }
        rows.sort(Comparator.comparing(OfficeRow::stateName).thenComparing(OfficeRow::name));
        return new NationalDashboard(now, query, List.copyOf(rows),
                rows.stream().map(OfficeRow::nextShortRange).reduce(PlaceCounts.NONE, PlaceCounts::plus),
                rows.stream().map(OfficeRow::nextLongRange).reduce(PlaceCounts.NONE, PlaceCounts::plus),
                rows.stream().map(OfficeRow::pastDays).reduce(Attendance.NONE, Attendance::plus),
                floor.together());
    }

    /** The office's row, without its floor, with what became of its last weeks' appointments. */
    private OfficeRow row(OfficeCalendar calendar, Optional<ProcedureCode> procedure, Set<ProcedureCode> online,
            Attendance past) {
        Office office = calendar.office;
        Instant now = calendar.now;
        Set<ProcedureCode> offered = calendar.offered(online);
        LocalDate today = calendar.today;
        List<OfferedSlot> ahead = calendar.slots(today, today.plusDays(LONG_RANGE_DAYS)).stream()
                .filter(s -> !s.start().toInstant().isBefore(now)).toList();
        TakenPlaces taken = ledger.takenPlaces(office.id(), now, calendar.startOf(today.plusDays(LONG_RANGE_DAYS)));
        PlaceCounts shortRange = PlaceCounts.over(
                ahead.stream().filter(s -> s.day().isBefore(today.plusDays(SHORT_RANGE_DAYS))).toList(), taken,
                procedure, calendar::bookable);
        PlaceCounts longRange = PlaceCounts.over(ahead, taken, procedure, calendar::bookable);

        Set<ProcedureCode> asked = procedure.map(Set::of).orElse(offered);
        Map<ProcedureCode, Optional<NextFreeDate>> nextFree = calendar.nextFree(asked, ahead, taken);
        Optional<ProcedureCode> worst = NextFreeDate.longestWait(nextFree);
        Optional<NextFreeDate> next = worst.flatMap(nextFree::get);
        return new OfficeRow(office.id(), office.name(), office.state().code(), office.state().name(),
                office.timeZone(), shortRange, longRange, next, worst, past,
                alerts.assess(next, shortRange.utilisation()));
    }

    @Override
    public OfficeDashboard office(StaffMember member, String officeId, OfficeQuery query) {
        Office office = offices.findById(access.readable(member, officeId))
                .orElseThrow(() -> new OfficeNotFoundException(officeId));
        Instant now = clock.instant();
        OfficeCalendar calendar = new OfficeCalendar(office, now);
        LocalDate today = calendar.today;
        LocalDate from = query.from().orElse(today.minusDays(PAST_DAYS));
        LocalDate to = query.to().orElse(today.plusDays(LONG_RANGE_DAYS - 1L));
        InvalidValueException.require(!to.isBefore(from), "dateRange.reversed", "The range ends before it begins",
                from, to);
        InvalidValueException.require(ChronoUnit.DAYS.between(from, to) < MAX_RANGE_DAYS, "dateRange.tooLong",
                "A range covers at most " + MAX_RANGE_DAYS + " days", MAX_RANGE_DAYS);
        Optional<ProcedureCode> procedure = procedure(query.procedure());
        Set<ProcedureCode> offered = calendar.offered(online());
        List<ProcedureCode> shown = procedure.map(List::of).orElseGet(() -> List.copyOf(offered));

        // the range asked for, and the booking window: each read once, however far apart they are
        List<OfferedSlot> inRange = calendar.slots(from, to.plusDays(1));
        TakenPlaces takenInRange = ledger.takenPlaces(office.id(), calendar.startOf(from),
                calendar.startOf(to.plusDays(1)));
        List<SlotStatusCount> counts = statistics.countBySlot(office.id(), calendar.startOf(from),
                calendar.startOf(to.plusDays(1)));
        List<DayFigures> days = days(inRange, counts, takenInRange, procedure, shown, office.timeZone(), from, to,
                calendar::bookable);
        List<HourFigures> hours = hours(inRange, takenInRange, procedure);

        LocalDate windowEnd = window.lastDay(now, office.timeZone()).plusDays(1);
        List<OfferedSlot> bookable = calendar.slots(today, windowEnd).stream().filter(calendar::bookable).toList();
        TakenPlaces takenAhead = ledger.takenPlaces(office.id(), now, calendar.startOf(windowEnd));
        Map<ProcedureCode, NextFreeDate> nextFree = NextFreeDate.of(shown, bookable, takenAhead, today);
        Map<ProcedureCode, Long> recent = statistics.bookingsMade(office.id(),
                calendar.startOf(today.minusDays(SellOutForecast.DAYS_OBSERVED)), calendar.startOf(today));
        List<ProcedureOutlook> outlooks = new ArrayList<>();
        for (ProcedureCode p : shown) {
            PlaceCounts inWindow = PlaceCounts.over(bookable, takenAhead, Optional.of(p));
            long bookings = recent.getOrDefault(p, 0L);
            outlooks.add(new ProcedureOutlook(p, inWindow, Optional.ofNullable(nextFree.get(p)), bookings,
                    SellOutForecast.of(bookings, SellOutForecast.DAYS_OBSERVED, inWindow.free(), today)));
        }
        var trend = snapshots.between(office.id(), today.minusDays(TREND_DAYS), today).stream()
                .filter(s -> shown.contains(s.procedure())).toList();
        // the floor of the range's days that have begun
        LocalDate floorTo = to.isAfter(today) ? today : to;
        OfficeFloorFigures floor = floorTo.isBefore(from) ? OfficeFloorFigures.NONE
                : floors.office(new OfficeDays(office.id(), from, floorTo), procedure, today,
                        period -> calendar.openDays(period.from(), period.to()));
        return new OfficeDashboard(office.id(), office.name(), office.timeZone(), now, from, to, procedure, shown,
                days, hours, List.copyOf(outlooks), trend, floor);
    }

    private static List<DayFigures> days(List<OfferedSlot> slots, List<SlotStatusCount> counts, TakenPlaces taken,
            Optional<ProcedureCode> procedure, List<ProcedureCode> shown, ZoneId zone, LocalDate from,
            LocalDate to, Predicate<OfferedSlot> bookable) {
        // per day and procedure: appointments holding or having held a place, those who came, no-shows
        Map<LocalDate, Map<ProcedureCode, long[]>> byDay = new TreeMap<>();
        for (SlotStatusCount c : counts) {
            if (procedure.isPresent() && !procedure.get().equals(c.procedure())) {
                continue;
            }
            long[] n = byDay.computeIfAbsent(LocalDate.ofInstant(c.slotStart(), zone), d -> new HashMap<>())
                    .computeIfAbsent(c.procedure(), p -> new long[3]);
            if (BOOKED.contains(c.status())) {
                n[0] += c.count();
            }
            if (CAME.contains(c.status())) {
                n[1] += c.count();
            }
            if (c.status() == AppointmentStatus.NO_SHOW) {
                n[2] += c.count();
            }
        }
        Map<LocalDate, List<OfferedSlot>> slotsByDay = slots.stream()
                .collect(Collectors.groupingBy(OfferedSlot::day, TreeMap::new, Collectors.toList()));
        List<DayFigures> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            List<OfferedSlot> ofDay = slotsByDay.getOrDefault(day, List.of());
            Map<ProcedureCode, long[]> n = byDay.getOrDefault(day, Map.of());
            long[] all = new long[3];
            n.values().forEach(v -> {
                all[0] += v[0];
                all[1] += v[1];
                all[2] += v[2];
            });
            days.add(new DayFigures(day, Optional.empty(), PlaceCounts.over(ofDay, taken, procedure, bookable),
                    all[0], all[1], all[2]));
            for (ProcedureCode p : shown) {
                long[] v = n.getOrDefault(p, new long[3]);
                days.add(new DayFigures(day, Optional.of(p), PlaceCounts.over(ofDay, taken, Optional.of(p), bookable),
                        v[0], v[1], v[2]));
            }
        }
        return List.copyOf(days);
    }

    private static List<HourFigures> hours(List<OfferedSlot> slots, TakenPlaces taken,
            Optional<ProcedureCode> procedure) {
        Map<LocalDate, Map<Integer, long[]>> cells = new TreeMap<>();
        for (OfferedSlot slot : slots) {
            if (!slot.serves(procedure)) {
                continue;
            }
            long[] cell = cells.computeIfAbsent(slot.day(), d -> new TreeMap<>())
                    .computeIfAbsent(slot.start().getHour(), h -> new long[2]);
            cell[0] += slot.places();
            cell[1] += slot.taken(taken);
        }
        List<HourFigures> hours = new ArrayList<>();
        cells.forEach((day, byHour) -> byHour.forEach((hour, cell) ->
                hours.add(new HourFigures(day, hour, cell[0], cell[1]))));
        return List.copyOf(hours);
    }

    private Optional<ProcedureCode> procedure(Optional<String> typed) {
        Optional<String> code = typed.map(String::strip).filter(s -> !s.isEmpty());
        if (code.isEmpty()) {
            return Optional.empty();
        }
        if (!ProcedureCode.isWellFormed(code.get())) {
            throw new ProcedureNotFoundException(code.get());
        }
        ProcedureCode procedure = new ProcedureCode(code.get());
        if (procedures.findAll().stream().noneMatch(p -> p.code().equals(procedure))) {
            throw new ProcedureNotFoundException(code.get());
        }
        return Optional.of(procedure);
    }

    private Set<ProcedureCode> online() {
        return procedures.findAll().stream().filter(Procedure::isBookableOnline).map(Procedure::code)
                .collect(Collectors.toSet());
    }

    /** One office's week and closures, read once, in its own zone. */
    private final class OfficeCalendar {

        final Office office;
        final Instant now;
        final LocalDate today;
        final WeeklySchedule week;

        OfficeCalendar(Office office, Instant now) {
            this.office = office;
            this.now = now;
            this.today = office.localDate(now);
            this.week = schedules.findByOffice(office.id());
        }

        Instant startOf(LocalDate day) {
            return day.atStartOfDay(office.timeZone()).toInstant();
        }

        List<OfferedSlot> slots(LocalDate from, LocalDate toExclusive) {
            var calendar = new ClosureCalendar(office.id(),
                    closures.findApplyingTo(office.id(), from, toExclusive.minusDays(1)));
            return OfferedSlot.between(week, calendar, office.timeZone(), from, toExclusive);
        }

        /**
         * The days from {@code from} to {@code to} (both included) on which the office was open: its week has hours
         * that day and no closure applies (a federal rest day, its own, a nationwide one).
         */
        Set<LocalDate> openDays(LocalDate from, LocalDate to) {
            var calendar = new ClosureCalendar(office.id(), closures.findApplyingTo(office.id(), from, to));
            Set<LocalDate> open = new LinkedHashSet<>();
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                if (!week.periodsOn(day.getDayOfWeek()).isEmpty() && !calendar.isClosed(day)) {
                    open.add(day);
                }
            }
            return open;
        }

        /** The procedures its week serves that the public books online. */
        Set<ProcedureCode> offered(Set<ProcedureCode> online) {
            return week.procedures().stream().filter(online::contains)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }

        /** Whether an applicant may still book the slot (the booking window, at this calendar's now). */
        boolean bookable(OfferedSlot slot) {
            return window.admits(slot.start(), now);
        }

        /**
         * The next free date of each procedure asked: first in {@code ahead} (slots in order, from now); for the
         * procedures with none there, in the rest of the booking window, read from the ledger only then.
         */
        Map<ProcedureCode, Optional<NextFreeDate>> nextFree(Set<ProcedureCode> asked, List<OfferedSlot> ahead,
                TakenPlaces taken) {
            Map<ProcedureCode, NextFreeDate> found = new HashMap<>(NextFreeDate.of(asked,
                    ahead.stream().filter(this::bookable).toList(), taken, today));
            LocalDate lastBookable = window.lastDay(now, office.timeZone());
            LocalDate searched = ahead.isEmpty() ? today : ahead.get(ahead.size() - 1).day().plusDays(1);
            if (found.size() < asked.size() && !searched.isAfter(lastBookable)) {
                LocalDate end = lastBookable.plusDays(1);
                List<OfferedSlot> rest = slots(searched, end).stream().filter(this::bookable).toList();
                Set<ProcedureCode> missing = asked.stream().filter(p -> !found.containsKey(p))
                        .collect(Collectors.toSet());
                found.putAll(NextFreeDate.of(missing, rest,
                        ledger.takenPlaces(office.id(), startOf(searched), startOf(end)), today));
            }
            Map<ProcedureCode, Optional<NextFreeDate>> all = new TreeMap<>(Comparator.comparing(ProcedureCode::value));
            asked.forEach(p -> all.put(p, Optional.ofNullable(found.get(p))));
            return all;
        }
    }
}
