package mx.gob.inm.citas.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import mx.gob.inm.citas.application.port.out.AppointmentRepository;
import mx.gob.inm.citas.application.port.out.NotificationKind;
import mx.gob.inm.citas.application.port.out.OfficeRepository;
import mx.gob.inm.citas.application.port.out.Outbox;
import mx.gob.inm.citas.application.port.out.OutboxMessage;
import mx.gob.inm.citas.application.port.out.ProcedureRepository;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.appointment.Appointment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link Outbox} must have; run against the fake and the real adapter. */
public abstract class OutboxContract extends RepositoryContract {

    private static final Instant NOW = Instant.parse("2026-11-27T15:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(2);

    protected abstract Outbox outbox();

    protected abstract AppointmentRepository appointments();

    protected abstract OfficeRepository offices();

    protected abstract ProcedureRepository procedures();

    private final Appointment appointment = DomainFixtures.hold(DomainFixtures.CODE_1, "G1234567", NOW);
    private final OutboxMessage message = OutboxMessage.of("3f1c2a9e-0000-4000-8000-000000000001",
            appointment.code(), NotificationKind.VERIFICATION, appointment.start(), 0, NOW);

    @BeforeEach
    void an_appointment_has_a_message_waiting() {
        inTransaction(() -> {
            offices().save(DomainFixtures.cdmx());
            procedures().save(DomainFixtures.exchangeOfVisa());
        });
        inTransaction(() -> appointments().add(appointment));
        inTransaction(() -> outbox().enqueue(message));
    }

    @Test
    void the_latest_message_about_an_appointment_at_a_start_says_when_it_was_last_told() {
        OutboxMessage later = OutboxMessage.of("3f1c2a9e-0000-4000-8000-000000000002", appointment.code(),
                NotificationKind.CONFIRMATION, appointment.start(), 0, NOW.plus(Duration.ofMinutes(3)));
        OutboxMessage otherStart = OutboxMessage.of("3f1c2a9e-0000-4000-8000-000000000003", appointment.code(),
                NotificationKind.RESCHEDULE, appointment.start().plus(Duration.ofDays(1)), 1,
                NOW.plus(Duration.ofMinutes(9)));
        inTransaction(() -> {
            outbox().enqueue(later);
            outbox().enqueue(otherStart);
        });
        inTransaction(() -> outbox().markSent(later.id(), NOW.plus(Duration.ofMinutes(4))));

        assertThat(inTransaction(() -> outbox().lastQueuedAbout(appointment.code(), appointment.start())))
                .contains(later.createdAt());
        assertThat(inTransaction(() -> outbox().lastQueuedAbout(appointment.code(), otherStart.start())))
                .contains(otherStart.createdAt());
        Instant never = appointment.start().minusSeconds(1);
        assertThat(inTransaction(() -> outbox().lastQueuedAbout(appointment.code(), never))).isEmpty();
    }

    @Test
    void a_due_message_is_handed_to_one_claimant_until_its_lease_runs_out() {
        assertThat(inTransaction(() -> outbox().claimDue(NOW, LEASE, 10))).containsExactly(message);
        assertThat(inTransaction(() -> outbox().claimDue(NOW.plusSeconds(60), LEASE, 10))).isEmpty();
        assertThat(inTransaction(() -> outbox().claimDue(NOW.plus(LEASE), LEASE, 10))).containsExactly(message);
    }

    @Test
    void a_sent_message_is_never_handed_out_again() {
        inTransaction(() -> outbox().claimDue(NOW, LEASE, 10));
        inTransaction(() -> outbox().markSent(message.id(), NOW));
        assertThat(inTransaction(() -> outbox().claimDue(NOW.plus(Duration.ofDays(1)), LEASE, 10))).isEmpty();
    }

    @Test
    void a_failed_message_waits_for_its_next_attempt_and_counts_it() {
        inTransaction(() -> outbox().claimDue(NOW, LEASE, 10));
        inTransaction(() -> outbox().markFailed(message.id(), 1, NOW.plus(Duration.ofMinutes(5)),
                "Connection refused"));

        assertThat(inTransaction(() -> outbox().claimDue(NOW.plus(Duration.ofMinutes(4)), LEASE, 10))).isEmpty();
        assertThat(inTransaction(() -> outbox().claimDue(NOW.plus(Duration.ofMinutes(5)), LEASE, 10)))
                .singleElement().satisfies(m -> {
                    assertThat(m.id()).isEqualTo(message.id());
                    assertThat(m.attempts()).isEqualTo(1);
                });
    }

    @Test
    void every_kind_of_message_can_be_queued() {
        List<OutboxMessage> each = Arrays.stream(NotificationKind.values())
                .map(kind -> OutboxMessage.of("3f1c2a9e-0000-4000-8000-00000000010" + kind.ordinal(),
                        appointment.code(), kind, appointment.start(), 1, NOW.plusSeconds(1)))
                .toList();
        inTransaction(() -> each.forEach(outbox()::enqueue));

        assertThat(inTransaction(() -> outbox().claimDue(NOW.plusSeconds(1), LEASE, 100)))
                .extracting(OutboxMessage::kind).containsAll(Arrays.asList(NotificationKind.values()))
                .contains(NotificationKind.CANCELLED_BY_OFFICE);
    }

    @Test
    void a_new_verification_code_goes_out_before_reminders_queued_earlier() {
        inTransaction(() -> outbox().claimDue(NOW, LEASE, 10));
        inTransaction(() -> outbox().markSent(message.id(), NOW));
        List<OutboxMessage> reminders = java.util.stream.IntStream.range(0, 5)
                .mapToObj(i -> OutboxMessage.of("3f1c2a9e-0000-4000-8000-00000000020" + i, appointment.code(),
                        NotificationKind.REMINDER, appointment.start(), 0, NOW.plusSeconds(i)))
                .toList();
        OutboxMessage code = OutboxMessage.of("3f1c2a9e-0000-4000-8000-000000000300", appointment.code(),
                NotificationKind.VERIFICATION, appointment.start(), 0, NOW.plusSeconds(30));
        inTransaction(() -> {
            reminders.forEach(outbox()::enqueue);
            outbox().enqueue(code);
        });

        assertThat(inTransaction(() -> outbox().claimDue(NOW.plusSeconds(60), LEASE, 2)))
                .extracting(OutboxMessage::kind).containsExactly(NotificationKind.VERIFICATION,
                        NotificationKind.REMINDER);
    }
}
