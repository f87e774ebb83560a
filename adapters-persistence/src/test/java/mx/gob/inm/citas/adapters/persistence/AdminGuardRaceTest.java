package mx.gob.inm.citas.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import mx.gob.inm.citas.application.fakes.FakePasswordHashing;
import mx.gob.inm.citas.application.port.in.ManageStaffUseCase;
import mx.gob.inm.citas.application.service.StaffAdministrationService;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.staff.LastAdminException;
import mx.gob.inm.citas.domain.staff.StaffMember;
import mx.gob.inm.citas.domain.staff.StaffRole;
import mx.gob.inm.citas.domain.staff.Username;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two admins, each signed in and sure the other is an admin too, disable or demote each other at the same moment
 * through the real service, each request in its own transaction and database connection on the real database
 * engine: one change goes through, every one that would leave no enabled admin is refused, and the console keeps
 * exactly one.
 */
class AdminGuardRaceTest {

    private static final int REQUESTS = 8;
    private static final String DONE = "DONE";

    private final JpaTestDatabase db = JpaTestDatabase.emptied();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-27T15:00:00Z"), ZoneOffset.UTC);
    private final ExecutorService threads = Executors.newFixedThreadPool(REQUESTS);
    private StaffMember ana;
    private StaffMember beto;

    @BeforeEach
    void two_enabled_admins_and_an_office() {
        db.inTransaction(() -> {
            new JpaOfficeRepository(db.em()).save(DomainFixtures.cdmx());
            JpaStaffRepository staff = new JpaStaffRepository(db.em());
            staff.add(StaffMember.create(Username.of("ana"), "Ana", StaffRole.ADMIN, Set.of(), "hash"));
            staff.add(StaffMember.create(Username.of("beto"), "Beto", StaffRole.ADMIN, Set.of(), "hash"));
            return null;
        });
        // as each one's console request holds them: read once, before anything changed
        ana = db.inTransaction(() -> new JpaStaffRepository(db.em()).findByUsername(Username.of("ana")))
                .orElseThrow();
        beto = db.inTransaction(() -> new JpaStaffRepository(db.em()).findByUsername(Username.of("beto")))
                .orElseThrow();
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void of_eight_requests_to_disable_one_admin_or_the_other_at_once_exactly_one_enabled_admin_remains()
            throws Exception {
        List<String> outcomes = race(i -> i % 2 == 0
                ? () -> staff().disable(ana, "beto")
                : () -> staff().disable(beto, "ana"));

        assertThat(enabledAdmins()).as(outcomes.toString()).hasSize(1);
        assertThat(outcomes).as(outcomes.toString()).contains(DONE, LastAdminException.class.getSimpleName())
                .containsOnly(DONE, LastAdminException.class.getSimpleName());
        assertThat(db.count("SELECT enabled_admins FROM admin_guard")).isEqualTo(1);
        assertThat(db.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'STAFF_DISABLED'"))
                .as("a refused change is not in the audit log")
                .isEqualTo(outcomes.stream().filter(DONE::equals).count());
    }

    @Test
    void of_disables_and_demotes_mixed_at_once_exactly_one_enabled_admin_remains() throws Exception {
        List<String> outcomes = race(i -> switch (i % 4) {
            case 0 -> () -> staff().disable(ana, "beto");
            case 1 -> () -> staff().disable(beto, "ana");
            case 2 -> () -> staff().assign(ana, "beto", "Beto", StaffRole.SUPERVISOR,
                    Set.of(DomainFixtures.cdmx().id()));
            default -> () -> staff().assign(beto, "ana", "Ana", StaffRole.STAFF, Set.of(DomainFixtures.cdmx().id()));
        });

        assertThat(enabledAdmins()).as(outcomes.toString()).hasSize(1);
        assertThat(outcomes).as(outcomes.toString()).contains(LastAdminException.class.getSimpleName());
        assertThat(db.count("SELECT enabled_admins FROM admin_guard")).isEqualTo(1);
        assertThat(db.count("SELECT COUNT(*) FROM staff_user WHERE role = 'ADMIN' AND enabled = 1")).isEqualTo(1);
    }

    // ---- helpers ----

    private ManageStaffUseCase staff() {
        return new StaffAdministrationService(new JpaStaffRepository(db.em()), new JpaOfficeRepository(db.em()),
                new FakePasswordHashing(), new JpaAuditLog(db.em()), clock);
    }

    private List<String> enabledAdmins() {
        return db.inTransaction(() -> new JpaStaffRepository(db.em()).findAll()).stream()
                .filter(StaffMember::isAdmin).map(m -> m.username().value()).toList();
    }

    /** Starts one request per thread at the same moment; how each one's transaction ended, by request. */
    private List<String> race(IntFunction<Runnable> request) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            Runnable work = request.apply(i);
            results.add(threads.submit(() -> {
                start.await();
                try {
                    db.inTransaction(() -> {
                        work.run();
                        return null;
                    });
                    return DONE;
                } catch (RuntimeException e) {
                    return e.getClass().getSimpleName();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get(60, TimeUnit.SECONDS));
        }
        return outcomes;
    }
}
