package mx.gob.inm.citas.adapters.persistence;

import static mx.gob.inm.citas.domain.appointment.AppointmentRefusedException.Reason.ALREADY_BOOKED;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import mx.gob.inm.citas.application.port.out.AppointmentRepository;
import mx.gob.inm.citas.application.port.out.CapacityStatistics;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.AppointmentRefusedException;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import mx.gob.inm.citas.domain.appointment.PassportNumber;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.shared.EditConflictException;

/**
 * Adapter: stores appointments with JPA. The unique {@code active_key} makes the database refuse a second active
 * appointment per person and procedure; the {@code version} column makes concurrent changes of one appointment
 * fail instead of overwriting each other. A change to an appointment's status or time made
 * {@link CapacityStatistics#LATE_CHANGE late} after its slot began is logged in {@code appointment_late_change}, in
 * the same transaction, for the dashboards that keep the figures of days gone by.
 */
@ApplicationScoped
class JpaAppointmentRepository implements AppointmentRepository {

    static final String LOG_LATE_CHANGE = "INSERT INTO appointment_late_change (change_no, office_id, slot_start,"
            + " changed_at) VALUES (appointment_late_change_seq.NEXTVAL, ?, ?, ?)";

    @PersistenceContext(unitName = CitasPersistence.UNIT)
    private EntityManager em;

    @Inject
    private Clock clock;

    JpaAppointmentRepository() {
    }

    /** Late changes judged by the system's clock. */
    JpaAppointmentRepository(EntityManager em) {
        this(em, Clock.systemUTC());
    }

