package mx.gob.inm.citas.boot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;
import mx.gob.inm.citas.adapters.mail.MailSettings;
import mx.gob.inm.citas.domain.appointment.ChangePolicy;
import mx.gob.inm.citas.domain.appointment.NoShowPolicy;
import mx.gob.inm.citas.domain.appointment.RetentionPolicy;
import mx.gob.inm.citas.domain.appointment.VerificationPolicy;
import mx.gob.inm.citas.domain.availability.BookingWindow;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Turns configuration into the values the use cases and adapters take. */
@ApplicationScoped
public class Settings {

    @Inject
    @ConfigProperty(name = "citas.booking.min-lead-minutes", defaultValue = "120")
    int minimumLeadMinutes;

    @Inject
    @ConfigProperty(name = "citas.booking.max-days-ahead", defaultValue = "90")
    int maximumDaysAhead;

    @Inject
    @ConfigProperty(name = "citas.booking.hold-minutes", defaultValue = "15")
    int holdMinutes;

    @Inject
    @ConfigProperty(name = "citas.booking.max-verification-attempts", defaultValue = "5")
    int maxVerificationAttempts;

    @Inject
    @ConfigProperty(name = "citas.booking.change-cutoff-hours", defaultValue = "24")
    int changeCutoffHours;

    @Inject
    @ConfigProperty(name = "citas.smtp.host")
    Optional<String> smtpHost;

    @Inject
    @ConfigProperty(name = "citas.smtp.port", defaultValue = "25")
    int smtpPort;

    @Inject
    @ConfigProperty(name = "citas.smtp.user")
    Optional<String> smtpUser;

    @Inject
    @ConfigProperty(name = "citas.smtp.password")
    Optional<String> smtpPassword;

    @Inject
    @ConfigProperty(name = "citas.smtp.starttls", defaultValue = "false")
    boolean smtpStartTls;

    @Inject
    @ConfigProperty(name = "citas.mail.from", defaultValue = "Citas INM <no-responder@citas.inm.gob.mx>")
    String mailFrom;

    @Inject
    @ConfigProperty(name = "citas.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    @ConfigProperty(name = DatabaseConfigSource.DATA_DIR)
    String dataDir;

    @Produces
    BookingWindow bookingWindow() {
        return new BookingWindow(Duration.ofMinutes(minimumLeadMinutes), maximumDaysAhead);
    }

    @Produces
    VerificationPolicy verificationPolicy() {
        return new VerificationPolicy(Duration.ofMinutes(holdMinutes), maxVerificationAttempts);
    }

    @Inject
    @ConfigProperty(name = "citas.agenda.no-show-grace-minutes", defaultValue = "15")
    int noShowGraceMinutes;

    @Produces
    NoShowPolicy noShowPolicy() {
        return new NoShowPolicy(Duration.ofMinutes(noShowGraceMinutes));
    }

    @Produces
    ChangePolicy changePolicy() {
        return new ChangePolicy(Duration.ofHours(changeCutoffHours));
    }

    @Inject
    @ConfigProperty(name = "citas.privacy.retention-days", defaultValue = "365")
    int retentionDays;

    @Produces
    RetentionPolicy retentionPolicy() {
        return new RetentionPolicy(retentionDays);
    }

    /** A record cannot be proxied: each injection point gets its own (identical) copy. */
    @Produces
    MailSettings mailSettings() {
        return new MailSettings(smtpHost, smtpPort, smtpUser, smtpPassword, smtpStartTls, mailFrom, baseUrl,
                Path.of(dataDir).resolve("outbox"));
    }

    /**
     * Confirmation and verification codes must not be guessable: a cryptographically strong generator, one per
     * thread (DRBG, seeded by the system), because one shared SecureRandom serialises a booking storm on its lock.
     */
    @Produces
    @ApplicationScoped
    RandomGenerator codes() {
        ThreadLocal<SecureRandom> perThread = ThreadLocal.withInitial(Settings::strongRandom);
        return () -> perThread.get().nextLong();
    }

    private static SecureRandom strongRandom() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
