package mx.gob.inm.citas.adapters.persistence;

import jakarta.persistence.EntityExistsException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import mx.gob.inm.citas.domain.shared.EditConflictException;

/**
 * Writes rows with a {@code @Version} column that staff edit from a form: the version read when the form opened
 * must still be the stored one. The comparison here refuses an edit of an older read; the {@code UPDATE … WHERE
 * version = ?} EclipseLink issues at the flush refuses the one that lost a race with another instance's commit.
 * Both become an {@link EditConflictException} naming {@code what} was edited.
 */
final class VersionedRows {

    private VersionedRows() {
    }

    /**
     * Inserts {@code entity} now, so that a row someone else inserted with the same key in the meantime is a
     * conflict here and not an error at commit.
     */
    static void insert(EntityManager em, Object entity, String table, String primaryKey, String what) {
        try {
            em.persist(entity);
            em.flush();
        } catch (PersistenceException e) {
            if (e instanceof EntityExistsException
                    || ConstraintViolations.isDuplicatePrimaryKey(e, table, primaryKey)) {
                throw new EditConflictException(what);
            }
            throw e;
        }
    }

    /**
     * Applies {@code change} to the managed {@code entity}, stored at {@code storedVersion}, and writes it now;
     * every save raises the version, also one that changed only a collection table or nothing at all.
     */
    static void update(EntityManager em, Object entity, int storedVersion, long readVersion, String what,
            Runnable change) {
        if (storedVersion != readVersion) {
            throw new EditConflictException(what);
        }
        change.run();
        em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new EditConflictException(what);
        }
    }
}
