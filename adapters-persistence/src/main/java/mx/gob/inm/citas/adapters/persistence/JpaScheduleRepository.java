package mx.gob.inm.citas.adapters.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import mx.gob.inm.citas.application.port.out.ScheduleRepository;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.schedule.WeeklySchedule;
import mx.gob.inm.citas.domain.shared.EditConflictException;

/**
 * Adapter: stores weekly schedules with JPA, one row per opening period; the office's row counts the saves of its
 * week ({@code schedule_revision}).
 */
@ApplicationScoped
class JpaScheduleRepository implements ScheduleRepository {

    private static final String NEXT_REVISION =
            "UPDATE office SET schedule_revision = schedule_revision + 1 WHERE id = ?";

    @PersistenceContext(unitName = CitasPersistence.UNIT)
    private EntityManager em;

    private final ReadCache<OfficeId, WeeklySchedule> byOffice = new ReadCache<>();

    JpaScheduleRepository() {
    }

    JpaScheduleRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public WeeklySchedule findByOffice(OfficeId office) {
        return byOffice.get(office, key -> ScheduleMapper.toDomain(key, periodsOf(key)));
    }

    @Override
    public void save(WeeklySchedule schedule) {
        em.createNativeQuery(NEXT_REVISION).setParameter(1, schedule.office().value()).executeUpdate();
        replacePeriods(schedule);
    }

    /** Forgets the cached week too: the week read next is the stored one, at this revision or later. */
    @Override
    public long revision(OfficeId office) {
        byOffice.forget(office);
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
    }

    private void replacePeriods(WeeklySchedule schedule) {
        byOffice.forget(schedule.office());
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
