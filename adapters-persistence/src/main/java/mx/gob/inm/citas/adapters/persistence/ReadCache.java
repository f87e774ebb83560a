package mx.gob.inm.citas.adapters.persistence;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A small read-through cache for catalogue data that changes rarely (offices, procedures, schedules, closures),
 * which every availability query and booking reads. Entries live {@link #TIME_TO_LIVE}; this instance forgets an
 * entry as soon as it saves a change, other instances sharing the database see it within the time to live.
 * Slot ledgers and appointments are never cached.
 */
final class ReadCache<K, V> {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(30);

    private record Entry<V>(V value, long expiresAtNanos) {
    }

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;

    ReadCache() {
        this(TIME_TO_LIVE);
    }

    ReadCache(Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    V get(K key, Function<K, V> load) {
        long now = System.nanoTime();
        Entry<V> entry = entries.get(key);
        if (entry != null && now - entry.expiresAtNanos() < 0) {
            return entry.value();
        }
        V value = load.apply(key);
        // Nothing found is not remembered: keys come from requests, and made-up ones must not fill the memory.
        if (!(value instanceof Optional<?> optional) || optional.isPresent()) {
            entries.put(key, new Entry<>(value, now + ttlNanos));
        }
        return value;
    }

    void forget(K key) {
        entries.remove(key);
    }

    void forgetAll() {
        entries.clear();
    }
}
