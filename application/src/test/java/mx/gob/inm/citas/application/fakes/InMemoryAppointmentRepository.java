package mx.gob.inm.citas.application.fakes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.gob.inm.citas.application.port.out.AppointmentRepository;
import mx.gob.inm.citas.application.port.out.CapacityStatistics;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.AppointmentRefusedException;
import mx.gob.inm.citas.domain.appointment.AppointmentStatus;
import mx.gob.inm.citas.domain.appointment.Cancellation;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import mx.gob.inm.citas.domain.appointment.PassportNumber;
import mx.gob.inm.citas.domain.office.OfficeId;

/** Fake of {@link AppointmentRepository}: keeps copies, and active keys unique like the real store. */
public class InMemoryAppointmentRepository implements AppointmentRepository, Snapshotting {

    private static final Comparator<Appointment> BY_START_THEN_CODE = Comparator.comparing(Appointment::start)
            .thenComparing(a -> a.code().value());

    private final Map<ConfirmationCode, Appointment> appointments = new HashMap<>();
    /** The start the appointment's reminders refer to, and the shortest lead queued for it. */
    private record QueuedReminder(Instant start, Duration lead) {
    }

    private final Map<ConfirmationCode, QueuedReminder> remindersQueuedFor = new HashMap<>();

    /** A change to an appointment's status or time, made late after its slot began (its slot before the change). */
    public record LateChange(OfficeId office, Instant slotStart, Instant at) {
    }

    private final List<LateChange> lateChanges = new ArrayList<>();
    private final Clock clock;

    /** The late changes are judged by the system's clock. */
    public InMemoryAppointmentRepository() {
        this(Clock.systemUTC());
    }

