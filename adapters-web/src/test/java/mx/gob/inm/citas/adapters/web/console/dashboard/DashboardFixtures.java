package mx.gob.inm.citas.adapters.web.console.dashboard;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.DayFigures;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.FloorFigures;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.HourFigures;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.NationalDashboard;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.NationalQuery;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.OfficeDashboard;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.OfficeFloorFigures;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.PoolFloor;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.ProcedureFloor;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.OfficeRow;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.ProcedureOutlook;
import mx.gob.inm.citas.application.port.in.RunAgendaUseCase;
import mx.gob.inm.citas.application.port.in.ViewCatalogueUseCase;
import mx.gob.inm.citas.domain.capacity.Attendance;
import mx.gob.inm.citas.domain.capacity.CapacityAlert;
import mx.gob.inm.citas.domain.capacity.CapacitySnapshot;
import mx.gob.inm.citas.domain.capacity.DurationFigures;
import mx.gob.inm.citas.domain.capacity.FloorVisits;
import mx.gob.inm.citas.domain.capacity.NextFreeDate;
import mx.gob.inm.citas.domain.capacity.PlaceCounts;
import mx.gob.inm.citas.domain.capacity.SellOutForecast;
import mx.gob.inm.citas.domain.capacity.WalkInUse;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.procedure.Procedure;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.shared.LocalizedText;
import mx.gob.inm.citas.domain.staff.StaffMember;
import mx.gob.inm.citas.domain.staff.StaffRole;
import mx.gob.inm.citas.domain.staff.Username;

/**
 * Read models of the dashboard worked out by hand: Tuesday 2 March 2027 at 09:41 in Mexico City (15:41 UTC), a
 * supervisor of Cancún and Tijuana, two procedures.
 */
final class DashboardFixtures {

    static final Instant AS_OF = Instant.parse("2027-03-02T15:41:00Z");
    static final LocalDate TODAY = LocalDate.of(2027, 3, 2);
    static final ZoneId CANCUN_ZONE = ZoneId.of("America/Cancun");
    static final ZoneId TIJUANA_ZONE = ZoneId.of("America/Tijuana");
    static final ProcedureCode CANJE = new ProcedureCode("CANJE-RT");
    static final ProcedureCode RENOV = new ProcedureCode("RENOV-RT");
    static final OfficeId CANCUN = new OfficeId("qroo-cancun");
    static final OfficeId TIJUANA = new OfficeId("bc-tijuana");

    private DashboardFixtures() {
    }

    static StaffMember supervisor() {
        return StaffMember.create(Username.of("marta.sup"), "Marta Supervisora", StaffRole.SUPERVISOR,
                Set.of(CANCUN, TIJUANA), "hash");
    }

    static List<Procedure> catalogue() {
        return List.of(
                Procedure.create(CANJE, new LocalizedText("Canje de visa", "Visa exchange"), Duration.ofMinutes(30),
                        List.of(new LocalizedText("Pasaporte", "Passport")), true),
                Procedure.create(RENOV, new LocalizedText("Renovación de residencia", "Residence renewal"),
                        Duration.ofMinutes(30), List.of(new LocalizedText("Pasaporte", "Passport")), true));
    }

    static List<Office> offices() {
        return List.of(office("qroo-cancun", "Cancún", "QROO", "Quintana Roo", "America/Cancun"),
                office("bc-tijuana", "Tijuana", "BC", "Baja California", "America/Tijuana"));
    }

    private static Office office(String id, String city, String stateCode, String stateName, String zone) {
        return Office.create(new OfficeId(id), "Oficina de Representación " + city,
                new mx.gob.inm.citas.domain.office.State(stateCode, stateName), city, "Centro, " + city,
                ZoneId.of(zone));
    }

    /** Waits or services: how many, and the median, 90th percentile and mean in seconds. */
    static DurationFigures seconds(long measured, long median, long p90, long mean) {
        return new DurationFigures(measured, Optional.of(Duration.ofSeconds(median)),
                Optional.of(Duration.ofSeconds(p90)), Optional.of(Duration.ofSeconds(mean)));
    }

