package mx.gob.inm.citas.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import mx.gob.inm.citas.application.port.out.LinkSecret;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link LinkSecret} must have: one secret for every instance, kept. {@link #instances()} makes
 * a new instance each time (as another server on the same database, or one restarted), sharing the store.
 */
public abstract class LinkSecretContract {

    protected abstract Supplier<LinkSecret> instances();

    /** Empties the shared store, as on a database that has never had a secret. */
    protected abstract void forgetTheStoredSecret();

    @Test
    void the_secret_is_long_and_the_same_on_every_instance_and_after_a_restart() {
        byte[] first = instances().get().secret();
        assertThat(first.length).isGreaterThanOrEqualTo(32);
        assertThat(instances().get().secret()).isEqualTo(first);
        LinkSecret one = instances().get();
        assertThat(one.secret()).isEqualTo(one.secret()).isEqualTo(first);
    }

    @Test
    void two_instances_asking_first_at_the_same_moment_get_the_same_secret() throws Exception {
        forgetTheStoredSecret();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> reads = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            LinkSecret instance = instances().get();
            Callable<String> read = () -> {
                go.await();
                return Base64.getEncoder().encodeToString(instance.secret());
            };
            reads.add(threads.submit(read));
        }
        go.countDown();
        Set<String> seen = new HashSet<>();
        for (Future<String> read : reads) {
            seen.add(read.get());
        }
        threads.shutdown();
        assertThat(seen).hasSize(1);
    }
}
