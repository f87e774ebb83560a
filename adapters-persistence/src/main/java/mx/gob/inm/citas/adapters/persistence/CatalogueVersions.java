package mx.gob.inm.citas.adapters.persistence;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Where the read caches of the catalogue (offices, procedures, closures) learn that another instance changed it: a
 * version per catalogue, replaced after every committed change. A cached entry is used only while the version it
 * was read at is still the current one. Alone, the versions live in this instance's memory ({@link #inMemory()});
 * in a cluster, on the Data Grid (chosen in {@code distribution}), so that a change saved on one instance is in
 * force on every other from the next read.
 */
public interface CatalogueVersions {

    /** The current version of {@code catalogue}; any value, only compared for equality. */
    long current(String catalogue);

    /** Replaces the version of {@code catalogue} with a new one, after a change of it was committed. */
    void changed(String catalogue);

    /** Versions in this instance's memory: enough for an instance that runs alone. */
    static CatalogueVersions inMemory() {
        Map<String, Long> versions = new ConcurrentHashMap<>();
        return new CatalogueVersions() {
            @Override
            public long current(String catalogue) {
                return versions.getOrDefault(catalogue, 0L);
            }

            @Override
            public void changed(String catalogue) {
                versions.put(catalogue, ThreadLocalRandom.current().nextLong());
            }
        };
    }
}
