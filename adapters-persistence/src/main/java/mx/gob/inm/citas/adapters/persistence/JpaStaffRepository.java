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
import mx.gob.inm.citas.domain.staff.LastAdminException;
import mx.gob.inm.citas.domain.staff.StaffMember;
import mx.gob.inm.citas.domain.staff.StaffRole;
import mx.gob.inm.citas.domain.staff.Username;

/**
 * Adapter: stores staff accounts with JPA. The primary key refuses a taken username, also when two admins create
 * it at the same moment; the {@code version} column makes two admins' concurrent changes of one account fail
 * instead of one silently overwriting the other; the count in {@code admin_guard} (V9), moved in the same
 * transaction before the account's row, keeps at least one enabled admin.
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
        if (member.isAdmin()) {
            countEnabledAdmins(1, member.username());
        }
        StaffUserEntity entity = StaffMapper.copy(member, new StaffUserEntity());
        entity.createdAt = Utc.of(Instant.now());
        try {
            em.persist(entity);
            // Writes now, so that the database's verdict on the username arrives here, as a refusal.
            em.flush();
        } catch (PersistenceException e) {
            if (e instanceof EntityExistsException
                    || ConstraintViolations.isDuplicatePrimaryKey(e, "STAFF_USER", "PK_STAFF_USER")) {
                throw new InvalidValueException("username.taken", "The username " + member.username()
                        + " is already taken", member.username().value());
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
        countEnabledAdmins((member.isAdmin() ? 1 : 0) - (isEnabledAdmin(entity) ? 1 : 0), member.username());
        // A change of the offices alone (another table) raises the version too, so it is checked like any other.
        StaffMapper.copy(member, entity);
        em.flush();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(s) FROM StaffUserEntity s", Long.class).getSingleResult();
    }

    /**
     * Moves the count of enabled admins by {@code change} in one conditional UPDATE, refused when it would leave
     * none. The row lock it takes makes concurrent changes of admins queue here, and each one that waited sees the
     * count the one before committed. {@code who} is the account the change is about.
     */
    private void countEnabledAdmins(int change, Username who) {
        if (change == 0) {
            return;
        }
        int moved;
        try {
            moved = em.createNativeQuery("UPDATE admin_guard SET enabled_admins = enabled_admins + ?"
                    + " WHERE id = 1 AND enabled_admins + ? >= 1")
                    .setParameter(1, change).setParameter(2, change).executeUpdate();
        } catch (PersistenceException e) {
            if (ConstraintViolations.isViolationOf(e, "CK_ADMIN_GUARD_ENABLED")) {
                throw new LastAdminException(who);
            }
            throw e;
        }
        if (moved == 1) {
            return;
        }
        if (change < 0) {
            throw new LastAdminException(who);
        }
        // No row yet: this is the first admin (see V9). A second first admin at the same moment is refused by the key.
        em.createNativeQuery("INSERT INTO admin_guard (id, enabled_admins) VALUES (1, ?)").setParameter(1, change)
                .executeUpdate();
    }

    private static boolean isEnabledAdmin(StaffUserEntity stored) {
        return stored.enabled && StaffRole.ADMIN.name().equals(stored.role);
    }
}
