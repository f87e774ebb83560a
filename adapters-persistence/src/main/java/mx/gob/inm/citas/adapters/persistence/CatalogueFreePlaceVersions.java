package mx.gob.inm.citas.adapters.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import mx.gob.inm.citas.application.port.out.FreePlaceVersions;
import mx.gob.inm.citas.domain.office.OfficeId;

/**
 * Adapter: an office's free-place version from the {@link CatalogueVersions} (the Data Grid's in a cluster): its
 * ledger's and its week's, which the ledger and the schedule repository replace when they change them, and the
 * closures', offices' and procedures', which their read caches replace.
 */
@ApplicationScoped
class CatalogueFreePlaceVersions implements FreePlaceVersions {

    @Inject
    CatalogueVersions versions = CatalogueVersions.inMemory();

    CatalogueFreePlaceVersions() {
    }

    CatalogueFreePlaceVersions(CatalogueVersions versions) {
        this.versions = versions;
    }

    /** The name of {@code office}'s own part (its places and its week) in the versions. */
    static String of(OfficeId office) {
        return "free-places:" + office.value();
    }

    /** {@code office}'s places or week change in the caller's transaction: replaced now and after it ends. */
    static void changing(CatalogueVersions versions, OfficeId office) {
        String name = of(office);
        versions.changed(name);
        ReadCache.afterCompletion(() -> versions.changed(name));
    }

    @Override
    public long current(OfficeId office) {
        long version = versions.current(of(office));
        for (String catalogue : new String[] {"closures", "offices", "procedures"}) {
            // a 64-bit mix of random versions: two different combinations are equal by chance about never
            version = mix(version * 31 + versions.current(catalogue));
        }
        return version;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
