package mx.gob.inm.citas.application.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import mx.gob.inm.citas.application.fakes.FakePasswordHashing;
import mx.gob.inm.citas.application.fakes.FakeTransactions;
import mx.gob.inm.citas.application.fakes.InMemoryAppointmentRepository;
import mx.gob.inm.citas.application.fakes.InMemoryAuditLog;
import mx.gob.inm.citas.application.fakes.InMemoryOfficeFloorRepository;
import mx.gob.inm.citas.application.fakes.InMemoryVisitRepository;
import mx.gob.inm.citas.application.fakes.InMemoryOfficeRepository;
import mx.gob.inm.citas.application.fakes.InMemoryProcedureRepository;
import mx.gob.inm.citas.application.fakes.InMemoryScheduleRepository;
import mx.gob.inm.citas.application.fakes.InMemorySlotLedger;
import mx.gob.inm.citas.application.fakes.InMemoryStaffRepository;
import mx.gob.inm.citas.application.fakes.MutableClock;
import mx.gob.inm.citas.application.port.in.BootstrapAdminUseCase;
import mx.gob.inm.citas.application.port.in.ConfigureOfficesUseCase;
import mx.gob.inm.citas.application.port.in.ConfigureScheduleUseCase;
import mx.gob.inm.citas.application.port.in.ManageCatalogueUseCase;
import mx.gob.inm.citas.application.port.in.ManageStaffUseCase;
import mx.gob.inm.citas.application.port.in.RunAgendaUseCase;
import mx.gob.inm.citas.application.port.in.StaffSignInUseCase;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import mx.gob.inm.citas.domain.appointment.NoShowPolicy;
import mx.gob.inm.citas.domain.availability.BookingWindow;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.staff.AuditAction;
import mx.gob.inm.citas.domain.staff.AuditEntry;
import mx.gob.inm.citas.domain.staff.StaffMember;
import mx.gob.inm.citas.domain.staff.StaffRole;
import mx.gob.inm.citas.domain.staff.Username;

/**
 * The console's services wired to fakes: offices in Mexico City and Tijuana with a week each ({@link #PLACES}), the
 * procedures CANJE-RT and RENOV-RT and, unless {@link #empty()}, an admin, a staff member of each office and a
 * supervisor of Mexico City, all with {@link #PASSWORD}.
 */
class ConsoleWorld {

    /** Monday 30 November 2026, 08:00 in Mexico City (06:00 in Tijuana). */
    static final Instant NOW = Instant.parse("2026-11-30T14:00:00Z");
    static final String PASSWORD = "correct horse battery";
    static final Duration GRACE = Duration.ofMinutes(15);
    /** Places per slot in both offices' weeks (weekdays 09:00–14:30, 30-minute slots, CANJE-RT and RENOV-RT). */
    static final int PLACES = 3;

    final MutableClock clock = new MutableClock(NOW);
    final InMemoryOfficeRepository offices = new InMemoryOfficeRepository();
    final InMemoryAppointmentRepository appointments = new InMemoryAppointmentRepository(clock);
    final InMemoryStaffRepository staff = new InMemoryStaffRepository();
    final InMemoryProcedureRepository procedures = new InMemoryProcedureRepository();
    final InMemoryScheduleRepository schedules = new InMemoryScheduleRepository();
    final InMemorySlotLedger ledger = new InMemorySlotLedger();
    final InMemoryAuditLog audit = new InMemoryAuditLog();
    final InMemoryOfficeFloorRepository floors = new InMemoryOfficeFloorRepository();
    final InMemoryVisitRepository visits = new InMemoryVisitRepository();
    final FakePasswordHashing hashing = new FakePasswordHashing();
    final Office cdmx = DomainFixtures.cdmx();
    final Office tijuana = DomainFixtures.tijuana();

