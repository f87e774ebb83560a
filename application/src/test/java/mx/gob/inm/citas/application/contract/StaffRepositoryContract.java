package mx.gob.inm.citas.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import mx.gob.inm.citas.application.port.out.OfficeRepository;
import mx.gob.inm.citas.application.port.out.StaffRepository;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import mx.gob.inm.citas.domain.staff.LastAdminException;
import mx.gob.inm.citas.domain.staff.StaffMember;
import mx.gob.inm.citas.domain.staff.StaffRole;
import mx.gob.inm.citas.domain.staff.Username;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link StaffRepository} must have; run against the fake and the real adapter. */
public abstract class StaffRepositoryContract extends RepositoryContract {

    private static final OfficeId CDMX = DomainFixtures.cdmx().id();
    private static final OfficeId TIJUANA = DomainFixtures.tijuana().id();
    private static final OfficeId CANCUN = DomainFixtures.cancun().id();
    private static final Username ANA = Username.of("ana.lopez");

    protected abstract StaffRepository repository();

    protected abstract OfficeRepository offices();

    /** Another request, with its own transaction, running at the same time as the test's. */
    private final ExecutorService otherRequest = Executors.newSingleThreadExecutor();

    @BeforeEach
    void the_offices_exist() {
        inTransaction(() -> {
            offices().save(DomainFixtures.cdmx());
            offices().save(DomainFixtures.tijuana());
            offices().save(DomainFixtures.cancun());
        });
    }

    @AfterEach
    void stop() {
        otherRequest.shutdownNow();
    }

    private static StaffMember member(String username, String displayName, StaffRole role, OfficeId... offices) {
        return StaffMember.create(Username.of(username), displayName, role, Set.of(offices),
                "$pbkdf2-sha256$310000$c2FsdA$aGFzaA");
    }

    @Test
    void a_member_comes_back_with_every_field_as_stored() {
        inTransaction(() -> repository().add(member("ana.lopez", "Ana López Núñez", StaffRole.SUPERVISOR, TIJUANA,
                CDMX)));

        StaffMember found = inTransaction(() -> repository().findByUsername(ANA)).orElseThrow();
        assertThat(found.username()).isEqualTo(ANA);
        assertThat(found.displayName()).isEqualTo("Ana López Núñez");
        assertThat(found.role()).isEqualTo(StaffRole.SUPERVISOR);
        assertThat(found.offices()).containsExactly(TIJUANA, CDMX);
        assertThat(found.isEnabled()).isTrue();
        assertThat(found.passwordHash()).isEqualTo("$pbkdf2-sha256$310000$c2FsdA$aGFzaA");
    }

    @Test
    void an_unknown_username_finds_nothing() {
        assertThat(inTransaction(() -> repository().findByUsername(Username.of("nobody")))).isEmpty();
        assertThat(inTransaction(() -> repository().count())).isZero();
    }

    @Test
    void every_account_is_listed_by_username_and_counted_enabled_or_not() {
        StaffMember marco = member("marco.diaz", "Marco Díaz", StaffRole.STAFF, CANCUN);
        marco.disable();
        inTransaction(() -> {
            repository().add(member("zoe.ruiz", "Zoe Ruiz", StaffRole.STAFF, TIJUANA));
            repository().add(marco);
            repository().add(member("admin", "Administrador", StaffRole.ADMIN));
        });

        List<StaffMember> all = inTransaction(() -> repository().findAll());
        assertThat(all).extracting(m -> m.username().value()).containsExactly("admin", "marco.diaz", "zoe.ruiz");
        assertThat(all).extracting(StaffMember::isEnabled).containsExactly(true, false, true);
        assertThat(inTransaction(() -> repository().count())).isEqualTo(3);
    }

