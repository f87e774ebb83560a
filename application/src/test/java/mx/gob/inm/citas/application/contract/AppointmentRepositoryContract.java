package mx.gob.inm.citas.application.contract;

import static mx.gob.inm.citas.domain.DomainFixtures.CODE_1;
import static mx.gob.inm.citas.domain.DomainFixtures.CODE_2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import mx.gob.inm.citas.application.port.out.AppointmentRepository;
import mx.gob.inm.citas.application.port.out.OfficeRepository;
import mx.gob.inm.citas.application.port.out.ProcedureRepository;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.AppointmentRefusedException;
import mx.gob.inm.citas.domain.appointment.AppointmentStatus;
import mx.gob.inm.citas.domain.appointment.ChangePolicy;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import mx.gob.inm.citas.domain.appointment.PassportNumber;
import mx.gob.inm.citas.domain.appointment.RetentionPolicy;
import mx.gob.inm.citas.domain.office.OfficeId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link AppointmentRepository} must have; run against the fake and the real adapter. */
public abstract class AppointmentRepositoryContract extends RepositoryContract {

    protected static final Instant NOW = Instant.parse("2026-11-27T15:00:00Z");

    protected abstract AppointmentRepository repository();

    protected abstract OfficeRepository offices();

    protected abstract ProcedureRepository procedures();

    @BeforeEach
    void the_catalogue_exists() {
        inTransaction(() -> {
            offices().save(DomainFixtures.cdmx());
            offices().save(DomainFixtures.tijuana());
            procedures().save(DomainFixtures.exchangeOfVisa());
        });
    }

    @Test
    void an_appointment_comes_back_with_every_field_as_stored() {
        Appointment held = DomainFixtures.hold(CODE_1, "G1234567", NOW);
        inTransaction(() -> repository().add(held));

        Appointment found = inTransaction(() -> repository().findByCode(held.code())).orElseThrow();
        assertThat(found.applicant()).isEqualTo(held.applicant());
        assertThat(found.start()).isEqualTo(held.start());
        assertThat(found.duration()).isEqualTo(held.duration());
        assertThat(found.status()).isEqualTo(AppointmentStatus.PENDING_VERIFICATION);
        assertThat(found.verificationCode()).isEqualTo(held.verificationCode());
        assertThat(found.holdExpiresAt()).isEqualTo(held.holdExpiresAt());
        assertThat(found.createdAt()).isEqualTo(held.createdAt());
        assertThat(found.office()).isEqualTo(held.office());
        assertThat(found.procedure()).isEqualTo(held.procedure());
        assertThat(found.holderKey()).contains("GTM:G1234567:CANJE-RT");
    }

