package mx.gob.inm.citas.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadCacheTest {

    private final AtomicInteger loads = new AtomicInteger();
    private final CatalogueVersions versions = CatalogueVersions.inMemory();

    @Test
    void a_found_value_is_loaded_once_until_it_expires_or_the_catalogue_changes() throws InterruptedException {
        ReadCache<String, Optional<String>> cache = new ReadCache<>("offices", () -> versions, Duration.ofMillis(200));
        assertThat(cache.get("cdmx", this::found)).contains("cdmx!");
        assertThat(cache.get("cdmx", this::found)).contains("cdmx!");
        assertThat(loads).hasValue(1);

        cache.changed();
        cache.get("cdmx", this::found);
        assertThat(loads).hasValue(2);

        Thread.sleep(250);
        cache.get("cdmx", this::found);
        assertThat(loads).hasValue(3);
    }

    @Test
    void a_change_saved_by_another_instance_is_read_again_at_once_and_other_catalogues_are_kept() {
        ReadCache<String, Optional<String>> here = new ReadCache<>("offices", () -> versions);
        ReadCache<String, Optional<String>> elsewhere = new ReadCache<>("offices", () -> versions);
        ReadCache<String, Optional<String>> procedures = new ReadCache<>("procedures", () -> versions);
        here.get("cdmx", this::found);
        procedures.get("CANJE", this::found);
        here.get("cdmx", this::found);
        procedures.get("CANJE", this::found);
        assertThat(loads).hasValue(2);

        elsewhere.changed();
        here.get("cdmx", this::found);
        assertThat(loads).as("the office is read again on this instance").hasValue(3);
        procedures.get("CANJE", this::found);
        assertThat(loads).as("the procedures did not change").hasValue(3);
    }

    @Test
    void nothing_found_is_not_remembered_so_made_up_keys_cannot_fill_the_memory() {
        ReadCache<String, Optional<String>> cache = new ReadCache<>("offices", () -> versions);
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
