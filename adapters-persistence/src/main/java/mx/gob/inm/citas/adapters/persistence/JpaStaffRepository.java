package mx.gob.inm.citas.adapters.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityExistsException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import mx.gob.inm.citas.application.port.out.StaffRepository;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import mx.gob.inm.citas.domain.staff.StaffMember;
import mx.gob.inm.citas.domain.staff.Username;

/**
 * Adapter: stores staff accounts with JPA. The primary key refuses a taken username, also when two admins create
 * it at the same moment; the {@code version} column makes two admins' concurrent changes of one account fail
 * instead of one silently overwriting the other.
 */
@ApplicationScoped
class JpaStaffRepository implements StaffRepository {

    @PersistenceContext(unitName = CitasPersistence.UNIT)
    private EntityManager em;

    JpaStaffRepository() {
    }

    JpaStaffRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<StaffMember> findByUsername(Username username) {
        return Optional.ofNullable(em.find(StaffUserEntity.class, username.value())).map(StaffMapper::toDomain);
    }

    @Override
    public List<StaffMember> findAll() {
        return em.createQuery("SELECT s FROM StaffUserEntity s ORDER BY s.username", StaffUserEntity.class)
                .getResultStream().map(StaffMapper::toDomain).toList();
    }

    @Override
    public void add(StaffMember member) {
        StaffUserEntity entity = StaffMapper.copy(member, new StaffUserEntity());
        entity.createdAt = Utc.of(Instant.now());
        try {
            em.persist(entity);
            // Writes now, so that the database's verdict on the username arrives here, as a refusal.
            em.flush();
        } catch (PersistenceException e) {
            if (e instanceof EntityExistsException
                    || ConstraintViolations.isDuplicatePrimaryKey(e, "STAFF_USER", "PK_STAFF_USER")) {
                throw new InvalidValueException("The username " + member.username() + " is already taken");
            }
            throw e;
        }
    }

    @Override
    public void update(StaffMember member) {
        StaffUserEntity entity = em.find(StaffUserEntity.class, member.username().value());
        if (entity == null) {
            throw new IllegalStateException("There is no account " + member.username() + " to update");
        }
        // A change of the offices alone (another table) raises the version too, so it is checked like any other.
        StaffMapper.copy(member, entity);
        em.flush();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(s) FROM StaffUserEntity s", Long.class).getSingleResult();
    }
}