    @Test
    void a_new_name_role_and_offices_replace_the_old_ones() {
        inTransaction(() -> repository().add(member("ana.lopez", "Ana López", StaffRole.STAFF, TIJUANA)));

        inTransaction(() -> {
            StaffMember ana = repository().findByUsername(ANA).orElseThrow();
            ana.rename("Ana López de Cancún");
            ana.assign(StaffRole.SUPERVISOR, Set.of(CANCUN, CDMX));
            repository().update(ana);
        });
        StaffMember supervisor = inTransaction(() -> repository().findByUsername(ANA)).orElseThrow();
        assertThat(supervisor.displayName()).isEqualTo("Ana López de Cancún");
        assertThat(supervisor.role()).isEqualTo(StaffRole.SUPERVISOR);
        assertThat(supervisor.offices()).containsExactly(CDMX, CANCUN);

        supervisor.assign(StaffRole.ADMIN, Set.of());
        inTransaction(() -> repository().update(supervisor));
        StaffMember admin = inTransaction(() -> repository().findByUsername(ANA)).orElseThrow();
        assertThat(admin.role()).isEqualTo(StaffRole.ADMIN);
        assertThat(admin.offices()).isEmpty();
    }

    @Test
    void a_disabled_member_and_a_new_password_hash_are_kept() {
        inTransaction(() -> repository().add(member("ana.lopez", "Ana López", StaffRole.STAFF, TIJUANA)));

        inTransaction(() -> {
            StaffMember ana = repository().findByUsername(ANA).orElseThrow();
            ana.disable();
            ana.resetPassword("$pbkdf2-sha256$310000$bnVldmE$bnVldm8");
            repository().update(ana);
        });

        StaffMember stored = inTransaction(() -> repository().findByUsername(ANA)).orElseThrow();
        assertThat(stored.isEnabled()).isFalse();
        assertThat(stored.passwordHash()).isEqualTo("$pbkdf2-sha256$310000$bnVldmE$bnVldm8");
        assertThat(stored.offices()).containsExactly(TIJUANA);
    }

    @Test
    void the_store_refuses_a_username_that_is_taken() {
        inTransaction(() -> repository().add(member("ana.lopez", "Ana López", StaffRole.STAFF, TIJUANA)));

        assertThatThrownBy(() -> inTransaction(() -> repository().add(member("ana.lopez", "Ana Lozano",
                StaffRole.ADMIN))))
                .isInstanceOf(InvalidValueException.class).hasMessage("The username ana.lopez is already taken");
        StaffMember stored = inTransaction(() -> repository().findByUsername(ANA)).orElseThrow();
        assertThat(stored.displayName()).isEqualTo("Ana López");
        assertThat(stored.role()).isEqualTo(StaffRole.STAFF);
        assertThat(inTransaction(() -> repository().count())).isEqualTo(1);
    }