    /**
     * Cancún's floor: 40 in the queue (15 walk-ins), 33 served, 3 not seen; waits 12 min, 31.5 min, 15 min; services
     * 8, 20, 10 min; 37 tokens of 50.
     */
    static final FloorFigures CANCUN_FLOOR = new FloorFigures(new FloorVisits(40, 15, 33, 3,
            seconds(36, 720, 1890, 900), seconds(33, 480, 1200, 600)), new WalkInUse(37, 50));
    /** Tijuana's floor: 5 walk-ins, all still waiting or called, no quota (a pool taken away): waits 45 s, 65 min. */
    static final FloorFigures TIJUANA_FLOOR = new FloorFigures(new FloorVisits(5, 5, 0, 0,
            seconds(5, 45, 3900, 1200), DurationFigures.NONE), new WalkInUse(5, 0));

    /**
     * Cancún: 275 offered in 7 days, 262 booked (95.3 %, red), next free in 3 days for renewals; 40 attended and 10
     * no-shows (20 %). Tijuana: nothing offered (no utilisation), nothing free, nobody decided (no rate). Their floors:
     * {@link #CANCUN_FLOOR}, {@link #TIJUANA_FLOOR}; together 45 people, waits 10 min, 60 min, 14 min.
     */
    static NationalDashboard national(NationalQuery query) {
        OfficeRow cancun = new OfficeRow(CANCUN, "Oficina de Representación Cancún", "QROO", "Quintana Roo",
                CANCUN_ZONE, new PlaceCounts(275, 262, 13), new PlaceCounts(1210, 700, 510),
                Optional.of(new NextFreeDate(TODAY.plusDays(3), TODAY)), Optional.of(RENOV),
                new Attendance(40, 10, 3, 1), CapacityAlert.RED);
        OfficeRow tijuana = new OfficeRow(TIJUANA, "Oficina de Representación Tijuana", "BC", "Baja California",
                TIJUANA_ZONE, PlaceCounts.NONE, PlaceCounts.NONE, Optional.empty(), Optional.of(CANJE),
                Attendance.NONE, CapacityAlert.RED);
        return new NationalDashboard(AS_OF, query, List.of(tijuana.withFloor(TIJUANA_FLOOR),
                cancun.withFloor(CANCUN_FLOOR)), new PlaceCounts(275, 262, 13), new PlaceCounts(1210, 700, 510),
                new Attendance(40, 10, 3, 1), new FloorFigures(new FloorVisits(45, 20, 33, 3,
                        seconds(41, 600, 3600, 840), seconds(33, 480, 1200, 600)), new WalkInUse(42, 50)));
    }

