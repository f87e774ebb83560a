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
import mx.gob.inm.citas.application.fakes.InMemoryOfficeRepository;
import mx.gob.inm.citas.application.fakes.InMemoryStaffRepository;
import mx.gob.inm.citas.application.fakes.MutableClock;
import mx.gob.inm.citas.application.port.in.BootstrapAdminUseCase;
import mx.gob.inm.citas.application.port.in.ManageStaffUseCase;
import mx.gob.inm.citas.application.port.in.RunAgendaUseCase;
import mx.gob.inm.citas.application.port.in.StaffSignInUseCase;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import mx.gob.inm.citas.domain.appointment.NoShowPolicy;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.staff.AuditAction;
import mx.gob.inm.citas.domain.staff.AuditEntry;
import mx.gob.inm.citas.domain.staff.StaffMember;
import mx.gob.inm.citas.domain.staff.StaffRole;
import mx.gob.inm.citas.domain.staff.Username;

/**
 * The console's services wired to fakes: offices in Mexico City and Tijuana and, unless {@link #empty()}, an admin,
 * a staff member of each office and a supervisor of Mexico City, all with {@link #PASSWORD}.
 */
class ConsoleWorld {

    /** Monday 30 November 2026, 08:00 in Mexico City (06:00 in Tijuana). */
    static final Instant NOW = Instant.parse("2026-11-30T14:00:00Z");
    static final String PASSWORD = "correct horse battery";
    static final Duration GRACE = Duration.ofMinutes(15);

    final MutableClock clock = new MutableClock(NOW);
    final InMemoryOfficeRepository offices = new InMemoryOfficeRepository();
    final InMemoryAppointmentRepository appointments = new InMemoryAppointmentRepository();
    final InMemoryStaffRepository staff = new InMemoryStaffRepository();
    final InMemoryAuditLog audit = new InMemoryAuditLog();
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
            new AgendaService(appointments, offices, new NoShowPolicy(GRACE), audit, clock), appointments, audit);

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

    /** A confirmed appointment of the office starting at {@code start}, stored. */
    Appointment confirmed(int codeSeed, Office office, String passport, Instant start) {
        Appointment appointment = Appointment.hold(ConfirmationCode.random(new Random(codeSeed)),
                office.id(), DomainFixtures.CANJE_RT, DomainFixtures.applicant(passport), start,
                Duration.ofMinutes(30), "123456", NOW.minus(Duration.ofDays(3)), Duration.ofMinutes(15));
        appointment.verify("123456", NOW.minus(Duration.ofDays(3)), 5);
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
