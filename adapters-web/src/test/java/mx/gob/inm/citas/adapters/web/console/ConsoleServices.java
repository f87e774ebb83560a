package mx.gob.inm.citas.adapters.web.console;

import mx.gob.inm.citas.application.fakes.InMemoryVisitRepository;
import mx.gob.inm.citas.application.fakes.InMemoryOfficeFloorRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Collectors;
import mx.gob.inm.citas.adapters.web.pages.PageLanguage;
import mx.gob.inm.citas.application.fakes.InMemoryAppointmentRepository;
import mx.gob.inm.citas.application.fakes.InMemoryAuditLog;
import mx.gob.inm.citas.application.fakes.InMemoryClosureRepository;
import mx.gob.inm.citas.application.fakes.InMemoryOfficeRepository;
import mx.gob.inm.citas.application.fakes.InMemoryOutbox;
import mx.gob.inm.citas.application.fakes.InMemoryProcedureRepository;
import mx.gob.inm.citas.application.fakes.InMemoryScheduleRepository;
import mx.gob.inm.citas.application.fakes.InMemorySlotLedger;
import mx.gob.inm.citas.application.fakes.MutableClock;
import mx.gob.inm.citas.application.service.ActForApplicantService;
import mx.gob.inm.citas.application.service.AgendaService;
import mx.gob.inm.citas.application.service.AppointmentMail;
import mx.gob.inm.citas.application.service.CalendarFence;
import mx.gob.inm.citas.application.service.CatalogueService;
import mx.gob.inm.citas.application.service.ClosureService;
import mx.gob.inm.citas.application.service.ScheduleConfigurationService;
import mx.gob.inm.citas.application.service.SlotBooking;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.ChangePolicy;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import mx.gob.inm.citas.domain.appointment.NoShowPolicy;
import mx.gob.inm.citas.domain.availability.BookingWindow;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.shared.Language;
import mx.gob.inm.citas.domain.staff.StaffMember;
import mx.gob.inm.citas.domain.staff.StaffRole;
import mx.gob.inm.citas.domain.staff.Username;

/**
 * The console's real use cases on in-memory out-ports, for the view beans' tests: Mexico City and Tijuana with a
 * weekday week, the catalogue, and the views wired as the container would wire them for one signed-in member.
 */
final class ConsoleServices {

    /** Monday 30 November 2026, 08:00 in Mexico City. */
    static final Instant NOW = Instant.parse("2026-11-30T14:00:00Z");
    static final String MONDAY = "2026-11-30";

    final MutableClock clock = new MutableClock(NOW);
    final InMemoryOfficeRepository offices = new InMemoryOfficeRepository();
    final InMemoryAppointmentRepository appointments = new InMemoryAppointmentRepository();
    final InMemoryProcedureRepository procedures = new InMemoryProcedureRepository();
    final InMemoryScheduleRepository schedules = new InMemoryScheduleRepository();
    final InMemoryClosureRepository closures = new InMemoryClosureRepository();
    final InMemorySlotLedger ledger = new InMemorySlotLedger();
    final InMemoryAuditLog audit = new InMemoryAuditLog();
    final Office cdmx = DomainFixtures.cdmx();
    final Office tijuana = DomainFixtures.tijuana();
    private final CalendarFence fence = new CalendarFence(schedules, ledger, new BookingWindow(Duration.ofHours(2),
            90), clock);
    final InMemoryOfficeFloorRepository floors = new InMemoryOfficeFloorRepository();
    final InMemoryVisitRepository visits = new InMemoryVisitRepository();
    final AgendaService agenda = new AgendaService(appointments, offices, new NoShowPolicy(Duration.ofMinutes(15)),
            floors, visits, audit, clock);
    final ClosureService closureService = new ClosureService(closures, appointments, offices, ledger, fence,
            new AppointmentMail(new InMemoryOutbox(), new Random(7)), audit, clock);
    final InMemoryOutbox outbox = new InMemoryOutbox();
    final ActForApplicantService desk = new ActForApplicantService(new SlotBooking(new CatalogueService(offices,
            procedures), schedules, closures, ledger, new BookingWindow(Duration.ofHours(2), 90)), appointments,
            offices, procedures, schedules, closures, ledger, new AppointmentMail(outbox, new Random(9)),
            n -> ("PDF " + n.confirmationCode()).getBytes(java.nio.charset.StandardCharsets.UTF_8),
            new ChangePolicy(Duration.ofHours(24)), floors, visits, audit, new Random(3), clock);
    final ScheduleConfigurationService weeks = new ScheduleConfigurationService(schedules, offices, procedures,
            appointments, fence, audit, clock);

    ConsoleServices() {
        offices.save(cdmx);
        offices.save(tijuana);
        procedures.save(DomainFixtures.exchangeOfVisa());
        procedures.save(DomainFixtures.renewal());
        schedules.save(DomainFixtures.weekdays(cdmx, 3, DomainFixtures.CANJE_RT));
        schedules.save(DomainFixtures.weekdays(tijuana, 3, DomainFixtures.CANJE_RT));
    }

    static StaffMember member(StaffRole role, Office... assigned) {
        return StaffMember.create(Username.of("persona." + role.name().toLowerCase()), "Persona", role,
                Arrays.stream(assigned).map(Office::id).collect(Collectors.toSet()), "hash");
    }

    /** A confirmed appointment for CANJE-RT at {@code start}, stored. */
    Appointment confirmed(int seed, Office office, String passport, Instant start) {
        Instant madeAt = NOW.minus(Duration.ofDays(3));
        Appointment appointment = Appointment.hold(ConfirmationCode.random(new Random(seed)), office.id(),
                DomainFixtures.CANJE_RT, DomainFixtures.applicant(passport), start, Duration.ofMinutes(30), "123456",
                madeAt, Duration.ofMinutes(15));
        appointment.verify("123456", madeAt, 5);
        appointments.add(appointment);
        return appointment;
    }

    /** The agenda page's bean for {@code member}, before its view action. */
    AgendaView agendaView(StaffMember member, String office, String day) {
        AgendaView view = new AgendaView();
        view.agenda = agenda;
        view.catalogue = new CatalogueService(offices, procedures);
        view.schedules = weeks;
        view.closures = closureService;
        view.desk = desk;
        view.clock = clock;
        view.staff = signedIn(member);
        view.language = spanish();
        view.setOffice(office);
        view.setDay(day);
        return view;
    }

    /** The closures page's bean for {@code member}, before its view action. */
    ClosuresView closuresView(StaffMember member, String office) {
        ClosuresView view = new ClosuresView();
        view.closures = closureService;
        view.agenda = agenda;
        view.clock = clock;
        view.staff = signedIn(member);
        view.setOffice(office);
        return view;
    }

    /** The member as every request reads them: a change to the object is the next request's member. */
    static CurrentStaff signedIn(StaffMember member) {
        return new CurrentStaff() {
            @Override
            public StaffMember member() {
                return member;
            }
        };
    }

    private static PageLanguage spanish() {
        return new PageLanguage() {
            private static final long serialVersionUID = 1L;

            @Override
            public Language current() {
                return Language.SPANISH;
            }
        };
    }
}
