package mx.gob.inm.citas.adapters.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.application.FacesMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import mx.gob.inm.citas.adapters.web.fakes.FakeFaces;
import mx.gob.inm.citas.adapters.web.limits.Clients;
import mx.gob.inm.citas.application.fakes.CountingRateLimiter;
import mx.gob.inm.citas.application.fakes.FakeTransactions;
import mx.gob.inm.citas.application.fakes.FixedLinkSecret;
import mx.gob.inm.citas.application.fakes.InMemoryAppointmentRepository;
import mx.gob.inm.citas.application.fakes.InMemoryClosureRepository;
import mx.gob.inm.citas.application.fakes.InMemoryFreePlaceVersions;
import mx.gob.inm.citas.application.fakes.InMemoryOfficeRepository;
import mx.gob.inm.citas.application.fakes.InMemoryOutbox;
import mx.gob.inm.citas.application.fakes.InMemoryProcedureRepository;
import mx.gob.inm.citas.application.fakes.InMemoryScheduleRepository;
import mx.gob.inm.citas.application.fakes.InMemorySlotLedger;
import mx.gob.inm.citas.application.fakes.MutableClock;
import mx.gob.inm.citas.application.port.in.BookAppointmentUseCase;
import mx.gob.inm.citas.application.port.in.HoldAppointmentCommand;
import mx.gob.inm.citas.application.port.in.ManageAppointmentUseCase;
import mx.gob.inm.citas.application.port.in.RequestThrottle;
import mx.gob.inm.citas.application.port.in.TooManyRequestsException;
import mx.gob.inm.citas.application.service.AppointmentMail;
import mx.gob.inm.citas.application.service.AppointmentManagementService;
import mx.gob.inm.citas.application.service.AvailabilityService;
import mx.gob.inm.citas.application.service.BookingService;
import mx.gob.inm.citas.application.service.CatalogueService;
import mx.gob.inm.citas.application.service.SlotBooking;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.AppointmentStatus;
import mx.gob.inm.citas.domain.appointment.ChangePolicy;
import mx.gob.inm.citas.domain.appointment.VerificationPolicy;
import mx.gob.inm.citas.domain.availability.BookingWindow;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.shared.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The manage page's bean on the real booking and management use cases over fakes of the stores: what a person who
 * opens their appointment by code and passport is shown and offered, before and inside the change cut-off.
 */
class ManageViewTest {

