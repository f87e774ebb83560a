package mx.gob.inm.citas.adapters.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import mx.gob.inm.citas.application.port.out.ScheduleRepository;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.schedule.WeeklySchedule;

/** Adapter: stores weekly schedules with JPA, one row per opening period. */
@ApplicationScoped
class JpaScheduleRepository implements ScheduleRepository {

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
        byOffice.forget(schedule.office());
        // Removing entity by entity (not a bulk delete) also removes each period's procedure rows.
        periodsOf(schedule.office()).forEach(em::remove);
        em.flush();
        ScheduleMapper.toEntities(schedule).forEach(em::persist);
    }

    private List<OpeningPeriodEntity> periodsOf(OfficeId office) {
        return em.createQuery("SELECT p FROM OpeningPeriodEntity p WHERE p.officeId = :office"
                + " ORDER BY p.dayOfWeek, p.opensMinute", OpeningPeriodEntity.class)
                .setParameter("office", office.value()).getResultList();
    }
}
