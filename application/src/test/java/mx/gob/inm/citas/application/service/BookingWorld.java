package mx.gob.inm.citas.application.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import mx.gob.inm.citas.application.fakes.FakeTransactions;
import mx.gob.inm.citas.application.fakes.FixedLinkSecret;
import mx.gob.inm.citas.application.fakes.InMemoryAppointmentRepository;
import mx.gob.inm.citas.application.fakes.InMemoryClosureRepository;
import mx.gob.inm.citas.application.fakes.InMemoryFreePlaceVersions;
import mx.gob.inm.citas.application.fakes.InMemoryJobLeases;
import mx.gob.inm.citas.application.fakes.InMemoryOfficeRepository;
import mx.gob.inm.citas.application.fakes.InMemoryOutbox;
import mx.gob.inm.citas.application.fakes.InMemoryProcedureRepository;
import mx.gob.inm.citas.application.fakes.InMemoryScheduleRepository;
import mx.gob.inm.citas.application.fakes.InMemorySlotLedger;
import mx.gob.inm.citas.application.fakes.MutableClock;
import mx.gob.inm.citas.application.fakes.RecordingNotifications;
import mx.gob.inm.citas.application.port.in.BookAppointmentUseCase;
import mx.gob.inm.citas.application.port.in.ExpireHoldsUseCase;
import mx.gob.inm.citas.application.port.in.HoldAppointmentCommand;
import mx.gob.inm.citas.application.port.in.ManageAppointmentUseCase;
import mx.gob.inm.citas.application.port.out.Notification;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.appointment.ChangePolicy;
import mx.gob.inm.citas.domain.appointment.ReminderSchedule;
import mx.gob.inm.citas.domain.appointment.VerificationPolicy;
import mx.gob.inm.citas.domain.availability.BookingWindow;
import mx.gob.inm.citas.application.fakes.CountingRateLimiter;
import mx.gob.inm.citas.domain.office.Office;

/** The booking services wired to fakes, with Mexico City offering CANJE-RT with 2 places per slot. */
class BookingWorld {

    /** Friday 27 November 2026, 09:00 in Mexico City. */
    static final Instant NOW = Instant.parse("2026-11-27T15:00:00Z");
    /** Monday 30 November 2026, 09:00 and 09:30 in Mexico City. */
    static final Instant MONDAY_NINE = Instant.parse("2026-11-30T15:00:00Z");
    static final Instant MONDAY_HALF_PAST_NINE = Instant.parse("2026-11-30T15:30:00Z");
    /** This instance in the job leases, and how long it takes one. */
    static final String INSTANCE = "instance-1";
    static final Duration LEASE = Duration.ofMinutes(1);

    final MutableClock clock = new MutableClock(NOW);
    final InMemoryOfficeRepository offices = new InMemoryOfficeRepository();
    final InMemoryProcedureRepository procedures = new InMemoryProcedureRepository();
    final InMemoryScheduleRepository schedules = new InMemoryScheduleRepository();
    final InMemoryClosureRepository closures = new InMemoryClosureRepository();
    final InMemorySlotLedger ledger = new InMemorySlotLedger();
    final InMemoryAppointmentRepository appointments = new InMemoryAppointmentRepository();
    final InMemoryOutbox outbox = new InMemoryOutbox();
    final InMemoryJobLeases leases = new InMemoryJobLeases();
    final RecordingNotifications notifications = new RecordingNotifications();
    final CountingRateLimiter limiter = new CountingRateLimiter();
    final Office cdmx = DomainFixtures.cdmx();
    final FixedLinkSecret linkSecret = new FixedLinkSecret();
    final ConfirmLinkKeys linkKeys = new ConfirmLinkKeys(linkSecret.secret());

    final BookingWindow window = new BookingWindow(Duration.ofHours(2), 90);
    final CatalogueService catalogue = new CatalogueService(offices, procedures);
    final SlotBooking slots = new SlotBooking(catalogue, schedules, closures, ledger, window);
    final CalendarFence fence = new CalendarFence(schedules, ledger, window, clock);
    final AppointmentMail mail = new AppointmentMail(outbox, new Random(11));
    // The services as the container runs them: each call all-or-nothing, as its @Transactional says.
    final BookAppointmentUseCase booking = FakeTransactions.around(BookAppointmentUseCase.class,
            new BookingService(slots, appointments, mail, new VerificationPolicy(Duration.ofMinutes(15), 5),
                    new Random(7), clock, limiter, CountingRateLimiter.defaultQuotas(), linkSecret), ledger, appointments,
            outbox);
    final ManageAppointmentUseCase management = FakeTransactions.around(ManageAppointmentUseCase.class,
            new AppointmentManagementService(appointments, slots, mail, new ChangePolicy(Duration.ofHours(24)), offices,
                    procedures, BookingWorld::calendarText, BookingWorld::proofBytes, clock),
            ledger, appointments, outbox);
    final ExpireHoldsUseCase expiry = FakeTransactions.around(ExpireHoldsUseCase.class,
            new HoldExpiryService(appointments, slots, leases, clock), ledger, appointments, outbox);
    final AvailabilityService availability = new AvailabilityService(catalogue, schedules, closures, ledger,
            window, InMemoryFreePlaceVersions.neverTheSame(), clock);
    final ReminderSchedule reminders = ReminderSchedule.DEFAULT;
    final NotificationDispatchService dispatch = new NotificationDispatchService(
            new OutboxWork(outbox, appointments, offices, procedures, mail, new ChangePolicy(Duration.ofHours(24)),
                    reminders, clock, linkSecret, leases), notifications);

    BookingWorld() {
        offices.save(cdmx);
        procedures.save(DomainFixtures.exchangeOfVisa());
        procedures.save(DomainFixtures.renewal());
        procedures.save(DomainFixtures.inPersonOnly());
        schedules.save(DomainFixtures.weekdays(cdmx, 2, DomainFixtures.CANJE_RT, DomainFixtures.RENOV_RT));
    }

    HoldAppointmentCommand hold(String passport, Instant start) {
        return new HoldAppointmentCommand(cdmx.id().value(), "CANJE-RT", start, DomainFixtures.applicant(passport));
    }

    /** Stands in for the iCalendar writer: says which appointment, version and local start it was asked for. */
    static String calendarText(Notification n) {
        return "UID:" + n.confirmationCode() + " SEQUENCE:" + n.sequence() + " START:" + n.start();
    }

    /** A stand-in for the PDF: what it would show, as bytes, so tests can see what the proof was made of. */
    static byte[] proofBytes(Notification n) {
        return ("PROOF " + n.confirmationCode() + " " + n.applicantName() + " " + n.maskedPassport() + " "
                + n.start()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    int takenAt(Instant start) {
        return ledger.takenPlaces(cdmx.id(), start, start.plusSeconds(1)).at(start);
    }
}
