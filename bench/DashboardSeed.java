import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import mx.gob.inm.citas.domain.calendar.FederalRestDays;

/**
 * Seeds a national load into the embedded H2 database of a stopped citas.jar, for bench/dashboard.sh (not a test).
 * The schema (Flyway V1..V14) and the demo catalogue must be there already: the application's first start makes them.
 *
 * <pre>java -cp h2.jar:citas-domain.jar bench/DashboardSeed.java JDBC_URL [APPOINTMENTS] [PAST_DAYS] [AHEAD_DAYS]
 *     [HOLD_MINUTES] [RANDOM_SEED]</pre>
 *
 * Defaults: 160,000 appointments over 60 past days and 30 days ahead (today included), holds of 15 minutes.
 *
 * What it writes, for every office of the catalogue, following the schema's rules and the services' behaviour:
 * <ul>
 * <li>appointments only at slot starts of the office's weekly schedule (opening_period), on days it is open (no
 *     federal rest day, no closure), in the office's time zone, for procedures the slot's period serves online;
 * <li>each office has a demand curve: the share of a slot's places booked when the slot is d days away (full for
 *     weeks at the busiest offices, a few days at the quietest), with morning slots and Mondays filling first. Each
 *     booking's lead time is drawn from that curve, so the ledger history it implies matches the curve;
 * <li>past slots end ATTENDED or NO_SHOW (a few still CONFIRMED or CHECKED_IN, as staff forgot to mark them); today's
 *     started slots are being served (CHECKED_IN) or waited for (CONFIRMED); future slots are CONFIRMED, plus a few
 *     holds made in the last minutes (PENDING_VERIFICATION); on top come EXPIRED holds and CANCELLED appointments
 *     (by the APPLICANT, at least 24 h before a confirmed one, or by the OFFICE) with their cancelled_at, until the
 *     total is reached. Served appointments keep their place, as the services do (only cancel, expiry and move
 *     release it): slot_ledger.taken = pending + confirmed + checked in + attended + no-show of the slot, with one
 *     slot_seat each (seats 1..taken); never more than the slot's places;
 * <li>active_key / holder_key as Appointment.activeKey()/holderKey() make them (V2, V12), created_at at least 2 h
 *     and at most 89 days before the slot, unique codes from ConfirmationCode (the domain's alphabet and check
 *     character), reminders marked as queued for confirmed appointments of the next 25 h;
 * <li>capacity_snapshot: for each office, the 90 nights up to the last one the nightly job would already have
 *     recorded, one row per procedure the office's week offers online: bookings and cancellations of that day
 *     counted from the appointments written (as the job counts them), the booking window's offered and free places
 *     and next free day as they were that night (from the appointments' created/cancelled/expired moments; slots
 *     before the seeded days from the demand curve); two nights were "missed" and filled in unmeasured;
 * <li>the office floor (V19) of the past days and today, up to now: every office has a floor and one pool of walk-in
 *     tokens (letter A) for its procedures not booked online (or, without any, its first online one), 20 to 60 a day
 *     with a few days of their own; on each day it was open it gave 60 % to 105 % of its quota (walk_in_tally, the
 *     visits A-001…); 40 % of the appointments served (ATTENDED, CHECKED_IN) were checked in to the queue (C-001…).
 *     Waits from the queue to the first call and services at the window are drawn per office (some offices are much
 *     slower), about 7 % of walk-ins are not seen when called; today's visits are waiting, called or being served as
 *     their times fall before or after now. No visit_event rows: the figures read only the visits.
 * </ul>
 * Inserts are batched; prints how long each part took.
 */
public class DashboardSeed {

    static final int MIN_LEAD_MINUTES = 120;
    static final int MAX_LEAD_DAYS = 89;
    static final int WINDOW_DAYS = 90;
    static final int NIGHT_HOUR = 1;
    static final int NO_SHOW_GRACE_MINUTES = 15;
    static final int BATCH = 2000;

    record Period(long id, String office, DayOfWeek day, int opens, int closes, int slotMinutes, int places,
            List<String> procedures) {
    }

    record Office(String id, ZoneId zone, List<Period> periods, List<LocalDate[]> closures) {
    }

    /** One slot: its start, places, and the online procedures its period serves. */
    static final class Slot {
        final Office office;
        final ZonedDateTime start;
        final int places;
        final List<String> procedures;
        final List<Appt> appointments = new ArrayList<>();
        int occupying;

        Slot(Office office, ZonedDateTime start, int places, List<String> procedures) {
            this.office = office;
            this.start = start;
            this.places = places;
            this.procedures = procedures;
        }
    }

    enum Status { PENDING_VERIFICATION, CONFIRMED, CHECKED_IN, ATTENDED, NO_SHOW, EXPIRED, CANCELLED }

    static final class Appt {
        String code;
        Slot slot;
        String procedure;
        Status status;
        Instant created;
        Instant holdExpires;
        Instant cancelledAt;
        String cancelledBy;
        int failed;
        int seat;

        boolean occupying() {
            return status.ordinal() <= Status.NO_SHOW.ordinal();
        }

        /** Whether it held a place at {@code t} (as the ledger then counted it). */
        boolean heldAt(Instant t) {
            if (created.isAfter(t)) {
                return false;
            }
            return switch (status) {
                case CANCELLED -> t.isBefore(cancelledAt);
                case EXPIRED -> t.isBefore(holdExpires);
                default -> true;
            };
        }
    }

    /** The share of a slot's places booked when it is d days away, per office, tabulated by hour. */
    static final class Demand {
        final double finalFill;
        final double fullDays;
        final double tau;
        final double noShowRate;
        final double[] fillByHour = new double[MAX_LEAD_DAYS * 24 + 1];

        Demand(double finalFill, double fullDays, double tau, double noShowRate) {
            this.finalFill = finalFill;
            this.fullDays = fullDays;
            this.tau = tau;
            this.noShowRate = noShowRate;
            for (int h = 0; h < fillByHour.length; h++) {
                double d = h / 24.0;
                double f = d <= fullDays ? 1 : Math.exp(-(d - fullDays) / tau);
                // nobody books further ahead than the window: the curve reaches 0 at its end
                double edge = Math.min(1, (MAX_LEAD_DAYS - d) / 7.0);
                fillByHour[h] = finalFill * f * Math.max(0, edge);
            }
            fillByHour[fillByHour.length - 1] = 0;
        }