    @Test
    void of_two_requests_racing_for_one_username_the_second_is_refused() throws Exception {
        Future<?> second = inTransaction(() -> {
            repository().add(member("ana.lopez", "Ana López", StaffRole.STAFF, TIJUANA));
            Future<?> racing = inAnotherTransaction(() -> {
                repository().add(member("ana.lopez", "Ana Lozano", StaffRole.ADMIN));
                return null;
            });
            // A real database makes the second insert wait for this transaction: let it get there first.
            awaitBriefly(racing);
            return racing;
        });

        assertThatThrownBy(() -> second.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(InvalidValueException.class)
                .hasMessage("The username ana.lopez is already taken");
        assertThat(inTransaction(() -> repository().findByUsername(ANA))).get()
                .extracting(StaffMember::displayName).isEqualTo("Ana López");
    }

    @Test
    void a_change_made_from_a_copy_read_before_someone_elses_change_is_refused() {
        inTransaction(() -> repository().add(member("ana.lopez", "Ana López", StaffRole.STAFF, TIJUANA)));

        assertThatThrownBy(() -> inTransaction(() -> {
            StaffMember mine = repository().findByUsername(ANA).orElseThrow();
            join(inAnotherTransaction(() -> {
                StaffMember theirs = repository().findByUsername(ANA).orElseThrow();
                theirs.assign(StaffRole.STAFF, Set.of(CDMX));
                repository().update(theirs);
                return null;
            }));
            mine.disable();
            repository().update(mine);
            return null;
        })).isInstanceOf(RuntimeException.class);

        StaffMember stored = inTransaction(() -> repository().findByUsername(ANA)).orElseThrow();
        assertThat(stored.offices()).as("their change stands").containsExactly(CDMX);
        assertThat(stored.isEnabled()).as("mine did not overwrite it").isTrue();
    }

    @Test
    void the_last_enabled_admin_can_be_neither_disabled_nor_demoted() {
        inTransaction(() -> {
            repository().add(member("admin", "Administrador", StaffRole.ADMIN));
            repository().add(member("ana.lopez", "Ana López", StaffRole.STAFF, TIJUANA));
        });

        assertThatThrownBy(() -> inTransaction(() -> change("admin", StaffMember::disable)))
                .isInstanceOf(LastAdminException.class)
                .hasMessage("The account admin is the last enabled administrator: make another account an enabled"
                        + " administrator first");
        assertThatThrownBy(() -> inTransaction(() -> change("admin", m -> m.assign(StaffRole.SUPERVISOR,
                Set.of(CDMX))))).isInstanceOf(LastAdminException.class);

        assertThat(enabledAdmins()).containsExactly("admin");
        // what does not touch the admin role or the account's state is no business of the guard
        inTransaction(() -> change("admin", m -> m.rename("Administración Central")));
        inTransaction(() -> change("ana.lopez", StaffMember::disable));
        assertThat(inTransaction(() -> repository().findByUsername(Username.of("admin")))).get()
                .extracting(StaffMember::displayName).isEqualTo("Administración Central");
    }

    @Test
    void with_two_enabled_admins_one_may_go_and_the_other_is_then_the_last_until_another_is_enabled_or_promoted() {
        StaffMember disabledAdmin = member("marco.diaz", "Marco Díaz", StaffRole.ADMIN);
        disabledAdmin.disable();
        inTransaction(() -> {
            repository().add(member("admin", "Administrador", StaffRole.ADMIN));
            repository().add(member("beto.ruiz", "Beto Ruiz", StaffRole.ADMIN));
            repository().add(disabledAdmin);
            repository().add(member("ana.lopez", "Ana López", StaffRole.STAFF, TIJUANA));
        });

        inTransaction(() -> change("beto.ruiz", StaffMember::disable));
        assertThatThrownBy(() -> inTransaction(() -> change("admin", StaffMember::disable)))
                .as("a disabled admin is no admin").isInstanceOf(LastAdminException.class);

        inTransaction(() -> change("marco.diaz", StaffMember::enable));
        inTransaction(() -> change("admin", m -> m.assign(StaffRole.STAFF, Set.of(CDMX))));
        assertThatThrownBy(() -> inTransaction(() -> change("marco.diaz", StaffMember::disable)))
                .isInstanceOf(LastAdminException.class);

        inTransaction(() -> change("ana.lopez", m -> m.assign(StaffRole.ADMIN, Set.of())));
        inTransaction(() -> change("marco.diaz", StaffMember::disable));
        assertThat(enabledAdmins()).containsExactly("ana.lopez");
    }

    @Test
    void of_two_admins_disabling_each_other_at_the_same_moment_the_second_is_refused() throws Exception {
        inTransaction(() -> {
            repository().add(member("admin", "Administrador", StaffRole.ADMIN));
            repository().add(member("beto.ruiz", "Beto Ruiz", StaffRole.ADMIN));
        });

        Future<?> second = inTransaction(() -> {
            change("beto.ruiz", StaffMember::disable);
            Future<?> racing = inAnotherTransaction(() -> {
                change("admin", StaffMember::disable);
                return null;
            });
            // A real database makes the second change wait for this transaction: let it get there first.
            awaitBriefly(racing);
            return racing;
        });

        assertThatThrownBy(() -> second.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(LastAdminException.class);
        assertThat(enabledAdmins()).containsExactly("admin");
    }

    /** Reads the account, changes it and stores it, as one request does. */
    private Void change(String username, Consumer<StaffMember> change) {
        StaffMember member = repository().findByUsername(Username.of(username)).orElseThrow();
        change.accept(member);
        repository().update(member);
        return null;
    }

    private List<String> enabledAdmins() {
        return inTransaction(() -> repository().findAll()).stream().filter(StaffMember::isAdmin)
                .map(m -> m.username().value()).toList();
    }

    private <T> Future<T> inAnotherTransaction(Supplier<T> work) {
        return otherRequest.submit(() -> inTransaction(work));
    }

    private static void awaitBriefly(Future<?> work) {
        try {
            work.get(300, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException stillWaitingOrRefused) {
            // either is fine here: the caller looks at the outcome once this transaction has ended
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static <T> T join(Future<T> work) {
        try {
            return work.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("The other request failed", e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError("The other request did not finish", e);
        }
    }
}