    JpaAppointmentRepository(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Override
    public void add(Appointment appointment) {
        em.persist(AppointmentMapper.copy(appointment, new AppointmentEntity()));
        flushRecognisingDuplicates();
    }

    @Override
    public void update(Appointment appointment) {
        AppointmentEntity entity = em.find(AppointmentEntity.class, appointment.code().value());
        if (entity == null) {
            throw new IllegalStateException("There is no appointment " + appointment.code() + " to update");
        }
        String office = entity.officeId;
        LocalDateTime slot = entity.slotStart;
        String status = entity.status;
        String cancelledBy = entity.cancelledBy;
        AppointmentMapper.copy(appointment, entity);
        boolean changed = !slot.equals(entity.slotStart) || !status.equals(entity.status)
                || !Objects.equals(cancelledBy, entity.cancelledBy);
        try {
            flushRecognisingDuplicates();
        } catch (OptimisticLockException e) {
            // two staff changed it at once from what they both read: the second hears "reload and redo"
            throw new EditConflictException("the appointment " + appointment.code().value());
        }
        // after the flush: an edit conflict is heard before anything is logged
        Instant now = clock.instant();
        if (changed && !Utc.instant(slot).plus(CapacityStatistics.LATE_CHANGE).isAfter(now)) {
            em.createNativeQuery(LOG_LATE_CHANGE).setParameter(1, office).setParameter(2, slot)
                    .setParameter(3, Utc.of(now)).executeUpdate();
        }
    }

    @Override
    public Optional<Appointment> findByCode(ConfirmationCode code) {
        return Optional.ofNullable(em.find(AppointmentEntity.class, code.value())).map(AppointmentMapper::toDomain);
    }

    @Override
    public List<ConfirmationCode> expiredHolds(Instant now, int limit) {
        return codes(em.createQuery("SELECT a.code FROM AppointmentEntity a WHERE a.status = 'PENDING_VERIFICATION'"
                + " AND a.holdExpiresAt <= :now ORDER BY a.holdExpiresAt", String.class)
                .setParameter("now", Utc.of(now)).setMaxResults(limit).getResultList());
    }

    @Override
    public boolean hasConfirmed(String holderKey) {
        return !em.createQuery("SELECT a.code FROM AppointmentEntity a WHERE a.holderKey = :holder"
                + " AND a.status = 'CONFIRMED'", String.class).setParameter("holder", holderKey).setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public List<ConfirmationCode> supersededHolds(int limit) {
        return codes(em.createQuery("SELECT a.code FROM AppointmentEntity a WHERE a.status = 'PENDING_VERIFICATION'"
                + " AND EXISTS (SELECT c.code FROM AppointmentEntity c WHERE c.holderKey = a.holderKey"
                + " AND c.status = 'CONFIRMED') ORDER BY a.holdExpiresAt", String.class)
                .setMaxResults(limit).getResultList());
    }

    @Override
    public List<ConfirmationCode> awaitingReminder(Instant from, Instant to, Duration lead, int limit) {
        return codes(em.createQuery("SELECT a.code FROM AppointmentEntity a WHERE a.status = 'CONFIRMED'"
                + " AND a.slotStart >= :from AND a.slotStart < :to AND (a.reminderFor IS NULL"
                + " OR a.reminderFor <> a.slotStart OR a.reminderLeadMinutes > :lead) ORDER BY a.slotStart, a.code",
                String.class)
                .setParameter("from", Utc.of(from)).setParameter("to", Utc.of(to))
                .setParameter("lead", minutes(lead)).setMaxResults(limit).getResultList());
    }

    /** One conditional update: of several instances claiming the same reminder, exactly one changes the row. */
    @Override
    public boolean markReminderQueued(ConfirmationCode code, Instant start, Duration lead) {
        return em.createQuery("UPDATE AppointmentEntity a SET a.reminderFor = :start, a.reminderLeadMinutes = :lead"
                + " WHERE a.code = :code AND a.status = 'CONFIRMED' AND a.slotStart = :start"
                + " AND (a.reminderFor IS NULL OR a.reminderFor <> :start OR a.reminderLeadMinutes > :lead)")
                .setParameter("start", Utc.of(start)).setParameter("lead", minutes(lead))
                .setParameter("code", code.value()).executeUpdate() == 1;
    }

    private static int minutes(Duration lead) {
        return Math.toIntExact(lead.toMinutes());
    }

    @Override
    public List<Appointment> findStartingBetween(OfficeId office, Instant from, Instant to) {
        return em.createQuery("SELECT a FROM AppointmentEntity a WHERE a.officeId = :office"
                + " AND a.slotStart >= :from AND a.slotStart < :to ORDER BY a.slotStart, a.code",
                AppointmentEntity.class)
                .setParameter("office", office.value()).setParameter("from", Utc.of(from))
                .setParameter("to", Utc.of(to))
                .getResultStream().map(AppointmentMapper::toDomain).toList();
    }

    @Override
    public List<Appointment> findByPassport(OfficeId office, PassportNumber passport) {
        return em.createQuery("SELECT a FROM AppointmentEntity a WHERE a.officeId = :office"
                + " AND a.passportNumber = :passport ORDER BY a.slotStart, a.code", AppointmentEntity.class)
                .setParameter("office", office.value()).setParameter("passport", passport.value())
                .getResultStream().map(AppointmentMapper::toDomain).toList();
    }

    @Override
    public List<ConfirmationCode> withPersonalDataStartingBefore(Instant before, int limit) {
        return codes(em.createQuery("SELECT a.code FROM AppointmentEntity a WHERE a.anonymised = :no"
                + " AND a.slotStart < :before ORDER BY a.slotStart, a.code", String.class)
                .setParameter("no", false).setParameter("before", Utc.of(before)).setMaxResults(limit)
                .getResultList());
    }

    /** Writes now, so that the database's verdict on the unique active key arrives as a domain refusal. */
    private void flushRecognisingDuplicates() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (ConstraintViolations.isViolationOf(e, "UQ_APPOINTMENT_ACTIVE")) {
                throw new AppointmentRefusedException(ALREADY_BOOKED, "This passport already has an appointment for"
                        + " this procedure held with this e-mail address; cancel it or move it instead");
            }
            throw e;
        }
    }

    private static List<ConfirmationCode> codes(List<String> values) {
        return values.stream().map(ConfirmationCode::new).toList();
    }
}