        /** Whether its slots are all taken up to {@link #fullDays} ahead (a busy office). */
        boolean soldOut() {
            return finalFill >= 0.9 && fullDays >= 1;
        }

        /** Share booked (of the final fill's scale) when the slot is {@code days} away. */
        double fill(double days) {
            if (days <= 0) {
                return finalFill;
            }
            int h = (int) Math.min(fillByHour.length - 1, Math.floor(days * 24));
            return fillByHour[h];
        }

        /** A lead time in minutes longer than {@code minDays}: P(lead > d | lead > min) = F(d)/F(min). */
        long leadMinutes(double minDays, Random random) {
            double fMin = fill(Math.max(minDays, MIN_LEAD_MINUTES / 1440.0));
            double target = fMin * random.nextDouble();
            // fill is non-increasing in d: find the largest hour with fill(h) > target
            int lo = (int) Math.max(MIN_LEAD_MINUTES / 60, Math.ceil(minDays * 24));
            int hi = fillByHour.length - 1;
            if (lo >= hi) {
                return (long) (minDays * 1440) + 1;
            }
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (fillByHour[mid] > target) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            long minutes = lo * 60L + random.nextInt(60);
            return Math.max(minutes, Math.max(MIN_LEAD_MINUTES, (long) Math.ceil(minDays * 1440) + 1));
        }
    }

    // Offices people queue at longest (border, south, capitals): sold out for weeks (final share booked, days sold
    // out ahead, how fast demand falls off beyond). The horizons stay inside the 30 days seeded ahead, so that the
    // live next free date, the nights' history and the last 14 days' bookings (the forecast) all see the same backlog.
    static final Map<String, double[]> KNOWN = Map.of(
            "cdmx-ciudad-de-mexico", new double[] {0.99, 24, 8},
            "chis-tapachula", new double[] {1.0, 27, 8},
            "bc-tijuana", new double[] {0.99, 22, 8},
            "nl-monterrey", new double[] {0.97, 18, 7},
            "jal-guadalajara", new double[] {0.96, 14, 7},
            "qroo-cancun", new double[] {0.95, 10, 6});

    static final Map<String, Double> PROCEDURE_WEIGHT = Map.ofEntries(Map.entry("RENOV-RT", 12.0),
            Map.entry("CANJE-RT", 10.0), Map.entry("CANJE-RP", 5.0), Map.entry("PERMISO-TRABAJO", 4.0),
            Map.entry("REPOSICION", 3.0), Map.entry("VISITANTE-HUM", 3.0), Map.entry("RENOV-RTE", 2.0),
            Map.entry("CANJE-RTE", 2.0), Map.entry("PERMISO-SALIDA", 2.0), Map.entry("CAMBIO-RT-RP", 2.0));

    static final String[] GIVEN = {"María", "José", "Juan Carlos", "Ana Lucía", "Luis", "Carmen", "Jorge", "Sofía",
        "Wilson", "Yesenia", "Jean-Baptiste", "Li", "Olena", "Daniel", "Fernanda", "Óscar", "Ángel", "Noé", "Jhon",
        "Mariela", "Kevin", "Dayana", "Emmanuel", "Valentina", "Chen", "Aisha", "Ricardo", "Paola", "Iván", "Zoë"};
    static final String[] SURNAME = {"García López", "Hernández", "Martínez Ruiz", "Pérez", "González Núñez",
        "Rodríguez", "Ramírez", "Cruz Peña", "Morales", "Joseph", "Pierre", "Wang", "Smith", "Kovalenko", "Castañeda",
        "Muñoz", "Álvarez", "Ibáñez", "Díaz", "Reyes Ortiz", "Flores", "Vásquez", "Mejía", "Zhang", "Nguyen"};
    static final String[] NATIONALITY = {"GTM", "GTM", "GTM", "HND", "HND", "SLV", "VEN", "VEN", "CUB", "CUB", "HTI",
        "HTI", "COL", "USA", "USA", "CAN", "CHN", "ESP", "ARG", "NIC", "ECU", "PER", "UKR", "IND", "BRA", "FRA"};
    static final String[] MAIL = {"example.com", "example.org", "example.net", "correo.example", "mail.example"};

    final Random random;
    final Instant now;
    final int pastDays;
    final int aheadDays;
    final int holdMinutes;
    final Map<String, Demand> demand = new HashMap<>();
    final Map<String, Integer> durations = new HashMap<>();
    final Set<String> online = new HashSet<>();
    final List<LocalDate[]> nationalClosures = new ArrayList<>();
    final List<Office> offices = new ArrayList<>();
    final Map<String, List<Slot>> slotsByOffice = new LinkedHashMap<>();
    final Set<String> codes = new HashSet<>();
    long passportCounter;

