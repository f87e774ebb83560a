package mx.gob.inm.citas.application.contract;

import java.util.function.Supplier;

/**
 * What every repository contract test needs from the implementation under test: a way to run work as one unit,
 * the way a use-case transaction would. Real adapters commit and forget what they cached, so a test that reads
 * after a write reads what storage really holds. Fakes need none of that: by default work simply runs.
 */
public abstract class RepositoryContract {

    /** Runs work as one transaction of the implementation under test. */
    @FunctionalInterface
    public interface UnitOfWork {
        <T> T run(Supplier<T> work);
    }

    private UnitOfWork unitOfWork = Supplier::get;

    /** Called by the subclass for an implementation with real transactions, e.g. {@code db::inTransaction}. */
    protected void runEachCallIn(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    protected <T> T inTransaction(Supplier<T> work) {
        return unitOfWork.run(work);
    }

    protected void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
