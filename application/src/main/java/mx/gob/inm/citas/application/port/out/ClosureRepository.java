package mx.gob.inm.citas.application.port.out;

import java.time.LocalDate;
import java.util.List;
import mx.gob.inm.citas.domain.calendar.Closure;
import mx.gob.inm.citas.domain.office.OfficeId;

/** Out-port: stores closures (federal rest days are computed, never stored). */
public interface ClosureRepository {

    /** The closures of {@code office} and the nationwide ones that share at least one day with the range. */
    List<Closure> findApplyingTo(OfficeId office, LocalDate from, LocalDate to);

    /**
     * The same as {@link #findApplyingTo}, read from the store itself and never from a cache: for taking a place,
     * which must see a closure as soon as it is committed, by any instance.
     */
    List<Closure> findApplyingToAsStored(OfficeId office, LocalDate from, LocalDate to);

    void save(Closure closure);

    /** Removes the stored closure equal to {@code closure} (office, days and reason); false when there was none. */
    boolean remove(Closure closure);
}