    @Test
    void an_appointment_booked_at_the_desk_without_an_email_address_keeps_the_reason_staff_gave() {
        Appointment booked = Appointment.bookAtOffice(new ConfirmationCode(CODE_1), DomainFixtures.cdmx().id(),
                DomainFixtures.CANJE_RT, DomainFixtures.applicantWithoutEmail("G1234567"),
                Instant.parse("2026-11-30T15:00:00Z"), Duration.ofMinutes(30), "000000", NOW);
        inTransaction(() -> repository().add(booked));
        Appointment found = inTransaction(() -> repository().findByCode(booked.code())).orElseThrow();
        assertThat(found.applicant().email()).isEmpty();
        assertThat(found.status()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(found.staffReason()).isEmpty();

        String reason = "La persona llamó: cambió de fecha ñ".repeat(6).substring(0, Appointment.MAX_REASON_LENGTH);
        found.moveForApplicant(Instant.parse("2026-12-01T15:00:00Z"), NOW, reason);
        inTransaction(() -> repository().update(found));
        Appointment moved = inTransaction(() -> repository().findByCode(booked.code())).orElseThrow();
        assertThat(moved.start()).isEqualTo(Instant.parse("2026-12-01T15:00:00Z"));
        assertThat(moved.staffReason()).as("the longest reason, accents and all").contains(reason.strip());
    }

    @Test
    void the_store_refuses_a_second_active_appointment_for_the_same_person_and_procedure() {
        inTransaction(() -> repository().add(DomainFixtures.hold(CODE_1, "G1234567", NOW)));

        assertThatThrownBy(() -> inTransaction(() -> repository().add(DomainFixtures.hold(CODE_2, "G1234567", NOW))))
                .isInstanceOfSatisfying(AppointmentRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(AppointmentRefusedException.Reason.ALREADY_BOOKED));
        assertThat(inTransaction(() -> repository().findByCode(new ConfirmationCode(CODE_2)))).isEmpty();
    }

    @Test
    void holds_of_one_passport_with_other_addresses_are_kept_and_only_one_may_be_confirmed() {
        Appointment first = DomainFixtures.hold(CODE_1, "G1234567", NOW);
        Appointment second = withEmail(DomainFixtures.hold(CODE_2, "G1234567", NOW), "otra@ejemplo.mx");
        inTransaction(() -> repository().add(first));
        inTransaction(() -> repository().add(second));
        assertThat(inTransaction(() -> repository().hasConfirmed("GTM:G1234567:CANJE-RT"))).isFalse();
        assertThat(inTransaction(() -> repository().supersededHolds(10))).isEmpty();

        first.verify("123456", NOW, 5);
        inTransaction(() -> repository().update(first));
        assertThat(inTransaction(() -> repository().hasConfirmed("GTM:G1234567:CANJE-RT"))).isTrue();
        assertThat(inTransaction(() -> repository().supersededHolds(10))).containsExactly(second.code());

        second.verify("123456", NOW, 5);
        assertThatThrownBy(() -> inTransaction(() -> repository().update(second)))
                .as("the store refuses a second confirmed appointment").isInstanceOf(RuntimeException.class);
        assertThat(inTransaction(() -> repository().findByCode(second.code())).orElseThrow().status())
                .isEqualTo(AppointmentStatus.PENDING_VERIFICATION);
    }

    private static Appointment withEmail(Appointment held, String email) {
        var a = held.applicant();
        return Appointment.hold(held.code(), held.office(), held.procedure(),
                new mx.gob.inm.citas.domain.appointment.Applicant(a.givenNames(), a.surnames(), a.nationality(),
                        a.passport(), a.dateOfBirth(), new mx.gob.inm.citas.domain.appointment.EmailAddress(email),
                        a.phone(), a.language()),
                held.start(), held.duration(), held.verificationCode(), NOW, Duration.ofMinutes(15));
    }

    @Test
    void once_cancelled_the_person_may_book_the_procedure_again_and_changes_are_kept() {
        Appointment first = DomainFixtures.hold(CODE_1, "G1234567", NOW);
        inTransaction(() -> repository().add(first));
        first.verify("123456", NOW, 5);
        first.cancel(NOW, new ChangePolicy(Duration.ofHours(24)));
        inTransaction(() -> repository().update(first));

        inTransaction(() -> repository().add(DomainFixtures.hold(CODE_2, "G1234567", NOW)));
        Appointment stored = inTransaction(() -> repository().findByCode(first.code())).orElseThrow();
        assertThat(stored.status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(stored.sequence()).isEqualTo(1);
    }

    @Test
    void the_changes_of_a_hold_s_address_are_kept() {
        Appointment held = DomainFixtures.hold(CODE_1, "G1234567", NOW);
        inTransaction(() -> repository().add(held));
        held.changeEmail(new mx.gob.inm.citas.domain.appointment.EmailAddress("otra@ejemplo.mx"), "654321",
                NOW.plusSeconds(30));
        inTransaction(() -> repository().update(held));

        Appointment stored = inTransaction(() -> repository().findByCode(held.code())).orElseThrow();
        assertThat(stored.emailChanges()).isEqualTo(1);
        assertThat(stored.verificationCode()).isEqualTo("654321");
        assertThat(stored.applicant().email().orElseThrow().value()).isEqualTo("otra@ejemplo.mx");
    }

    @Test
    void holds_past_their_time_are_listed_for_expiry() {
        Appointment held = DomainFixtures.hold(CODE_1, "G1234567", NOW);
        inTransaction(() -> repository().add(held));

        assertThat(inTransaction(() -> repository().expiredHolds(NOW.plus(Duration.ofMinutes(14)), 10))).isEmpty();
        assertThat(inTransaction(() -> repository().expiredHolds(NOW.plus(Duration.ofMinutes(15)), 10)))
                .containsExactly(held.code());
    }

    @Test
    void each_reminder_lead_is_marked_once_per_start_and_a_shorter_lead_supersedes_the_longer() {
        Appointment appointment = DomainFixtures.hold(CODE_1, "G1234567", NOW);
        appointment.verify("123456", NOW, 5);
        inTransaction(() -> repository().add(appointment));
        Instant start = appointment.start();
        Instant from = start.minus(Duration.ofHours(72));
        Instant to = start.plusSeconds(1);
        Duration threeDays = Duration.ofHours(72);
        Duration oneDay = Duration.ofHours(24);

        assertThat(inTransaction(() -> repository().awaitingReminder(from, to, threeDays, 10)))
                .containsExactly(appointment.code());
        assertThat(inTransaction(() -> repository().markReminderQueued(appointment.code(), start, threeDays)))
                .isTrue();
        assertThat(inTransaction(() -> repository().markReminderQueued(appointment.code(), start, threeDays)))
                .isFalse();
        assertThat(inTransaction(() -> repository().awaitingReminder(from, to, threeDays, 10))).isEmpty();

        assertThat(inTransaction(() -> repository().awaitingReminder(from, to, oneDay, 10)))
                .containsExactly(appointment.code());
        assertThat(inTransaction(() -> repository().markReminderQueued(appointment.code(), start, oneDay)))
                .isTrue();
        assertThat(inTransaction(() -> repository().markReminderQueued(appointment.code(), start, oneDay)))
                .isFalse();
        assertThat(inTransaction(() -> repository().markReminderQueued(appointment.code(), start, threeDays)))
                .as("the day-before reminder went out: the 3-day one never comes after it").isFalse();
        assertThat(inTransaction(() -> repository().awaitingReminder(from, to, oneDay, 10))).isEmpty();
        assertThat(inTransaction(() -> repository().awaitingReminder(from, to, threeDays, 10))).isEmpty();
    }

    @Test
    void a_moved_appointment_awaits_its_reminders_again_for_the_new_start() {
        Appointment appointment = DomainFixtures.hold(CODE_1, "G1234567", NOW);
        appointment.verify("123456", NOW, 5);
        inTransaction(() -> repository().add(appointment));
        Instant oldStart = appointment.start();
        Duration oneDay = Duration.ofHours(24);
        inTransaction(() -> repository().markReminderQueued(appointment.code(), oldStart, oneDay));

        Instant newStart = oldStart.plus(Duration.ofDays(2));
        appointment.moveTo(newStart, NOW, new ChangePolicy(Duration.ZERO));
        inTransaction(() -> repository().update(appointment));

        assertThat(inTransaction(() -> repository().awaitingReminder(newStart.minus(oneDay), newStart.plusSeconds(1),
                oneDay, 10))).containsExactly(appointment.code());
        assertThat(inTransaction(() -> repository().markReminderQueued(appointment.code(), oldStart, oneDay)))
                .as("a claim for the old start is refused").isFalse();
        assertThat(inTransaction(() -> repository().markReminderQueued(appointment.code(), newStart, oneDay)))
                .isTrue();
        assertThat(inTransaction(() -> repository().awaitingReminder(newStart.minus(oneDay), newStart.plusSeconds(1),
                oneDay, 10))).isEmpty();
    }

    @Test
    void only_confirmed_appointments_in_the_window_await_a_reminder_earliest_first() {
        List<ConfirmationCode> codes = sortedCodes(4);
        Instant nine = Instant.parse("2026-11-30T15:00:00Z");
        Appointment late = confirmed(codes.get(0), "G1000001", nine.plus(Duration.ofHours(2)));
        Appointment early = confirmed(codes.get(1), "G1000002", nine);
        Appointment outside = confirmed(codes.get(2), "G1000003", nine.plus(Duration.ofHours(30)));
        Appointment unverified = hold(codes.get(3), DomainFixtures.cdmx().id(), "G1000004", nine);
        Appointment cancelled = confirmed(new ConfirmationCode(CODE_2), "G1000005", nine);
        cancelled.cancel(NOW, new ChangePolicy(Duration.ofHours(24)));
        inTransaction(() -> List.of(late, early, outside, unverified, cancelled).forEach(repository()::add));
        Duration oneDay = Duration.ofHours(24);

        assertThat(inTransaction(() -> repository().awaitingReminder(nine, nine.plus(oneDay), oneDay, 10)))
                .containsExactly(early.code(), late.code());
        assertThat(inTransaction(() -> repository().awaitingReminder(nine, nine.plus(oneDay), oneDay, 1)))
                .containsExactly(early.code());
        assertThat(inTransaction(() -> repository().markReminderQueued(cancelled.code(), nine, oneDay))).isFalse();
        assertThat(inTransaction(() -> repository().markReminderQueued(unverified.code(), nine, oneDay))).isFalse();
    }

    @Test
    void an_offices_appointments_of_a_period_come_by_start_then_code_whatever_their_status() {
        OfficeId cdmx = DomainFixtures.cdmx().id();
        Instant nine = Instant.parse("2026-11-30T15:00:00Z");
        Instant halfPast = nine.plus(Duration.ofMinutes(30));
        Instant ten = nine.plus(Duration.ofHours(1));
        List<ConfirmationCode> codes = sortedCodes(6);
        Appointment expiredAtHalfPast = hold(codes.get(0), cdmx, "G1000003", halfPast);
        Appointment firstAtNine = hold(codes.get(1), cdmx, "G1000002", nine);
        Appointment laterAtNine = hold(codes.get(2), cdmx, "G1000001", nine);
        inTransaction(() -> {
            repository().add(expiredAtHalfPast);
            repository().add(laterAtNine);
            repository().add(firstAtNine);
            repository().add(hold(codes.get(3), cdmx, "G1000004", ten));
            repository().add(hold(codes.get(4), cdmx, "G1000005", nine.minusSeconds(1)));
            repository().add(hold(codes.get(5), DomainFixtures.tijuana().id(), "G1000006", nine));
        });
        expiredAtHalfPast.expireIfDue(expiredAtHalfPast.holdExpiresAt());
        inTransaction(() -> repository().update(expiredAtHalfPast));

        List<Appointment> found = inTransaction(() -> repository().findStartingBetween(cdmx, nine, ten));

        assertThat(found).extracting(Appointment::code)
                .containsExactly(firstAtNine.code(), laterAtNine.code(), expiredAtHalfPast.code());
        assertThat(found.get(2).status()).isEqualTo(AppointmentStatus.EXPIRED);
        assertThat(found.get(0).applicant()).isEqualTo(firstAtNine.applicant());
    }

    @Test
    void an_offices_appointments_for_one_passport_come_by_start_then_code_whatever_their_status() {
        OfficeId cdmx = DomainFixtures.cdmx().id();
        Instant nine = Instant.parse("2026-11-30T15:00:00Z");
        List<ConfirmationCode> codes = sortedCodes(4);
        Appointment expiredAtTen = hold(codes.get(0), cdmx, "G7777777", nine.plus(Duration.ofHours(1)));
        Appointment expiredInTijuana = hold(codes.get(1), DomainFixtures.tijuana().id(), "G7777777", nine);
        Appointment heldAtNine = hold(codes.get(2), cdmx, "G7777777", nine);
        for (Appointment released : List.of(expiredAtTen, expiredInTijuana)) {
            inTransaction(() -> repository().add(released));
            released.expireIfDue(released.holdExpiresAt());
            inTransaction(() -> repository().update(released));
        }
        inTransaction(() -> {
            repository().add(heldAtNine);
            repository().add(hold(codes.get(3), cdmx, "G7777778", nine));
        });

        assertThat(inTransaction(() -> repository().findByPassport(cdmx, new PassportNumber("g777-7777"))))
                .extracting(Appointment::code).containsExactly(heldAtNine.code(), expiredAtTen.code());
        assertThat(inTransaction(() -> repository().findByPassport(DomainFixtures.cancun().id(),
                new PassportNumber("G7777777")))).isEmpty();
    }

    @Test
    void appointments_that_started_before_a_moment_and_still_hold_personal_data_come_by_start_then_code() {
        OfficeId cdmx = DomainFixtures.cdmx().id();
        Instant nine = Instant.parse("2026-11-30T15:00:00Z");
        List<ConfirmationCode> codes = sortedCodes(5);
        Appointment firstAtNine = hold(codes.get(0), cdmx, "G1000001", nine);
        Appointment laterAtNine = hold(codes.get(1), cdmx, "G1000002", nine);
        Appointment earlierInTijuana = hold(codes.get(2), DomainFixtures.tijuana().id(), "G1000003",
                nine.minusSeconds(1800));
        Appointment alreadyAnonymised = hold(codes.get(3), cdmx, "G1000004", nine.minusSeconds(3600));
        inTransaction(() -> {
            repository().add(laterAtNine);
            repository().add(firstAtNine);
            repository().add(earlierInTijuana);
            repository().add(alreadyAnonymised);
            repository().add(hold(codes.get(4), cdmx, "G1000005", nine.plusSeconds(1)));
        });
        Instant aYearLater = nine.plus(Duration.ofDays(400));
        alreadyAnonymised.anonymise(aYearLater, new RetentionPolicy(365));
        inTransaction(() -> repository().update(alreadyAnonymised));

        assertThat(inTransaction(() -> repository().withPersonalDataStartingBefore(nine.plusSeconds(1), 10)))
                .containsExactly(earlierInTijuana.code(), firstAtNine.code(), laterAtNine.code());
        assertThat(inTransaction(() -> repository().withPersonalDataStartingBefore(nine.plusSeconds(1), 2)))
                .containsExactly(earlierInTijuana.code(), firstAtNine.code());
        assertThat(inTransaction(() -> repository().withPersonalDataStartingBefore(nine.minusSeconds(1800), 10)))
                .isEmpty();
    }

    @Test
    void an_anonymised_appointment_comes_back_anonymised_with_its_placeholders_and_its_figures() {
        Appointment confirmed = DomainFixtures.hold(CODE_1, "G1234567", NOW);
        confirmed.verify("123456", NOW, 5);
        inTransaction(() -> repository().add(confirmed));
        confirmed.anonymise(confirmed.start().plus(Duration.ofDays(400)), new RetentionPolicy(365));

        inTransaction(() -> repository().update(confirmed));

        Appointment found = inTransaction(() -> repository().findByCode(confirmed.code())).orElseThrow();
        assertThat(found.isAnonymised()).isTrue();
        assertThat(found.applicant()).isEqualTo(confirmed.applicant());
        assertThat(found.applicant().passport().value()).isEqualTo("ANON" + CODE_1);
        assertThat(found.status()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(found.start()).isEqualTo(confirmed.start());
        assertThat(inTransaction(() -> repository().findByPassport(found.office(), new PassportNumber("G1234567"))))
                .isEmpty();
        // the person may book the procedure again: the active key no longer holds their passport
        inTransaction(() -> repository().add(DomainFixtures.hold(CODE_2, "G1234567", NOW)));
    }

    /** Valid codes, in the order the store sorts them. */
    private static List<ConfirmationCode> sortedCodes(int count) {
        Random random = new Random(42);
        return IntStream.range(0, count).mapToObj(i -> ConfirmationCode.random(random)).distinct()
                .sorted((a, b) -> a.value().compareTo(b.value())).toList();
    }

    private static Appointment hold(ConfirmationCode code, OfficeId office, String passport, Instant start) {
        return Appointment.hold(code, office, DomainFixtures.CANJE_RT, DomainFixtures.applicant(passport), start,
                Duration.ofMinutes(30), "123456", NOW, Duration.ofMinutes(15));
    }

    private static Appointment confirmed(ConfirmationCode code, String passport, Instant start) {
        Appointment appointment = hold(code, DomainFixtures.cdmx().id(), passport, start);
        appointment.verify("123456", NOW, 5);
        return appointment;
    }
}