    /**
     * Cancún from 1 to 3 March: yesterday 1 attended and 1 no-show of 2 booked (all CANJE), today 10 of 55 booked in slots both share (6 exchanges, 4 renewals);
     * hours 09:00 (5 of 5) and 10:00 (0 of 5) today; renewals full, exchanges selling out on 12 March; one snapshot
     * measured 28 February (next free 5 March, 5 days) and one filled in unmeasured 1 March. Its floor on 1 and 2
     * March: 12 in the queue, exchanges waiting 10 and 25 min (p50, p90), renewals never served yet; pool A gave 5
     * of 40, the former pool B 1.
     */
    static OfficeDashboard cancunOffice(Optional<ProcedureCode> procedure) {
        LocalDate yesterday = TODAY.minusDays(1);
        List<DayFigures> days = List.of(
                new DayFigures(yesterday, Optional.empty(), new PlaceCounts(55, 2, 0), 2, 1, 1),
                new DayFigures(yesterday, Optional.of(CANJE), new PlaceCounts(55, 2, 0), 2, 1, 1),
                new DayFigures(yesterday, Optional.of(RENOV), new PlaceCounts(55, 0, 0), 0, 0, 0),
                new DayFigures(TODAY, Optional.empty(), new PlaceCounts(55, 10, 45), 10, 0, 0),
                new DayFigures(TODAY, Optional.of(CANJE), new PlaceCounts(55, 10, 45), 6, 0, 0),
                new DayFigures(TODAY, Optional.of(RENOV), new PlaceCounts(55, 10, 45), 4, 0, 0),
                new DayFigures(TODAY.plusDays(1), Optional.empty(), new PlaceCounts(0, 0, 0), 0, 0, 0),
                new DayFigures(TODAY.plusDays(1), Optional.of(CANJE), new PlaceCounts(0, 0, 0), 0, 0, 0),
                new DayFigures(TODAY.plusDays(1), Optional.of(RENOV), new PlaceCounts(0, 0, 0), 0, 0, 0));
        List<HourFigures> hours = List.of(new HourFigures(TODAY, 9, 5, 5), new HourFigures(TODAY, 10, 5, 0),
                new HourFigures(yesterday, 12, 10, 4));
        List<ProcedureOutlook> outlooks = List.of(
                new ProcedureOutlook(CANJE, new PlaceCounts(900, 400, 500), Optional.of(new NextFreeDate(TODAY,
                        TODAY)), 700, SellOutForecast.of(700, 14, 500, TODAY)),
                new ProcedureOutlook(RENOV, new PlaceCounts(100, 100, 0), Optional.empty(), 30,
                        SellOutForecast.of(30, 14, 0, TODAY)));
        List<CapacitySnapshot> trend = List.of(
                new CapacitySnapshot(CANCUN, CANJE, TODAY.minusDays(2), Instant.parse("2027-03-01T06:00:00Z"),
                        Optional.of(new CapacitySnapshot.Measured(900, 450, Optional.of(TODAY.plusDays(3)))), 50, 2),
                new CapacitySnapshot(CANCUN, CANJE, TODAY.minusDays(1), Instant.parse("2027-03-02T06:00:00Z"),
                        Optional.empty(), 48, 1));
        OfficeFloorFigures floor = new OfficeFloorFigures(Optional.of(yesterday), Optional.of(TODAY),
                new FloorFigures(new FloorVisits(12, 5, 8, 2, seconds(10, 600, 1500, 720), seconds(8, 420, 900, 540)),
                        new WalkInUse(6, 40)),
                List.of(new ProcedureFloor(CANJE, new FloorVisits(8, 5, 6, 1, seconds(7, 600, 1500, 700),
                                seconds(6, 420, 900, 540))),
                        new ProcedureFloor(RENOV, new FloorVisits(4, 0, 0, 1, seconds(3, 300, 5400, 2000),
                                DurationFigures.NONE))),
                List.of(new PoolFloor('A', Set.of(CANJE, RENOV), new WalkInUse(5, 40)),
                        new PoolFloor('B', Set.of(), new WalkInUse(1, 0))));
        return new OfficeDashboard(CANCUN, "Oficina de Representación Cancún", CANCUN_ZONE, AS_OF, yesterday,
                TODAY.plusDays(1), procedure, List.of(CANJE, RENOV), days, hours, outlooks, trend, floor);
    }

    /** The agenda's office picker: the offices this member may read; nothing else is asked of it here. */
    static RunAgendaUseCase agenda(List<Office> readable) {
        return (RunAgendaUseCase) Proxy.newProxyInstance(DashboardFixtures.class.getClassLoader(),
                new Class<?>[] {RunAgendaUseCase.class}, (proxy, method, args) -> {
                    if (method.getName().equals("offices")) {
                        return readable;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    static ViewCatalogueUseCase catalogueOf(List<Procedure> procedures) {
        return (ViewCatalogueUseCase) Proxy.newProxyInstance(DashboardFixtures.class.getClassLoader(),
                new Class<?>[] {ViewCatalogueUseCase.class}, (proxy, method, args) -> {
                    if (method.getName().equals("procedures")) {
                        return procedures;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