    /** Friday 27 November 2026, 09:00 in Mexico City. */
    private static final Instant NOW = Instant.parse("2026-11-27T15:00:00Z");
    /** Monday 30 November 2026, 09:00 and 09:30 in Mexico City: three days ahead, past the 24-hour cut-off. */
    private static final Instant MONDAY_NINE = Instant.parse("2026-11-30T15:00:00Z");
    private static final Instant MONDAY_HALF_PAST_NINE = Instant.parse("2026-11-30T15:30:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryOfficeRepository offices = new InMemoryOfficeRepository();
    private final InMemoryProcedureRepository procedures = new InMemoryProcedureRepository();
    private final InMemoryScheduleRepository schedules = new InMemoryScheduleRepository();
    private final InMemoryClosureRepository closures = new InMemoryClosureRepository();
    private final InMemorySlotLedger ledger = new InMemorySlotLedger();
    private final InMemoryAppointmentRepository appointments = new InMemoryAppointmentRepository();
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final Office cdmx = DomainFixtures.cdmx();
    private final BookingWindow window = new BookingWindow(Duration.ofHours(2), 90);
    private final CatalogueService catalogue = new CatalogueService(offices, procedures);
    private final SlotBooking slots = new SlotBooking(catalogue, schedules, closures, ledger, window);
    private final AppointmentMail mail = new AppointmentMail(outbox, new Random(11));
    private final BookAppointmentUseCase booking = new BookingService(slots, appointments, mail,
            new VerificationPolicy(Duration.ofMinutes(15), 5), new Random(7), clock, new CountingRateLimiter(),
            CountingRateLimiter.defaultQuotas(), new FixedLinkSecret());
    // as the container runs it: a refused move leaves everything as it was
    private final ManageAppointmentUseCase management = FakeTransactions.around(ManageAppointmentUseCase.class,
            new AppointmentManagementService(appointments, slots, mail, new ChangePolicy(Duration.ofHours(24)),
                    offices, procedures, n -> "BEGIN:VCALENDAR", n -> new byte[] {'%', 'P', 'D', 'F'}, clock),
            ledger, appointments, outbox);
    private final FakeFaces faces = FakeFaces.spanish();
    /** Whether the client's allowance of look-ups is used up. */
    private boolean throttled;

    ManageViewTest() {
        offices.save(cdmx);
        procedures.save(DomainFixtures.exchangeOfVisa());
        schedules.save(DomainFixtures.weekdays(cdmx, 2, DomainFixtures.CANJE_RT));
    }

    @AfterEach
    void leave_the_page() {
        faces.close();
    }

    @Test
    void an_empty_field_is_said_beside_it_and_a_wrong_passport_opens_nothing() {
        Appointment booked = booked("G1234567", MONDAY_NINE);
        ManageView view = view();

        view.open();
        assertThat(beside("m:code")).containsExactly("Este dato es obligatorio.");
        assertThat(beside("m:passportNumber")).containsExactly("Este dato es obligatorio.");

        faces.nextRequest();
        view.setCode(booked.code().value());
        view.setPassport("G7654321");
        view.open();
        assertThat(view.getCard()).isNull();
        assertThat(faces.pageMessages()).containsExactly(
                "No encontramos una cita con ese código y ese número de pasaporte. Revise ambos datos.");
    }

    @Test
    void an_appointment_days_ahead_is_shown_with_move_and_cancel_and_a_cancel_works_on_the_one_opened() {
        Appointment booked = booked("G1234567", MONDAY_NINE);
        Appointment other = booked("G7654321", MONDAY_HALF_PAST_NINE);
        ManageView view = opened(booked, "g123 4567");

        assertThat(view.getCard().getCode()).isEqualTo(booked.code().value());
        assertThat(view.getCard().getTime()).isEqualTo("09:00");
        assertThat(view.getStatusText()).isEqualTo("confirmada");
        assertThat(view.isActive()).isTrue();
        assertThat(view.isCancellable()).isTrue();
        assertThat(view.isTooLateToChange()).isFalse();
        assertThat(view.getAddress()).isEqualTo("/manage?code=" + booked.code().value());
        assertThat(view.getProofFile()).isNotNull();

        // the fields changed after opening (another tab, a typo) do not redirect the press
        view.setCode(other.code().value());
        view.setPassport("G7654321");
        view.cancel();

        assertThat(faces.pageMessages()).containsExactly(
                "Su cita fue cancelada. Le enviamos un correo de confirmación.");
        assertThat(appointments.findByCode(booked.code()).orElseThrow().status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(appointments.findByCode(other.code()).orElseThrow().status()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(view.isActive()).isFalse();
        assertThat(view.isCancellable()).isFalse();
        assertThat(view.getCard().isCancelled()).isTrue();
    }

    @Test
    void inside_the_cut_off_neither_move_nor_cancel_is_offered_and_a_move_asked_for_anyway_is_refused_in_words() {
        Appointment booked = booked("G1234567", MONDAY_NINE);
        clock.set(MONDAY_NINE.minus(Duration.ofHours(20)));
        ManageView view = opened(booked, "G1234567");

        assertThat(view.isActive()).isTrue();
        assertThat(view.isTooLateToChange()).isTrue();
        assertThat(view.isCancellable()).isFalse();

        view.startMove();
        assertThat(view.getPicker()).as("no calendar to walk through").isNull();
        assertThat(faces.pageMessages()).containsExactly(
                "Ya no es posible cambiar ni cancelar esta cita: falta muy poco para su hora.");
    }

    @Test
    void a_move_asks_for_a_time_first_then_takes_the_new_place_before_freeing_the_old_one() {
        Appointment booked = booked("G1234567", MONDAY_NINE);
        ManageView view = opened(booked, "G1234567");

        view.startMove();
        assertThat(view.getPicker()).isNotNull();
        view.move();
        assertThat(faces.pageMessages()).containsExactly("Elija primero un horario.");

        faces.nextRequest();
        view.selectDay("2026-11-30");
        view.chooseTime(MONDAY_HALF_PAST_NINE.toString());
        assertThat(view.isTimeChosen()).isTrue();
        assertThat(view.getNewStartText()).isEqualTo("lunes, 30 de noviembre de 2026, 09:30");
        view.move();

        assertThat(faces.pageMessages()).containsExactly("Su cita fue cambiada. Le enviamos la confirmación por correo.");
        assertThat(view.getCard().getTime()).isEqualTo("09:30");
        assertThat(view.getPicker()).isNull();
        assertThat(appointments.findByCode(booked.code()).orElseThrow().start()).isEqualTo(MONDAY_HALF_PAST_NINE);
    }

    @Test
    void a_time_taken_by_someone_else_while_the_page_was_open_is_refused_in_words_and_the_calendar_reloaded() {
        Appointment booked = booked("G1234567", MONDAY_NINE);
        ManageView view = opened(booked, "G1234567");
        view.startMove();
        view.selectDay("2026-11-30");
        // the two places of 09:30 go while the page is open
        booked("G1111111", MONDAY_HALF_PAST_NINE);
        booked("G2222222", MONDAY_HALF_PAST_NINE);

        view.chooseTime(MONDAY_HALF_PAST_NINE.toString());
        view.move();

        assertThat(faces.pageMessages()).singleElement().asString().startsWith("Otra persona acaba de tomar");
        assertThat(view.isTimeChosen()).isFalse();
        assertThat(view.getPicker().getTimes()).extracting(SlotPicker.TimeOption::getTime).doesNotContain("09:30");
        assertThat(appointments.findByCode(booked.code()).orElseThrow().start()).isEqualTo(MONDAY_NINE);
        assertThat(view.getCard().getTime()).isEqualTo("09:00");
    }

    @Test
    void a_client_over_its_allowance_of_look_ups_is_told_how_long_to_wait_and_shown_nothing() {
        Appointment booked = booked("G1234567", MONDAY_NINE);
        throttled = true;
        ManageView view = view();
        view.setCode(booked.code().value());
        view.setPassport("G1234567");

        view.open();

        assertThat(view.getCard()).isNull();
        assertThat(faces.pageMessages()).singleElement().asString().contains("intente de nuevo en 3 min");
    }

    /** A confirmed appointment, booked and verified as an applicant would. */
    private Appointment booked(String passport, Instant start) {
        Appointment held = booking.hold(new HoldAppointmentCommand(cdmx.id().value(), "CANJE-RT", start,
                DomainFixtures.applicant(passport)));
        return booking.verify(held.code().value(), passport, held.verificationCode());
    }

    private ManageView opened(Appointment appointment, String typedPassport) {
        ManageView view = view();
        view.setCode(appointment.code().value().toLowerCase());
        view.setPassport(typedPassport);
        view.open();
        assertThat(faces.pageMessages()).isEmpty();
        assertThat(view.getCard()).isNotNull();
        return view;
    }

    private ManageView view() {
        ManageView view = new ManageView();
        view.management = management;
        view.catalogue = catalogue;
        view.availability = new AvailabilityService(catalogue, schedules, closures, ledger, window,
                InMemoryFreePlaceVersions.neverTheSame(), clock);
        view.language = new PageLanguage() {
            private static final long serialVersionUID = 1L;

            @Override
            public Language current() {
                return Language.SPANISH;
            }
        };
        view.clients = new Clients() {
            @Override
            public String ofPage() {
                return "203.0.113.7";
            }
        };
        view.throttle = new RequestThrottle() {
            @Override
            public void lookup(String client) {
                if (throttled) {
                    throw new TooManyRequestsException("lookups-per-client", Duration.ofSeconds(150));
                }
            }

            @Override
            public void hold(String client, String network, String passport) {
            }

            @Override
            public void holdRefused(String client, String network, String passport) {
            }

            @Override
            public void verification(String client) {
            }

            @Override
            public void resend(String client) {
            }

            @Override
            public void challenge(String client) {
            }

            @Override
            public void signIn(String client, String username) {
            }

            @Override
            public void signedIn(String client, String username) {
            }
        };
        return view;
    }

    private List<String> beside(String field) {
        List<String> texts = new ArrayList<>();
        faces.getMessages(field).forEachRemaining(m -> texts.add(((FacesMessage) m).getSummary()));
        return texts;
    }
}
