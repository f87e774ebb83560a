package mx.gob.inm.citas.adapters.persistence;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * A small read-through cache for catalogue data that changes rarely (offices, procedures, closures), which every
 * availability query and booking reads. An entry is used while the catalogue's version ({@link CatalogueVersions})
 * is the one it was read at, and for at most {@link #TIME_TO_LIVE}: a change saved on this instance, or on any
 * instance of the cluster, is in force from the next read. A save replaces the version when it is made and again
 * once its transaction committed, so that a read in between, which still found the old rows, is not kept.
 * Slot ledgers and appointments are never cached.
 */
final class ReadCache<K, V> {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(30);
    private static final String REGISTRY = "java:comp/TransactionSynchronizationRegistry";

    private record Entry<V>(V value, long version, long expiresAtNanos) {
    }

    /** The server's registry once found (it is one for the server's life); looked up again while not found. */
    private static volatile TransactionSynchronizationRegistry registry;

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final String catalogue;
    private final Supplier<CatalogueVersions> versions;
    private final long ttlNanos;

    /** A cache of {@code catalogue} (its name in the versions), checked against {@code versions}. */
    ReadCache(String catalogue, Supplier<CatalogueVersions> versions) {
        this(catalogue, versions, TIME_TO_LIVE);
    }

    ReadCache(String catalogue, Supplier<CatalogueVersions> versions, Duration ttl) {
        this.catalogue = catalogue;
        this.versions = versions;
        this.ttlNanos = ttl.toNanos();
    }

    V get(K key, Function<K, V> load) {
        long now = System.nanoTime();
        // the version first: rows loaded after it are at least that version's
        long version = versions.get().current(catalogue);
        Entry<V> entry = entries.get(key);
        if (entry != null && entry.version() == version && now - entry.expiresAtNanos() < 0) {
            return entry.value();
        }
        V value = load.apply(key);
        // Nothing found is not remembered: keys come from requests, and made-up ones must not fill the memory.
        if (!(value instanceof Optional<?> optional) || optional.isPresent()) {
            entries.put(key, new Entry<>(value, version, now + ttlNanos));
        }
        return value;
    }

    /** The catalogue is being changed in the caller's transaction: every instance reads it again. */
    void changed() {
        Runnable forget = () -> {
            entries.clear();
            versions.get().changed(catalogue);
        };
        forget.run();
        afterCompletion(forget);
    }

    /**
     * Runs {@code then} again once the caller's transaction has ended (committed or not), when there is one: a read
     * made between the change and its commit, which saw the rows as they were, is stale at once.
     */
    static void afterCompletion(Runnable then) {
        TransactionSynchronizationRegistry transaction = registry();
        if (transaction != null && transaction.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transaction.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    then.run();
                }
            });
        }
    }

    /** The server's registry, or null outside a server (tests build repositories on a bare EntityManager). */
    private static TransactionSynchronizationRegistry registry() {
        TransactionSynchronizationRegistry found = registry;
        if (found != null) {
            return found;
        }
        try {
            found = InitialContext.doLookup(REGISTRY);
            registry = found;
            return found;
        } catch (NamingException | RuntimeException outsideAServer) {
            return null;
        }
    }
}
