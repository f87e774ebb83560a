package mx.gob.inm.citas.application.contract;

import java.util.function.Supplier;

/**
 * What every repository contract test needs from the implementation under test: a way to run work as one unit,
 * the way a use-case transaction would. Real adapters commit and forget what they cached, so a test that reads
 * after a write reads what storage really holds.
 */
public abstract class RepositoryContract {

    protected <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    protected void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