    // The services as the container runs them: each call all-or-nothing, as its @Transactional says.
    private final StaffSignInService signInService = new StaffSignInService(staff, hashing, audit, clock);
    final StaffSignInUseCase signIn = FakeTransactions.around(StaffSignInUseCase.class, signInService, staff,
            audit);
    final BootstrapAdminUseCase bootstrap = FakeTransactions.around(BootstrapAdminUseCase.class, signInService,
            staff, audit);
    final ManageStaffUseCase administration = FakeTransactions.around(ManageStaffUseCase.class,
            new StaffAdministrationService(staff, offices, hashing, audit, clock), staff, audit);
    final RunAgendaUseCase agenda = FakeTransactions.around(RunAgendaUseCase.class,
            new AgendaService(appointments, offices, new NoShowPolicy(GRACE), floors, visits, audit, clock),
            appointments, audit, visits);
    final ConfigureOfficesUseCase officeConfiguration = FakeTransactions.around(ConfigureOfficesUseCase.class,
            new OfficeConfigurationService(offices, appointments, audit, clock), offices, audit);
    final ManageCatalogueUseCase catalogue = FakeTransactions.around(ManageCatalogueUseCase.class,
            new CatalogueAdministrationService(procedures, audit, clock), procedures, audit);
    final ConfigureScheduleUseCase weeks = FakeTransactions.around(ConfigureScheduleUseCase.class,
            new ScheduleConfigurationService(schedules, offices, procedures, appointments,
                    new CalendarFence(schedules, ledger, new BookingWindow(Duration.ofHours(2), 90), clock), audit,
                    clock),
            schedules, ledger, audit);

    final StaffMember admin;
    final StaffMember cdmxStaff;
    final StaffMember tijuanaStaff;
    final StaffMember cdmxSupervisor;

    ConsoleWorld() {
        this(true);
    }

    private ConsoleWorld(boolean withStaff) {
        offices.save(cdmx);
        offices.save(tijuana);
        procedures.save(DomainFixtures.exchangeOfVisa());
        procedures.save(DomainFixtures.renewal());
        schedules.save(DomainFixtures.weekdays(cdmx, PLACES, DomainFixtures.CANJE_RT, DomainFixtures.RENOV_RT));
        schedules.save(DomainFixtures.weekdays(tijuana, PLACES, DomainFixtures.CANJE_RT, DomainFixtures.RENOV_RT));
        admin = withStaff ? member("admin", StaffRole.ADMIN) : null;
        cdmxStaff = withStaff ? member("ana.lopez", StaffRole.STAFF, cdmx) : null;
        tijuanaStaff = withStaff ? member("tomas.rios", StaffRole.STAFF, tijuana) : null;
        cdmxSupervisor = withStaff ? member("sofia.vega", StaffRole.SUPERVISOR, cdmx) : null;
    }

    /** The offices, and no account at all: the console's first start. */
    static ConsoleWorld empty() {
        return new ConsoleWorld(false);
    }

    private StaffMember member(String username, StaffRole role, Office... assigned) {
        StaffMember member = StaffMember.create(Username.of(username), "Persona " + username, role,
                Arrays.stream(assigned).map(Office::id).collect(Collectors.toSet()),
                hashing.hash(PASSWORD.toCharArray()));
        staff.add(member);
        return member;
    }

    /** A confirmed appointment of the office for CANJE-RT starting at {@code start}, stored. */
    Appointment confirmed(int codeSeed, Office office, String passport, Instant start) {
        return booked(codeSeed, office, DomainFixtures.CANJE_RT, passport, start, true);
    }

    /** Confirmed three days ago when {@code verified}, else a hold made five minutes ago; stored. */
    Appointment booked(int codeSeed, Office office, ProcedureCode procedure, String passport, Instant start,
            boolean verified) {
        Instant madeAt = verified ? NOW.minus(Duration.ofDays(3)) : NOW.minus(Duration.ofMinutes(5));
        Appointment appointment = Appointment.hold(ConfirmationCode.random(new Random(codeSeed)),
                office.id(), procedure, DomainFixtures.applicant(passport), start,
                Duration.ofMinutes(30), "123456", madeAt, Duration.ofMinutes(15));
        if (verified) {
            appointment.verify("123456", madeAt, 5);
        }
        appointments.add(appointment);
        return appointment;
    }

    Appointment stored(Appointment appointment) {
        return appointments.findByCode(appointment.code()).orElseThrow();
    }

    StaffMember stored(String username) {
        return staff.findByUsername(Username.of(username)).orElseThrow();
    }

    List<AuditEntry> audited(AuditAction action) {
        return audit.all().stream().filter(e -> e.action() == action).toList();
    }
}
