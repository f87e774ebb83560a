package mx.gob.inm.citas.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import mx.gob.inm.citas.application.port.in.BootstrapAdminUseCase;
import mx.gob.inm.citas.application.port.in.StaffSignInUseCase;
import mx.gob.inm.citas.application.port.out.AuditLog;
import mx.gob.inm.citas.application.port.out.PasswordHashing;
import mx.gob.inm.citas.application.port.out.StaffRepository;
import mx.gob.inm.citas.domain.staff.AuditAction;
import mx.gob.inm.citas.domain.staff.AuditEntry;
import mx.gob.inm.citas.domain.staff.StaffMember;
import mx.gob.inm.citas.domain.staff.StaffPassword;
import mx.gob.inm.citas.domain.staff.StaffRole;
import mx.gob.inm.citas.domain.staff.Username;

/** Signs staff in against their stored password hash, and creates the first admin of an empty console. */
@ApplicationScoped
@Transactional
public class StaffSignInService implements StaffSignInUseCase, BootstrapAdminUseCase {

    static final Username FIRST_ADMIN = new Username("admin");
    /** No 0/O, 1/l/I: a generated password is read from a log and typed by a person. */
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GENERATED_LENGTH = 20;

    private final StaffRepository staff;
    private final PasswordHashing hashing;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    /** Checked against when the username is unknown, so that a wrong name takes as long as a wrong password. */
    private volatile String decoyHash;

    @Inject
    public StaffSignInService(StaffRepository staff, PasswordHashing hashing, AuditLog audit, Clock clock) {
        this.staff = staff;
        this.hashing = hashing;
        this.audit = audit;
        this.clock = clock;
    }

    /** For the CDI proxy only. */
    protected StaffSignInService() {
        this(null, null, null, null);
    }

    @Override
    public Optional<StaffMember> signIn(String username, char[] password) {
        Optional<StaffMember> member = Username.isWellFormed(username)
                ? staff.findByUsername(Username.of(username)) : Optional.empty();
        boolean matches = member.isPresent()
                ? hashing.matches(password, member.get().passwordHash())
                : hashing.matches(password, decoyHash());
        // As the audit log is searched: a well-formed name in lower case, whether or not the account exists.
        String name = Username.isWellFormed(username) ? Username.of(username).value() : username;
        if (member.isEmpty() || !matches || !member.get().isEnabled()) {
            audit.record(new AuditEntry(clock.instant(), name, AuditAction.SIGN_IN_REFUSED, null, name,
                    member.isEmpty() ? "unknown username" : !matches ? "wrong password" : "account disabled"));
            return Optional.empty();
        }
        audit.record(new AuditEntry(clock.instant(), name, AuditAction.SIGNED_IN, null, name, ""));
        return member;
    }

    @Override
    public Optional<StaffMember> current(String username) {
        if (!Username.isWellFormed(username)) {
            return Optional.empty();
        }
        return staff.findByUsername(Username.of(username)).filter(StaffMember::isEnabled);
    }

    @Override
    public void signedOut(StaffMember member) {
        String name = member.username().value();
        audit.record(new AuditEntry(clock.instant(), name, AuditAction.SIGNED_OUT, null, name, ""));
    }

    @Override
    public FirstAdmin createFirstAdminIfNone(Optional<String> configuredPassword) {
        if (staff.count() > 0) {
            return new FirstAdmin(false, Optional.empty());
        }
        Optional<String> configured = configuredPassword.filter(p -> !p.isBlank());
        String password = configured.orElseGet(this::generatePassword);
        StaffPassword.check(password, FIRST_ADMIN);
        staff.add(StaffMember.create(FIRST_ADMIN, "Administrador", StaffRole.ADMIN, Set.of(),
                hashing.hash(password.toCharArray())));
        audit.record(new AuditEntry(clock.instant(), "(system)", AuditAction.STAFF_CREATED, null, FIRST_ADMIN.value(),
                "first start: role ADMIN, password " + (configured.isPresent() ? "from CITAS_ADMIN_PASSWORD"
                        : "generated")));
        return new FirstAdmin(true, configured.isPresent() ? Optional.empty() : Optional.of(password));
    }

    private String generatePassword() {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    private String decoyHash() {
        String hash = decoyHash;
        if (hash == null) {
            hash = hashing.hash(generatePassword().toCharArray());
            decoyHash = hash;
        }
        return hash;
    }
}
