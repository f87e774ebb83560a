package mx.gob.inm.citas.application.fakes;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import mx.gob.inm.citas.application.port.out.FreePlaceVersions;
import mx.gob.inm.citas.domain.office.OfficeId;

/**
 * Fake of {@link FreePlaceVersions}: a version per office that only {@link #changed} moves; or, from
 * {@link #neverTheSame()}, one that is new at every read (no answer is ever given again: for services built on fakes
 * that do not say when they change).
 */
public class InMemoryFreePlaceVersions implements FreePlaceVersions {

    private final Map<OfficeId, Long> versions = new ConcurrentHashMap<>();

    /** Versions that are never the same twice. */
    public static FreePlaceVersions neverTheSame() {
        AtomicLong next = new AtomicLong();
        return office -> next.incrementAndGet();
    }

    @Override
    public long current(OfficeId office) {
        return versions.getOrDefault(office, 0L);
    }

    public void changed(OfficeId office) {
        versions.merge(office, 1L, Long::sum);
    }
}
