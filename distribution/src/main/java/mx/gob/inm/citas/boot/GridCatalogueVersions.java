package mx.gob.inm.citas.boot;

import java.util.concurrent.ThreadLocalRandom;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import mx.gob.inm.citas.adapters.persistence.CatalogueVersions;

/**
 * The catalogue's versions on the Data Grid's JCache, one entry per catalogue, for the instances of a cluster: a
 * change committed on one replaces the entry, and every instance's next read of that catalogue sees it. The values
 * are plain {@code Long}s, so no class of the application travels between members.
 */
final class GridCatalogueVersions implements CatalogueVersions {

    static final String CACHE = "citas-catalogue-versions";

    private final Cache<String, Long> versions;

    GridCatalogueVersions(CacheManager manager) {
        Cache<String, Long> cache = manager.getCache(CACHE, String.class, Long.class);
        if (cache == null) {
            try {
                cache = manager.createCache(CACHE, new MutableConfiguration<String, Long>()
                        .setTypes(String.class, Long.class));
            } catch (CacheException createdMeanwhile) {
                cache = manager.getCache(CACHE, String.class, Long.class);
            }
        }
        this.versions = cache;
    }

    @Override
    public long current(String catalogue) {
        Long version = versions.get(catalogue);
        return version == null ? 0 : version;
    }

    @Override
    public void changed(String catalogue) {
        versions.put(catalogue, ThreadLocalRandom.current().nextLong());
    }
}
