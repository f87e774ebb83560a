package mx.gob.inm.citas.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadCacheTest {

    private final AtomicInteger loads = new AtomicInteger();

    @Test
    void a_found_value_is_loaded_once_until_it_expires_or_is_forgotten() throws InterruptedException {
        ReadCache<String, Optional<String>> cache = new ReadCache<>(Duration.ofMillis(200));
        assertThat(cache.get("cdmx", this::found)).contains("cdmx!");
        assertThat(cache.get("cdmx", this::found)).contains("cdmx!");
        assertThat(loads).hasValue(1);

        cache.forget("cdmx");
        cache.get("cdmx", this::found);
        assertThat(loads).hasValue(2);

        Thread.sleep(250);
        cache.get("cdmx", this::found);
        assertThat(loads).hasValue(3);
    }

    @Test
    void nothing_found_is_not_remembered_so_made_up_keys_cannot_fill_the_memory() {
        ReadCache<String, Optional<String>> cache = new ReadCache<>();
        cache.get("made-up", key -> {
            loads.incrementAndGet();
            return Optional.empty();
        });
        cache.get("made-up", key -> {
            loads.incrementAndGet();
            return Optional.empty();
        });
        assertThat(loads).hasValue(2);
    }

    private Optional<String> found(String key) {
        loads.incrementAndGet();
        return Optional.of(key + "!");
    }
}
