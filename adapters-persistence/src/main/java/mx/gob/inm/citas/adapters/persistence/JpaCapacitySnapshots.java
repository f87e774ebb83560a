package mx.gob.inm.citas.adapters.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityExistsException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mx.gob.inm.citas.application.port.out.CapacitySnapshots;
import mx.gob.inm.citas.domain.capacity.CapacitySnapshot;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.shared.EditConflictException;

/**
 * Adapter: the nightly capacity snapshots in {@code capacity_snapshot} (V14). An office-day's rows are inserted in the
 * caller's transaction and written at once, so that the primary key's verdict arrives here: a second snapshot of the
 * same office, day and procedure, from this instance or another, is refused as an {@link EditConflictException}
 * (another instance's insert waits on the first's uncommitted row, then is refused once it commits).
 */
@ApplicationScoped
class JpaCapacitySnapshots implements CapacitySnapshots {

    @PersistenceContext(unitName = CitasPersistence.UNIT)
    private EntityManager em;

    JpaCapacitySnapshots() {
    }

    JpaCapacitySnapshots(EntityManager em) {
        this.em = em;
    }

    @Override
    public void record(List<CapacitySnapshot> snapshots) {
        if (snapshots.isEmpty()) {
            return;
        }
        CapacitySnapshot first = snapshots.get(0);
        requireOneOfficeDay(snapshots);
        try {
            for (CapacitySnapshot snapshot : inKeyOrder(snapshots)) {
                em.persist(CapacitySnapshotMapper.toEntity(snapshot));
                em.flush();
            }
        } catch (PersistenceException e) {
            if (e instanceof EntityExistsException
                    || ConstraintViolations.isDuplicatePrimaryKey(e, "CAPACITY_SNAPSHOT", "PK_CAPACITY_SNAPSHOT")) {
                throw new EditConflictException("the capacity snapshot of office " + first.office() + " for "
                        + first.day());
            }
            throw e;
        }
    }

    @Override
    public boolean hasDay(OfficeId office, LocalDate day) {
        return !em.createQuery("SELECT s.procedureCode FROM CapacitySnapshotEntity s WHERE s.officeId = :office"
                + " AND s.day = :day", String.class)
                .setParameter("office", office.value()).setParameter("day", day).setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public Optional<LocalDate> lastDay(OfficeId office) {
        return Optional.ofNullable(em.createQuery("SELECT MAX(s.day) FROM CapacitySnapshotEntity s"
                + " WHERE s.officeId = :office", LocalDate.class)
                .setParameter("office", office.value()).getSingleResult());
    }

    @Override
    public List<CapacitySnapshot> between(OfficeId office, LocalDate from, LocalDate to) {
        // the columns, not the entities: the dashboard reads weeks of rows of each procedure, and entities would be
        // built and kept in the shared cache (or, kept in the transaction's unit of work, compared field by field
        // before each later query of it), which was most of this read's time in the office view's profile
        return em.createQuery("SELECT s.procedureCode, s.day, s.takenAt, s.measured, s.offeredPlaces, s.freePlaces,"
                + " s.nextFreeDay, s.bookings, s.cancellations FROM CapacitySnapshotEntity s"
                + " WHERE s.officeId = :office AND s.day >= :from AND s.day <= :to ORDER BY s.day, s.procedureCode",
                Object[].class)
                .setParameter("office", office.value()).setParameter("from", from).setParameter("to", to)
                .getResultList().stream()
                .map(row -> CapacitySnapshotMapper.toDomain(office, row)).toList();
    }

    /**
     * Rows are written one by one in the order of their key, so two instances recording the same office-day lock its
     * rows in the same order: the second waits on the first's row and is refused, rather than each holding a row the
     * other waits for (a deadlock, which the database would end with an error of another kind).
     */
    private static List<CapacitySnapshot> inKeyOrder(List<CapacitySnapshot> snapshots) {
        return snapshots.stream().sorted(Comparator.comparing(s -> s.procedure().value())).toList();
    }

    /** The port records one office-day at a time, each procedure once. */
    static void requireOneOfficeDay(List<CapacitySnapshot> snapshots) {
        CapacitySnapshot first = snapshots.get(0);
        Set<ProcedureCode> procedures = new HashSet<>();
        for (CapacitySnapshot snapshot : snapshots) {
            if (!snapshot.office().equals(first.office()) || !snapshot.day().equals(first.day())
                    || !procedures.add(snapshot.procedure())) {
                throw new IllegalArgumentException("Snapshots are recorded one office-day at a time, each procedure"
                        + " once: " + snapshot.office() + " " + snapshot.day() + " " + snapshot.procedure()
                        + " among those of " + first.office() + " " + first.day());
            }
        }
    }
}