    /** The late changes are judged by {@code clock}. */
    public InMemoryAppointmentRepository(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Object snapshot() {
        return List.of(new HashMap<>(appointments), new HashMap<>(remindersQueuedFor), List.copyOf(lateChanges));
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        List<?> saved = (List<?>) snapshot;
        appointments.clear();
        appointments.putAll((Map<ConfirmationCode, Appointment>) saved.get(0));
        remindersQueuedFor.clear();
        remindersQueuedFor.putAll((Map<ConfirmationCode, QueuedReminder>) saved.get(1));
        lateChanges.clear();
        lateChanges.addAll((List<LateChange>) (List<?>) saved.get(2));
    }

    @Override
    public synchronized void add(Appointment appointment) {
        if (appointments.containsKey(appointment.code())) {
            throw new IllegalStateException("Duplicate confirmation code " + appointment.code());
        }
        checkActiveKeyIsFree(appointment);
        appointments.put(appointment.code(), copy(appointment));
    }

    @Override
    public synchronized void update(Appointment appointment) {
        if (!appointments.containsKey(appointment.code())) {
            throw new IllegalStateException("No appointment " + appointment.code() + " to update");
        }
        checkActiveKeyIsFree(appointment);
        Appointment before = appointments.get(appointment.code());
        Instant now = clock.instant();
        boolean changed = !before.start().equals(appointment.start()) || before.status() != appointment.status()
                || !before.cancellation().map(Cancellation::by).equals(appointment.cancellation().map(Cancellation::by));
        if (changed && !before.start().plus(CapacityStatistics.LATE_CHANGE).isAfter(now)) {
            lateChanges.add(new LateChange(before.office(), before.start(), now));
        }
        appointments.put(appointment.code(), copy(appointment));
    }

    /** The late changes logged, in the order made. */
    public synchronized List<LateChange> lateChanges() {
        return List.copyOf(lateChanges);
    }

    @Override
    public synchronized Optional<Appointment> findByCode(ConfirmationCode code) {
        return Optional.ofNullable(appointments.get(code)).map(InMemoryAppointmentRepository::copy);
    }

    @Override
    public synchronized List<ConfirmationCode> expiredHolds(Instant now, int limit) {
        return appointments.values().stream()
                .filter(a -> a.status() == AppointmentStatus.PENDING_VERIFICATION && !now.isBefore(a.holdExpiresAt()))
                .sorted(Comparator.comparing(Appointment::holdExpiresAt)).limit(limit).map(Appointment::code).toList();
    }

    @Override
    public synchronized boolean hasConfirmed(String holderKey) {
        return appointments.values().stream().anyMatch(a -> a.status() == AppointmentStatus.CONFIRMED
                && a.holderKey().orElseThrow().equals(holderKey));
    }

    @Override
    public synchronized List<ConfirmationCode> supersededHolds(int limit) {
        return appointments.values().stream()
                .filter(a -> a.status() == AppointmentStatus.PENDING_VERIFICATION
                        && hasConfirmed(a.holderKey().orElseThrow()))
                .sorted(Comparator.comparing(Appointment::holdExpiresAt)).limit(limit).map(Appointment::code).toList();
    }

    @Override
    public synchronized List<ConfirmationCode> awaitingReminder(Instant from, Instant to, Duration lead,
            int limit) {
        return appointments.values().stream()
                .filter(a -> a.status() == AppointmentStatus.CONFIRMED && !a.start().isBefore(from)
                        && a.start().isBefore(to) && awaits(a.code(), a.start(), lead))
                .sorted(Comparator.comparing(Appointment::start)).limit(limit).map(Appointment::code).toList();
    }

    @Override
    public synchronized boolean markReminderQueued(ConfirmationCode code, Instant start, Duration lead) {
        Appointment appointment = appointments.get(code);
        if (appointment == null || appointment.status() != AppointmentStatus.CONFIRMED
                || !appointment.start().equals(start) || !awaits(code, start, lead)) {
            return false;
        }
        remindersQueuedFor.put(code, new QueuedReminder(start, lead));
        return true;
    }

    private boolean awaits(ConfirmationCode code, Instant start, Duration lead) {
        QueuedReminder queued = remindersQueuedFor.get(code);
        return queued == null || !queued.start().equals(start) || queued.lead().compareTo(lead) > 0;
    }

    @Override
    public synchronized List<Appointment> findStartingBetween(OfficeId office, Instant from, Instant to) {
        return appointments.values().stream()
                .filter(a -> a.office().equals(office) && !a.start().isBefore(from) && a.start().isBefore(to))
                .sorted(BY_START_THEN_CODE).map(InMemoryAppointmentRepository::copy).toList();
    }

    @Override
    public synchronized List<Appointment> findByPassport(OfficeId office, PassportNumber passport) {
        return appointments.values().stream()
                .filter(a -> a.office().equals(office) && a.applicant().passport().equals(passport))
                .sorted(BY_START_THEN_CODE).map(InMemoryAppointmentRepository::copy).toList();
    }

    @Override
    public synchronized List<ConfirmationCode> withPersonalDataStartingBefore(Instant before, int limit) {
        return appointments.values().stream().filter(a -> !a.isAnonymised() && a.start().isBefore(before))
                .sorted(BY_START_THEN_CODE).limit(limit).map(Appointment::code).toList();
    }

    /** Copies of every appointment stored, for the fakes that count them ({@link InMemoryCapacityStatistics}) and tests. */
    public synchronized List<Appointment> all() {
        return appointments.values().stream().map(InMemoryAppointmentRepository::copy).toList();
    }

    private void checkActiveKeyIsFree(Appointment appointment) {
        appointment.activeKey().ifPresent(key -> {
            boolean taken = appointments.values().stream().anyMatch(other -> !other.code().equals(appointment.code())
                    && other.activeKey().filter(key::equals).isPresent());
            if (taken) {
                throw new AppointmentRefusedException(AppointmentRefusedException.Reason.ALREADY_BOOKED,
                        "This passport already has an active appointment for this procedure");
            }
        });
    }

    private static Appointment copy(Appointment a) {
        return Appointment.reconstitute(a.code(), a.office(), a.procedure(), a.applicant(), a.start(), a.duration(),
                a.status(), a.verificationCode(), a.holdExpiresAt(), a.failedVerifications(), a.verificationResends(),
                a.sequence(),
                a.createdAt(), a.isAnonymised(), a.cancellation().orElse(null), a.staffReason().orElse(null),
                a.emailChanges());
    }
}