    DashboardSeed(long seed, int pastDays, int aheadDays, int holdMinutes) {
        this.random = new Random(seed);
        this.now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        this.pastDays = pastDays;
        this.aheadDays = aheadDays;
        this.holdMinutes = holdMinutes;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: java -cp h2.jar:citas-domain.jar bench/DashboardSeed.java JDBC_URL"
                    + " [APPOINTMENTS] [PAST_DAYS] [AHEAD_DAYS] [HOLD_MINUTES] [RANDOM_SEED]");
            System.exit(2);
        }
        int total = args.length > 1 ? Integer.parseInt(args[1]) : 160_000;
        int past = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        int ahead = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        int hold = args.length > 4 ? Integer.parseInt(args[4]) : 15;
        long seed = args.length > 5 ? Long.parseLong(args[5]) : 14L;
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(args[0], "sa", "")) {
            c.setAutoCommit(false);
            DashboardSeed seeder = new DashboardSeed(seed, past, ahead, hold);
            seeder.readCatalogue(c);
            long t1 = System.nanoTime();
            seeder.generate(total);
            long t2 = System.nanoTime();
            seeder.write(c);
            long t3 = System.nanoTime();
            int snapshots = seeder.writeSnapshots(c);
            seeder.writeFloor(c);
            long t4 = System.nanoTime();
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE");
            }
            c.commit();
            long t5 = System.nanoTime();
            seeder.report(c);
            long t6 = System.nanoTime();
            try (Statement s = c.createStatement()) {
                s.execute("SHUTDOWN COMPACT");
            }
            long t7 = System.nanoTime();
            System.out.printf(Locale.ROOT, "checks %.1f s, SHUTDOWN COMPACT %.1f s%n", (t6 - t5) / 1e9, (t7 - t6) / 1e9);
            System.out.printf(Locale.ROOT, "seeding took %.1f s: catalogue read %.1f s, generated in memory %.1f s,"
                    + " appointments/ledger/seats inserted %.1f s, %,d snapshots and the floor inserted %.1f s,"
                    + " ANALYZE %.1f s%n", (t5 - t0) / 1e9, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9,
                    snapshots, (t4 - t3) / 1e9, (t5 - t4) / 1e9);
        }
    }

    // ------------------------------------------------------------------ catalogue

    void readCatalogue(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM appointment")) {
                r.next();
                if (r.getLong(1) > 0) {
                    throw new IllegalStateException("The database already has " + r.getLong(1)
                            + " appointments: seed a fresh data directory");
                }
            }
            try (ResultSet r = s.executeQuery("SELECT code, duration_minutes, bookable_online FROM service_procedure")) {
                while (r.next()) {
                    durations.put(r.getString(1), r.getInt(2));
                    if (r.getInt(3) == 1) {
                        online.add(r.getString(1));
                    }
                }
            }
            Map<Long, List<String>> procedures = new HashMap<>();
            try (ResultSet r = s.executeQuery("SELECT period_id, procedure_code FROM opening_period_procedure"
                    + " ORDER BY period_id, procedure_code")) {
                while (r.next()) {
                    if (online.contains(r.getString(2))) {
                        procedures.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(r.getString(2));
                    }
                }
            }
            Map<String, List<Period>> periods = new HashMap<>();
            try (ResultSet r = s.executeQuery("SELECT id, office_id, day_of_week, opens_minute, closes_minute,"
                    + " slot_minutes, places_per_slot FROM opening_period ORDER BY office_id, day_of_week, opens_minute")) {
                while (r.next()) {
                    List<String> served = procedures.getOrDefault(r.getLong(1), List.of());
                    periods.computeIfAbsent(r.getString(2), k -> new ArrayList<>()).add(new Period(r.getLong(1),
                            r.getString(2), DayOfWeek.of(r.getInt(3)), r.getInt(4), r.getInt(5), r.getInt(6),
                            r.getInt(7), served));
                }
            }
            Map<String, List<LocalDate[]>> closures = new HashMap<>();
            try (ResultSet r = s.executeQuery("SELECT office_id, first_day, last_day FROM closure")) {
                while (r.next()) {
                    LocalDate[] days = {r.getObject(2, LocalDate.class), r.getObject(3, LocalDate.class)};
                    if (r.getString(1) == null) {
                        nationalClosures.add(days);
                    } else {
                        closures.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(days);
                    }
                }
            }
            try (ResultSet r = s.executeQuery("SELECT id, time_zone FROM office WHERE active = 1 ORDER BY id")) {
                while (r.next()) {
                    String id = r.getString(1);
                    offices.add(new Office(id, ZoneId.of(r.getString(2)), periods.getOrDefault(id, List.of()),
                            closures.getOrDefault(id, List.of())));
                }
            }
        }
        if (offices.isEmpty()) {
            throw new IllegalStateException("No offices: start citas.jar once on this data directory first");
        }
        for (Office office : offices) {
            double[] known = KNOWN.get(office.id());
            Random r = new Random(office.id().hashCode());
            Demand d = known != null ? new Demand(known[0], known[1], known[2], 0.05 + 0.04 * r.nextDouble())
                    : new Demand(0.72 + 0.26 * r.nextDouble(), 1 + 12 * r.nextDouble() * r.nextDouble(),
                            6 + 12 * r.nextDouble(), 0.06 + 0.14 * r.nextDouble());
            demand.put(office.id(), d);
        }
    }

    boolean closed(Office office, LocalDate day) {
        if (FederalRestDays.on(day).isPresent()) {
            return true;
        }
        for (LocalDate[] c : nationalClosures) {
            if (!day.isBefore(c[0]) && !day.isAfter(c[1])) {
                return true;
            }
        }
        for (LocalDate[] c : office.closures()) {
            if (!day.isBefore(c[0]) && !day.isAfter(c[1])) {
                return true;
            }
        }
        return false;
    }

    /** The slots of the office on {@code day} as OpeningPeriod.slotStartsOn makes them (skipped DST times dropped). */
    List<Slot> slotsOn(Office office, LocalDate day) {
        List<Slot> slots = new ArrayList<>();
        if (closed(office, day)) {
            return slots;
        }
        Set<Instant> seen = new HashSet<>();
        for (Period p : office.periods()) {
            if (p.day() != day.getDayOfWeek()) {
                continue;
            }
            for (int m = p.opens(); m + p.slotMinutes() <= p.closes(); m += p.slotMinutes()) {
                LocalDateTime wall = day.atTime(LocalTime.of(m / 60, m % 60));
                List<ZoneOffset> offsets = office.zone().getRules().getValidOffsets(wall);
                if (offsets.isEmpty()) {
                    continue;
                }
                ZonedDateTime start = ZonedDateTime.ofLocal(wall, office.zone(), offsets.get(0));
                if (!seen.add(start.toInstant())) {
                    throw new IllegalStateException("Two opening periods of " + office.id() + " start a slot at "
                            + start + ": this seeder expects one period per slot start");
                }
                slots.add(new Slot(office, start, p.places(), p.procedures()));
            }
        }
        return slots;
    }

    // ------------------------------------------------------------------ generation

    double hourFactor(ZonedDateTime start) {
        double h = start.getHour() + start.getMinute() / 60.0;
        double f = 1.0 - 0.035 * Math.max(0, h - 9);
        if (start.getDayOfWeek() == DayOfWeek.MONDAY) {
            f += 0.04;
        } else if (start.getDayOfWeek() == DayOfWeek.FRIDAY) {
            f -= 0.05;
        }
        return f;
    }

    void generate(int total) {
        List<Slot> all = new ArrayList<>();
        for (Office office : offices) {
            LocalDate today = LocalDate.ofInstant(now, office.zone());
            List<Slot> slots = new ArrayList<>();
            for (LocalDate day = today.minusDays(pastDays); day.isBefore(today.plusDays(aheadDays));
                    day = day.plusDays(1)) {
                for (Slot slot : slotsOn(office, day)) {
                    if (!slot.procedures.isEmpty()) {
                        slots.add(slot);
                    }
                }
            }
            slotsByOffice.put(office.id(), slots);
            all.addAll(slots);
        }
        // 1. places taken: each slot's share from its office's curve at its distance from now
        int occupying = 0;
        List<Appt> future = new ArrayList<>();
        for (Slot slot : all) {
            Demand d = demand.get(slot.office.id());
            double days = Duration.between(now, slot.start.toInstant()).toMinutes() / 1440.0;
            double p = Math.min(1, d.fill(days) * hourFactor(slot.start));
            if (d.soldOut() && days < d.fullDays) {
                // sold out up to its horizon: every place went as soon as it was that far away (the lead times
                // drawn from the curve say so too), so the next free date is that far off; past slots too
                p = 1;
            }
            int n = 0;
            for (int i = 0; i < slot.places; i++) {
                n += random.nextDouble() < p ? 1 : 0;
            }
            for (int i = 0; i < n; i++) {
                Appt a = occupyingAppointment(slot, d, days);
                slot.appointments.add(a);
                a.seat = i + 1;
                if (a.status == Status.CONFIRMED && slot.start.toInstant().isAfter(now.plus(3, ChronoUnit.HOURS))) {
                    future.add(a);
                }
            }
            slot.occupying = n;
            occupying += n;
        }
        // a few holds made in the last minutes, still waiting for their e-mail verification
        int pending = Math.min(future.size(), 3 * offices.size());
        for (int i = 0; i < pending; i++) {
            Appt a = future.remove(random.nextInt(future.size()));
            a.status = Status.PENDING_VERIFICATION;
            a.created = now.minusSeconds(random.nextInt(Math.max(60, holdMinutes * 60 / 3)));
            a.holdExpires = a.created.plus(holdMinutes, ChronoUnit.MINUTES);
        }
        // 2. expired holds and cancellations on top, where demand is (busy slots churn most)
        int extra = Math.max(0, total - occupying);
        double[] cumulative = new double[all.size()];
        double sum = 0;
        for (int i = 0; i < all.size(); i++) {
            Slot slot = all.get(i);
            sum += (0.3 + slot.occupying) / slot.places * demand.get(slot.office.id()).finalFill;
            cumulative[i] = sum;
        }
        int made = 0;
        int attempts = 0;
        while (made < extra && attempts++ < extra * 20) {
            int i = Arrays.binarySearch(cumulative, random.nextDouble() * sum);
            Slot slot = all.get(i < 0 ? -i - 1 : i);
            Appt a = inactiveAppointment(slot);
            if (a != null) {
                slot.appointments.add(a);
                made++;
            }
        }
        if (made < extra) {
            throw new IllegalStateException("Could not place " + extra + " cancelled and expired appointments");
        }
    }

    Appt newAppointment(Slot slot) {
        Appt a = new Appt();
        a.slot = slot;
        String code;
        do {
            code = ConfirmationCode.random(random).value();
        } while (!codes.add(code));
        a.code = code;
        double[] weights = new double[slot.procedures.size()];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += PROCEDURE_WEIGHT.getOrDefault(slot.procedures.get(i), 1.0);
            weights[i] = sum;
        }
        double pick = random.nextDouble() * sum;
        int i = 0;
        while (weights[i] < pick) {
            i++;
        }
        a.procedure = slot.procedures.get(i);
        return a;
    }

    Appt occupyingAppointment(Slot slot, Demand d, double daysAway) {
        Appt a = newAppointment(slot);
        Instant start = slot.start.toInstant();
        long lead = d.leadMinutes(Math.max(0, daysAway), random);
        a.created = start.minus(lead, ChronoUnit.MINUTES).minusSeconds(random.nextInt(60));
        if (a.created.isAfter(now)) {
            a.created = now.minusSeconds(1 + random.nextInt(600));
        }
        a.holdExpires = a.created.plus(holdMinutes, ChronoUnit.MINUTES);
        Instant end = start.plus(durations.get(a.procedure), ChronoUnit.MINUTES);
        LocalDate today = LocalDate.ofInstant(now, slot.office.zone());
        double r = random.nextDouble();
        if (start.isAfter(now)) {
            a.status = Status.CONFIRMED;
        } else if (slot.start.toLocalDate().equals(today) && end.plus(NO_SHOW_GRACE_MINUTES, ChronoUnit.MINUTES)
                .isAfter(now)) {
            // being served now, or not come yet
            a.status = r < 0.7 ? Status.CHECKED_IN : Status.CONFIRMED;
        } else {
            double noShow = d.noShowRate;
            if (r < 0.015) {
                a.status = Status.CONFIRMED; // nobody marked it
            } else if (r < 0.025) {
                a.status = Status.CHECKED_IN; // checked in, never marked attended
            } else if (r < 0.025 + noShow) {
                a.status = Status.NO_SHOW;
            } else {
                a.status = Status.ATTENDED;
            }
        }
        return a;
    }

    /** An expired hold or a cancelled appointment of the slot, or null when its times cannot work out. */
    Appt inactiveAppointment(Slot slot) {
        Demand d = demand.get(slot.office.id());
        Instant start = slot.start.toInstant();
        Instant latestCreation = now.minus(holdMinutes + 1L, ChronoUnit.MINUTES);
        double minDays = Math.max(0, Duration.between(latestCreation, start).toMinutes() / 1440.0);
        if (minDays > MAX_LEAD_DAYS - 1) {
            return null;
        }
        Appt a = newAppointment(slot);
        long lead = d.leadMinutes(minDays, random);
        a.created = start.minus(lead, ChronoUnit.MINUTES).minusSeconds(random.nextInt(60));
        if (a.created.isAfter(latestCreation)) {
            return null;
        }
        a.holdExpires = a.created.plus(holdMinutes, ChronoUnit.MINUTES);
        double r = random.nextDouble();
        if (r < 0.55) {
            a.status = Status.EXPIRED;
            if (random.nextDouble() < 0.08) {
                a.failed = 5; // released at the fifth wrong code (hold_expires_at stays the hold's end)
            }
            return a;
        }
        a.status = Status.CANCELLED;
        Instant until = start.isBefore(now) ? start : now;
        if (r < 0.55 + 0.38) {
            a.cancelledBy = "APPLICANT";
            // a confirmed appointment until 24 h before; else the hold itself, while it lasted
            Instant cutOff = start.minus(24, ChronoUnit.HOURS);
            Instant from = a.created.plus(10, ChronoUnit.MINUTES);
            Instant to = cutOff.isBefore(now) ? cutOff : now;
            if (from.isBefore(to)) {
                a.cancelledAt = between(from, to);
            } else {
                a.cancelledAt = between(a.created.plusSeconds(30), a.holdExpires.minusSeconds(30));
            }
        } else {
            a.cancelledBy = "OFFICE";
            Instant from = a.created.plus(1, ChronoUnit.HOURS);
            if (!from.isBefore(until)) {
                from = a.created.plusSeconds(30);
            }
            if (!from.isBefore(until)) {
                return null;
            }
            a.cancelledAt = between(from, until);
        }
        if (!a.cancelledAt.isAfter(a.created) || a.cancelledAt.isAfter(now)) {
            return null;
        }
        return a;
    }

    Instant between(Instant from, Instant to) {
        long seconds = Duration.between(from, to).getSeconds();
        return seconds <= 0 ? from : from.plusSeconds((long) (random.nextDouble() * seconds));
    }

    // ------------------------------------------------------------------ the office floor (#16)

    /** One visit row of V19's {@code visit}. */
    record FloorVisit(String office, LocalDate day, String number, boolean walkIn, String procedure, String code,
            Instant slotStart, Instant queued, String status, Instant called, Instant started, Instant finished) {
    }

    /** Seconds drawn around {@code median}, skewed to the long side as queues are (a log-normal of spread 0.6). */
    long skewed(double median) {
        return Math.max(20, Math.round(median * Math.exp(0.6 * random.nextGaussian())));
    }

    void writeFloor(Connection c) throws SQLException {
        List<String> walkInOnly = durations.keySet().stream().filter(p -> !online.contains(p)).sorted().toList();
        List<FloorVisit> visits = new ArrayList<>();
        int tallies = 0;
        long walkIns = 0;
        try (PreparedStatement floor = c.prepareStatement("INSERT INTO office_floor (office_id, ratio_appointments,"
                + " ratio_walk_ins, conversion_minutes, version) VALUES (?, 2, 1, NULL, 1)");
                PreparedStatement pool = c.prepareStatement("INSERT INTO walk_in_pool (office_id, letter, daily_tokens)"
                        + " VALUES (?, 'A', ?)");
                PreparedStatement poolProcedure = c.prepareStatement("INSERT INTO walk_in_pool_procedure (office_id,"
                        + " procedure_code, letter) VALUES (?, ?, 'A')");
                PreparedStatement ownDay = c.prepareStatement("INSERT INTO walk_in_day_tokens (office_id, letter,"
                        + " service_day, tokens) VALUES (?, 'A', ?, ?)");
                PreparedStatement tally = c.prepareStatement("INSERT INTO walk_in_tally (office_id, letter,"
                        + " service_day, issued) VALUES (?, 'A', ?, ?)")) {
            for (Office office : offices) {
                List<Slot> slots = slotsByOffice.get(office.id());
                if (slots.isEmpty()) {
                    continue;
                }
                ZoneId zone = office.zone();
                LocalDate today = now.atZone(zone).toLocalDate();
                // how slow the office's floor is: the busiest wait longest
                double slowness = 0.5 + 2.0 * random.nextDouble();
                double waitMedian = 14 * 60 * slowness;
                double serviceMedian = 11 * 60 * (0.8 + 0.4 * random.nextDouble());
                int daily = 20 + random.nextInt(41);
                List<String> served = walkInOnly.isEmpty() ? List.of(slots.get(0).procedures.get(0)) : walkInOnly;
                floor.setString(1, office.id());
                floor.addBatch();
                pool.setString(1, office.id());
                pool.setInt(2, daily);
                pool.addBatch();
                for (String procedure : served) {
                    poolProcedure.setString(1, office.id());
                    poolProcedure.setString(2, procedure);
                    poolProcedure.addBatch();
                }
                Set<LocalDate> open = new TreeSet<>();
                for (Slot slot : slots) {
                    LocalDate day = slot.start.toLocalDate();
                    if (!day.isAfter(today) && !day.isBefore(today.minusDays(pastDays))) {
                        open.add(day);
                    }
                }
                Map<LocalDate, Integer> appointmentNumbers = new HashMap<>();
                for (Slot slot : slots) {
                    for (Appt a : slot.appointments) {
                        if ((a.status == Status.ATTENDED || a.status == Status.CHECKED_IN) && random.nextDouble() < 0.4) {
                            Instant queued = slot.start.toInstant().minusSeconds(random.nextInt(20 * 60));
                            if (queued.isAfter(now)) {
                                continue;
                            }
                            int n = appointmentNumbers.merge(slot.start.toLocalDate(), 1, Integer::sum);
                            visits.add(visit(office.id(), slot.start.toLocalDate(), "C-" + number(n), false,
                                    a.procedure, a.code, slot.start.toInstant(), queued, false, waitMedian,
                                    serviceMedian));
                        }
                    }
                }
                for (LocalDate day : open) {
                    int quota = daily;
                    if (random.nextDouble() < 0.05) {
                        quota = daily / 2;
                        ownDay.setString(1, office.id());
                        ownDay.setObject(2, day);
                        ownDay.setInt(3, quota);
                        ownDay.addBatch();
                    }
                    int tokens = (int) Math.round(quota * (0.6 + 0.45 * random.nextDouble()));
                    Instant opens = day.atTime(8, 0).atZone(zone).toInstant();
                    int issued = 0;
                    for (int i = 0; i < tokens; i++) {
                        Instant queued = opens.plusSeconds(random.nextInt(6 * 3600));
                        if (queued.isAfter(now)) {
                            continue;
                        }
                        issued++;
                        visits.add(visit(office.id(), day, null, true, served.get(random.nextInt(served.size())),
                                null, null, queued, random.nextDouble() < 0.07, waitMedian, serviceMedian));
                    }
                    if (issued > 0) {
                        tally.setString(1, office.id());
                        tally.setObject(2, day);
                        tally.setInt(3, issued);
                        tally.addBatch();
                        tallies++;
                        walkIns += issued;
                    }
                }
            }
            floor.executeBatch();
            pool.executeBatch();
            poolProcedure.executeBatch();
            ownDay.executeBatch();
            tally.executeBatch();
        }
        // walk-ins are numbered in the order they came, per office and day
        visits.sort(java.util.Comparator.comparing(FloorVisit::queued));
        Map<String, Integer> walkInNumbers = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO visit (office_id, service_day, display_no, kind,"
                + " procedure_code, priority, appointment_code, slot_start, queued_at, status, window_no, calls,"
                + " first_called_at, started_at, finished_at, version)"
                + " VALUES (?, ?, ?, ?, ?, 'NONE', ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            int batched = 0;
            for (FloorVisit v : visits) {
                String number = v.number() != null ? v.number()
                        : "A-" + number(walkInNumbers.merge(v.office() + v.day(), 1, Integer::sum));
                boolean atWindow = v.called() != null;
                ps.setString(1, v.office());
                ps.setObject(2, v.day());
                ps.setString(3, number);
                ps.setString(4, v.walkIn() ? "WALK_IN" : "APPOINTMENT");
                ps.setString(5, v.procedure());
                ps.setString(6, v.code());
                ps.setObject(7, utc(v.slotStart()));
                ps.setObject(8, utc(v.queued()));
                ps.setString(9, v.status());
                if (atWindow) {
                    ps.setInt(10, 1 + random.nextInt(6));
                } else {
                    ps.setNull(10, java.sql.Types.INTEGER);
                }
                ps.setInt(11, atWindow ? 1 : 0);
                ps.setObject(12, utc(v.called()));
                ps.setObject(13, utc(v.started()));
                ps.setObject(14, utc(v.finished()));
                ps.addBatch();
                if (++batched % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        c.commit();
        System.out.printf(Locale.ROOT, "floor: %,d visits (%,d walk-ins issued, %,d checked-in appointments),"
                + " %,d walk_in_tally rows%n", visits.size(), walkIns, visits.size() - walkIns, tallies);
    }

    /** "017": the number part of a display number. */
    static String number(int n) {
        return String.format(Locale.ROOT, "%03d", n);
    }

    /** A visit queued at {@code queued}, its call, start and end drawn, and each step only if it came before now. */
    FloorVisit visit(String office, LocalDate day, String number, boolean walkIn, String procedure, String code,
            Instant slotStart, Instant queued, boolean absent, double waitMedian, double serviceMedian) {
        Instant called = queued.plusSeconds(skewed(waitMedian));
        if (called.isAfter(now)) {
            return new FloorVisit(office, day, number, walkIn, procedure, code, slotStart, queued, "WAITING", null,
                    null, null);
        }
        if (absent) {
            Instant given = called.plusSeconds(180);
            return given.isAfter(now) ? new FloorVisit(office, day, number, walkIn, procedure, code, slotStart, queued,
                    "CALLED", called, null, null) : new FloorVisit(office, day, number, walkIn, procedure, code,
                    slotStart, queued, "NO_SHOW", called, null, given);
        }
        Instant started = called.plusSeconds(30 + random.nextInt(90));
        if (started.isAfter(now)) {
            return new FloorVisit(office, day, number, walkIn, procedure, code, slotStart, queued, "CALLED", called,
                    null, null);
        }
        Instant finished = started.plusSeconds(skewed(serviceMedian));
        return finished.isAfter(now) ? new FloorVisit(office, day, number, walkIn, procedure, code, slotStart, queued,
                "SERVING", called, started, null) : new FloorVisit(office, day, number, walkIn, procedure, code,
                slotStart, queued, "FINISHED", called, started, finished);
    }

    // ------------------------------------------------------------------ writing

    static LocalDateTime utc(Instant i) {
        return i == null ? null : LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    void write(Connection c) throws SQLException {
        String appointmentSql = "INSERT INTO appointment (code, office_id, procedure_code, slot_start, duration_minutes,"
                + " status, active_key, holder_key, given_names, surnames, nationality, passport_number, date_of_birth,"
                + " email, phone, language, verification_code, failed_verifications, verification_resends,"
                + " hold_expires_at, sequence_no, created_at, reminder_for, version, anonymised, cancelled_by,"
                + " cancelled_at, reminder_lead_minutes)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?)";
        try (PreparedStatement ledger = c.prepareStatement(
                "INSERT INTO slot_ledger (office_id, slot_start, taken, calendar_version) VALUES (?, ?, ?, 0)");
                PreparedStatement appointment = c.prepareStatement(appointmentSql);
                PreparedStatement seat = c.prepareStatement(
                        "INSERT INTO slot_seat (office_id, slot_start, seat_no, appointment_code) VALUES (?, ?, ?, ?)")) {
            int ledgerRows = 0;
            int appointments = 0;
            int seats = 0;
            Instant reminderUntil = now.plus(25, ChronoUnit.HOURS);
            for (List<Slot> slots : slotsByOffice.values()) {
                for (Slot slot : slots) {
                    if (slot.appointments.isEmpty()) {
                        continue;
                    }
                    LocalDateTime start = utc(slot.start.toInstant());
                    ledger.setString(1, slot.office.id());
                    ledger.setObject(2, start);
                    ledger.setInt(3, slot.occupying);
                    ledger.addBatch();
                    if (++ledgerRows % BATCH == 0) {
                        ledger.executeBatch();
                    }
                }
            }
            ledger.executeBatch();
            for (List<Slot> slots : slotsByOffice.values()) {
                for (Slot slot : slots) {
                    LocalDateTime start = utc(slot.start.toInstant());
                    for (Appt a : slot.appointments) {
                        bind(appointment, a, start, reminderUntil);
                        appointment.addBatch();
                        if (++appointments % BATCH == 0) {
                            appointment.executeBatch();
                        }
                        if (appointments % 20_000 == 0) {
                            c.commit();
                        }
                    }
                }
            }
            appointment.executeBatch();
            c.commit();
            for (List<Slot> slots : slotsByOffice.values()) {
                for (Slot slot : slots) {
                    LocalDateTime start = utc(slot.start.toInstant());
                    for (Appt a : slot.appointments) {
                        if (a.occupying()) {
                            seat.setString(1, slot.office.id());
                            seat.setObject(2, start);
                            seat.setInt(3, a.seat);
                            seat.setString(4, a.code);
                            seat.addBatch();
                            if (++seats % BATCH == 0) {
                                seat.executeBatch();
                            }
                        }
                    }
                }
            }
            seat.executeBatch();
            c.commit();
            System.out.printf(Locale.ROOT, "inserted %,d appointments, %,d slot_ledger rows, %,d slot_seat rows%n",
                    appointments, ledgerRows, seats);
        }
    }

    void bind(PreparedStatement ps, Appt a, LocalDateTime start, Instant reminderUntil) throws SQLException {
        long n = ++passportCounter;
        Random r = random;
        String nationality = NATIONALITY[r.nextInt(NATIONALITY.length)];
        // unique per appointment: two letters and the counter spread over 7 digits
        String passport = (char) ('A' + (n * 7 % 26)) + "" + (char) ('A' + (n / 26 % 26))
                + String.format(Locale.ROOT, "%07d", (n * 7_919L) % 10_000_000L);
        String given = GIVEN[r.nextInt(GIVEN.length)];
        String surnames = SURNAME[r.nextInt(SURNAME.length)];
        String local = (ascii(given) + "." + ascii(surnames.split(" ")[0]) + n).toLowerCase(Locale.ROOT);
        String email = local + "@" + MAIL[r.nextInt(MAIL.length)];
        String holderKey = nationality + ":" + passport + ":" + a.procedure;
        String activeKey = switch (a.status) {
            case CONFIRMED -> holderKey;
            case PENDING_VERIFICATION -> holderKey + ":" + email.toLowerCase(Locale.ROOT);
            default -> null;
        };
        boolean active = activeKey != null;
        Instant slotStart = a.slot.start.toInstant();
        boolean reminded = a.occupying() && a.status != Status.PENDING_VERIFICATION
                && !slotStart.isAfter(reminderUntil);
        ps.setString(1, a.code);
        ps.setString(2, a.slot.office.id());
        ps.setString(3, a.procedure);
        ps.setObject(4, start);
        ps.setInt(5, durations.get(a.procedure));
        ps.setString(6, a.status.name());
        ps.setString(7, activeKey);
        ps.setString(8, active ? holderKey : null);
        ps.setString(9, given);
        ps.setString(10, surnames);
        ps.setString(11, nationality);
        ps.setString(12, passport);
        ps.setObject(13, LocalDate.of(1950 + r.nextInt(55), 1 + r.nextInt(12), 1 + r.nextInt(28)));
        ps.setString(14, email);
        ps.setString(15, r.nextInt(3) == 0 ? null : "+52 55 " + (1000_0000 + r.nextInt(9000_0000)));
        ps.setString(16, r.nextInt(5) == 0 ? "en" : "es");
        ps.setString(17, String.format(Locale.ROOT, "%06d", r.nextInt(1_000_000)));
        ps.setInt(18, a.failed);
        ps.setInt(19, a.status == Status.EXPIRED && r.nextInt(4) == 0 ? 1 : 0);
        ps.setObject(20, utc(a.holdExpires));
        ps.setInt(21, a.status == Status.CANCELLED ? 1 : 0);
        ps.setObject(22, utc(a.created));
        ps.setObject(23, reminded ? start : null);
        ps.setString(24, a.cancelledBy);
        ps.setObject(25, utc(a.cancelledAt));
        // the day-before reminder (24 h = 1440 min, the schedule's shortest lead) is the one queued (V16)
        if (reminded) {
            ps.setInt(26, 1440);
        } else {
            ps.setNull(26, java.sql.Types.INTEGER);
        }
    }

    static String ascii(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "");
    }

    // ------------------------------------------------------------------ snapshots

    /** The last office-day the nightly job would have recorded by now (RecordCapacitySnapshotsService.recordDue). */
    LocalDate lastRecorded(ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        return local.toLocalDate().minusDays(local.getHour() >= NIGHT_HOUR ? 1 : 2);
    }

    int writeSnapshots(Connection c) throws SQLException {
        int rows = 0;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO capacity_snapshot (office_id, procedure_code,"
                + " snapshot_day, taken_at, measured, offered_places, free_places, next_free_day, bookings,"
                + " cancellations) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Office office : offices) {
                rows += snapshotsOf(office, ps);
                ps.executeBatch();
            }
            c.commit();
        }
        return rows;
    }

    int snapshotsOf(Office office, PreparedStatement ps) throws SQLException {
        ZoneId zone = office.zone();
        LocalDate last = lastRecorded(zone);
        LocalDate first = last.minusDays(89);
        // bookings (created, not expired) and cancellations per local day and procedure, as the job counts them
        Map<LocalDate, Map<String, int[]>> counts = new HashMap<>();
        List<Appt> appointments = new ArrayList<>();
        Map<Instant, Slot> seeded = new HashMap<>();
        for (Slot slot : slotsByOffice.get(office.id())) {
            seeded.put(slot.start.toInstant(), slot);
            for (Appt a : slot.appointments) {
                appointments.add(a);
                if (a.status != Status.EXPIRED) {
                    counts.computeIfAbsent(LocalDate.ofInstant(a.created, zone), k -> new HashMap<>())
                            .computeIfAbsent(a.procedure, k -> new int[2])[0]++;
                }
                if (a.cancelledAt != null) {
                    counts.computeIfAbsent(LocalDate.ofInstant(a.cancelledAt, zone), k -> new HashMap<>())
                            .computeIfAbsent(a.procedure, k -> new int[2])[1]++;
                }
            }
        }
        Set<String> weekProcedures = new TreeSet<>();
        office.periods().forEach(p -> weekProcedures.addAll(p.procedures()));
        LocalDate seededFrom = LocalDate.ofInstant(now, zone).minusDays(pastDays);
        Demand d = demand.get(office.id());
        Set<LocalDate> missed = Set.of(last.minusDays(40), last.minusDays(41));
        int rows = 0;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            Map<String, int[]> dayCounts = counts.getOrDefault(day, Map.of());
            Set<String> covered = new TreeSet<>(weekProcedures);
            covered.addAll(dayCounts.keySet());
            if (covered.isEmpty()) {
                continue;
            }
            boolean measured = !missed.contains(day);
            LocalDate today = day.plusDays(1);
            Instant takenAt = today.atTime(NIGHT_HOUR, random.nextInt(10), random.nextInt(60)).atZone(zone)
                    .toInstant();
            if (!measured) {
                takenAt = takenAt.plus(1, ChronoUnit.DAYS);
            }
            Map<String, long[]> places = new HashMap<>(); // offered, free
            Map<String, LocalDate> nextFree = new HashMap<>();
            if (measured) {
                Instant earliest = takenAt.plus(MIN_LEAD_MINUTES, ChronoUnit.MINUTES);
                LocalDate lastDay = today.plusDays(WINDOW_DAYS);
                for (LocalDate slotDay = today; !slotDay.isAfter(lastDay); slotDay = slotDay.plusDays(1)) {
                    for (Slot offered : slotsOn(office, slotDay)) {
                        Instant start = offered.start.toInstant();
                        if (start.isBefore(earliest)) {
                            continue;
                        }
                        int taken;
                        Slot s = seeded.get(start);
                        if (s != null) {
                            taken = 0;
                            for (Appt a : s.appointments) {
                                taken += a.heldAt(takenAt) ? 1 : 0;
                            }
                        } else if (slotDay.isBefore(seededFrom)) {
                            double days = Duration.between(takenAt, start).toMinutes() / 1440.0;
                            taken = d.soldOut() && days < d.fullDays ? offered.places
                                    : (int) Math.round(offered.places * Math.min(1, d.fill(days)
                                            * hourFactor(offered.start)));
                        } else {
                            taken = 0; // beyond the seeded days: nothing booked there yet
                        }
                        int free = Math.max(0, offered.places - taken);
                        for (String procedure : offered.procedures) {
                            long[] p = places.computeIfAbsent(procedure, k -> new long[2]);
                            p[0] += offered.places;
                            p[1] += free;
                            if (free > 0) {
                                nextFree.putIfAbsent(procedure, slotDay);
                            }
                        }
                    }
                }
            }
            for (String procedure : covered) {
                int[] n = dayCounts.getOrDefault(procedure, new int[2]);
                long[] p = places.getOrDefault(procedure, new long[2]);
                ps.setString(1, office.id());
                ps.setString(2, procedure);
                ps.setObject(3, day);
                ps.setObject(4, utc(takenAt));
                ps.setInt(5, measured ? 1 : 0);
                ps.setObject(6, measured ? p[0] : null);
                ps.setObject(7, measured ? p[1] : null);
                ps.setObject(8, measured ? nextFree.get(procedure) : null);
                ps.setInt(9, n[0]);
                ps.setInt(10, n[1]);
                ps.addBatch();
                if (++rows % BATCH == 0) {
                    ps.executeBatch();
                }
            }
        }
        return rows;
    }

    // ------------------------------------------------------------------ report

    void report(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            System.out.println("appointments by status (and who cancelled):");
            try (ResultSet r = s.executeQuery("SELECT status, NVL(cancelled_by, '-'), COUNT(*) FROM appointment"
                    + " GROUP BY status, cancelled_by ORDER BY status, 2")) {
                long sum = 0;
                while (r.next()) {
                    System.out.printf(Locale.ROOT, "  %-22s %-10s %,9d%n", r.getString(1), r.getString(2), r.getLong(3));
                    sum += r.getLong(3);
                }
                System.out.printf(Locale.ROOT, "  %-33s %,9d%n", "total", sum);
            }
            Map<String, String> checks = new LinkedHashMap<>();
            checks.put("ledger rows whose taken differs from their slot's pending/confirmed/served appointments",
                    "SELECT COUNT(*) FROM slot_ledger l WHERE l.taken <> (SELECT COUNT(*) FROM appointment a"
                    + " WHERE a.office_id = l.office_id AND a.slot_start = l.slot_start AND a.status IN"
                    + " ('PENDING_VERIFICATION', 'CONFIRMED', 'CHECKED_IN', 'ATTENDED', 'NO_SHOW'))");
            checks.put("place-holding appointments without their seat", "SELECT COUNT(*) FROM appointment a"
                    + " WHERE a.status IN ('PENDING_VERIFICATION', 'CONFIRMED', 'CHECKED_IN', 'ATTENDED', 'NO_SHOW')"
                    + " AND NOT EXISTS (SELECT 1 FROM slot_seat s WHERE s.appointment_code = a.code"
                    + " AND s.office_id = a.office_id AND s.slot_start = a.slot_start)");
            checks.put("seats of appointments that hold no place", "SELECT COUNT(*) FROM slot_seat s JOIN"
                    + " appointment a ON a.code = s.appointment_code WHERE a.status IN ('EXPIRED', 'CANCELLED')");
            checks.put("seats numbered above their slot's taken", "SELECT COUNT(*) FROM slot_seat s JOIN slot_ledger l"
                    + " ON l.office_id = s.office_id AND l.slot_start = s.slot_start WHERE s.seat_no > l.taken");
            checks.put("appointments created less than 2 h before their slot", "SELECT COUNT(*) FROM appointment"
                    + " WHERE created_at > slot_start - INTERVAL '120' MINUTE");
            for (Map.Entry<String, String> check : checks.entrySet()) {
                try (ResultSet r = s.executeQuery(check.getValue())) {
                    r.next();
                    System.out.printf(Locale.ROOT, "check: %s: %d%n", check.getKey(), r.getLong(1));
                    if (r.getLong(1) != 0) {
                        throw new IllegalStateException("Seeded data fails the check: " + check.getKey());
                    }
                }
            }
            // never more place-holding appointments in a slot than its places (the seeder's slots know them)
            int over = 0;
            for (List<Slot> slots : slotsByOffice.values()) {
                for (Slot slot : slots) {
                    over += slot.occupying > slot.places ? 1 : 0;
                }
            }
            System.out.printf(Locale.ROOT, "check: slots with more place-holding appointments than places: %d%n", over);
            if (over != 0) {
                throw new IllegalStateException("Seeded data fails the check: slots over their places");
            }
            try (ResultSet r = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT office_id), MIN(snapshot_day),"
                    + " MAX(snapshot_day) FROM capacity_snapshot")) {
                r.next();
                System.out.printf(Locale.ROOT, "capacity_snapshot: %,d rows, %d offices, %s .. %s%n", r.getLong(1),
                        r.getLong(2), r.getObject(3, LocalDate.class), r.getObject(4, LocalDate.class));
            }
        }
        // the busiest offices, for the office view
        Map<String, Integer> booked = new TreeMap<>();
        for (Map.Entry<String, List<Slot>> e : slotsByOffice.entrySet()) {
            booked.put(e.getKey(), e.getValue().stream().mapToInt(s -> s.appointments.size()).sum());
        }
        String busiest = booked.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        System.out.println("busiest office: " + busiest + " (" + booked.get(busiest) + " appointments)");
    }
}
