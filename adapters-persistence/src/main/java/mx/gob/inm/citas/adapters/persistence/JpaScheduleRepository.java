package mx.gob.inm.citas.adapters.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import mx.gob.inm.citas.application.port.out.ScheduleRepository;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.schedule.WeeklySchedule;
import mx.gob.inm.citas.domain.shared.EditConflictException;

/**
 * Adapter: stores weekly schedules with JPA, one row per opening period; the office's row carries the revision of
 * its week ({@code schedule_revision}), a new number from a sequence at every save. Every read asks the database
 * for that revision (one primary-key read) and reads the periods again only when it moved, so a week saved by any
 * instance is seen by the next read everywhere: holds never take places from a week that was replaced.
 */
@ApplicationScoped
class JpaScheduleRepository implements ScheduleRepository {

    private static final String NEXT_REVISION =
            "UPDATE office SET schedule_revision = schedule_revision_seq.NEXTVAL WHERE id = ?";

    /** A week as read at one revision. */
    private record Revised(long revision, WeeklySchedule week) {
    }

    @PersistenceContext(unitName = CitasPersistence.UNIT)
    private EntityManager em;

    private final Map<OfficeId, Revised> byOffice = new ConcurrentHashMap<>();

    /** Told of every week saved, for the public calendar's answers (the Data Grid's in a cluster). */
    @Inject
    CatalogueVersions versions = CatalogueVersions.inMemory();

    JpaScheduleRepository() {
    }

    JpaScheduleRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * The periods are read between two reads of the revision and kept only when both agree: a save commits the
     * new periods and the new revision together, so agreeing reads mean the periods are that revision's.
     */
    @Override
    public WeeklySchedule findByOffice(OfficeId office) {
        long revision = revision(office);
        Revised cached = byOffice.get(office);
        while (cached == null || cached.revision() != revision) {
            WeeklySchedule week = ScheduleMapper.toDomain(office, periodsOf(office));
            long after = revision(office);
            if (after == revision) {
                cached = new Revised(revision, week);
                byOffice.put(office, cached);
            } else {
                revision = after;
            }
        }
        return cached.week();
    }

    @Override
    public void save(WeeklySchedule schedule) {
        em.createNativeQuery(NEXT_REVISION).setParameter(1, schedule.office().value()).executeUpdate();
        replacePeriods(schedule);
        CatalogueFreePlaceVersions.changing(versions, schedule.office());
    }

    @Override
    public long revision(OfficeId office) {
        List<?> rows = em.createNativeQuery("SELECT schedule_revision FROM office WHERE id = ?")
                .setParameter(1, office.value()).getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
    }

    /**
     * The conditional update locks the office's row until the transaction ends: of two saves from the same
     * revision, the second waits, then finds the revision moved on and changes nothing.
     */
    @Override
    public void save(WeeklySchedule schedule, long expectedRevision) {
        int moved = em.createNativeQuery(NEXT_REVISION + " AND schedule_revision = ?")
                .setParameter(1, schedule.office().value()).setParameter(2, expectedRevision).executeUpdate();
        if (moved == 0) {
            throw new EditConflictException("the week of office " + schedule.office());
        }
        replacePeriods(schedule);
        CatalogueFreePlaceVersions.changing(versions, schedule.office());
    }

    /**
     * The office's row is the one every save locks with its conditional update: holding it first keeps saves out
     * until this transaction ends, without moving the revision (a form opened before is still current).
     */
    @Override
    public void lockWeek(OfficeId office) {
        em.createNativeQuery("SELECT id FROM office WHERE id = ? FOR UPDATE").setParameter(1, office.value())
                .getResultList();
    }

    private void replacePeriods(WeeklySchedule schedule) {
        // Removing entity by entity (not a bulk delete) also removes each period's procedure rows.
        periodsOf(schedule.office()).forEach(em::remove);
        em.flush();
        ScheduleMapper.toEntities(schedule).forEach(em::persist);
    }

    /**
     * The periods with their procedures in one statement, so they are read as of one moment: read apart, a week
     * saved in between would leave the periods read first with none of their procedures.
     */
    private List<OpeningPeriodEntity> periodsOf(OfficeId office) {
        return em.createQuery("SELECT DISTINCT p FROM OpeningPeriodEntity p LEFT JOIN FETCH p.procedureCodes"
                + " WHERE p.officeId = :office ORDER BY p.dayOfWeek, p.opensMinute", OpeningPeriodEntity.class)
                .setParameter("office", office.value()).getResultList();
    }
}
