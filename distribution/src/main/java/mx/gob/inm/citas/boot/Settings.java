package mx.gob.inm.citas.boot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import javax.cache.CacheManager;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import mx.gob.inm.citas.adapters.mail.MailSettings;
import mx.gob.inm.citas.adapters.persistence.CatalogueVersions;
import mx.gob.inm.citas.adapters.web.limits.Bucket4jRateLimiter;
import mx.gob.inm.citas.adapters.web.limits.JCacheRateLimiter;
import mx.gob.inm.citas.application.port.out.Quota;
import mx.gob.inm.citas.application.port.out.Quotas;
import mx.gob.inm.citas.application.port.out.RateLimiter;
import mx.gob.inm.citas.domain.appointment.ChangePolicy;
import mx.gob.inm.citas.domain.appointment.NoShowPolicy;
import mx.gob.inm.citas.domain.appointment.ReminderSchedule;
import mx.gob.inm.citas.domain.appointment.RetentionPolicy;
import mx.gob.inm.citas.domain.appointment.VerificationPolicy;
import mx.gob.inm.citas.domain.availability.BookingWindow;
import mx.gob.inm.citas.domain.capacity.CapacityAlertPolicy;
import mx.gob.inm.citas.launcher.CitasLauncher;
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

    @Inject
    @ConfigProperty(name = "citas.dashboard.red-days", defaultValue = "30")
    int redDays;

    @Inject
    @ConfigProperty(name = "citas.dashboard.red-utilisation", defaultValue = "95")
    int redUtilisationPercent;

    @Inject
    @ConfigProperty(name = "citas.dashboard.amber-days", defaultValue = "14")
    int amberDays;

    @Inject
    @ConfigProperty(name = "citas.dashboard.amber-utilisation", defaultValue = "80")
    int amberUtilisationPercent;

    /** The dashboards' traffic light; a setting that breaks the policy's rules stops the start (see checkQuotas). */
    @Produces
    CapacityAlertPolicy capacityAlertPolicy() {
        return new CapacityAlertPolicy(redDays, redUtilisationPercent / 100.0, amberDays,
                amberUtilisationPercent / 100.0);
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
    @ConfigProperty(name = "citas.reminder-hours", defaultValue = "72,24")
    String reminderHours;

    /**
     * When reminders go out: hours before the appointment, comma-separated ({@code 72,24}: three days ahead and
     * the day before); {@code none} sends none. A value written wrong stops the start (see checkQuotas).
     */
    @Produces
    ReminderSchedule reminderSchedule() {
        String hours = reminderHours.strip();
        if (hours.equalsIgnoreCase("none")) {
            return new ReminderSchedule(List.of());
        }
        List<Duration> leads = new ArrayList<>();
        for (String lead : hours.split(",")) {
            try {
                leads.add(Duration.ofHours(Integer.parseInt(lead.strip())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("CITAS_REMINDER_HOURS must be hours before the appointment,"
                        + " comma-separated (e.g. 72,24), or none; it is " + reminderHours, e);
            }
        }
        return new ReminderSchedule(leads);
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

    @Inject
    @ConfigProperty(name = "citas.limits", defaultValue = "on")
    String limits;

    @Inject
    @ConfigProperty(name = "citas.limits.holds-per-client", defaultValue = "10/1h")
    String holdsPerClient;

    @Inject
    @ConfigProperty(name = "citas.limits.holds-per-network", defaultValue = "30/1h")
    String holdsPerNetwork;

    @Inject
    @ConfigProperty(name = "citas.limits.holds-per-email", defaultValue = "3/1d")
    String holdsPerEmail;

    @Inject
    @ConfigProperty(name = "citas.limits.holds-per-passport", defaultValue = "3/1d")
    String holdsPerPassport;

    @Inject
    @ConfigProperty(name = "citas.limits.verifications-per-client", defaultValue = "30/1h")
    String verificationsPerClient;

    @Inject
    @ConfigProperty(name = "citas.limits.lookups-per-client", defaultValue = "30/1h")
    String lookupsPerClient;

    @Inject
    @ConfigProperty(name = "citas.limits.resends-per-client", defaultValue = "10/1h")
    String resendsPerClient;

    @Inject
    @ConfigProperty(name = "citas.limits.challenges-per-client", defaultValue = "60/1h")
    String challengesPerClient;

    @Inject
    @ConfigProperty(name = "citas.limits.sign-ins-per-client", defaultValue = "20/15m")
    String signInsPerClient;

    @Inject
    @ConfigProperty(name = "citas.limits.sign-ins-per-username", defaultValue = "10/15m")
    String signInsPerUsername;

    @Inject
    @ConfigProperty(name = "citas.limits.sign-ins-per-account", defaultValue = "100/15m")
    String signInsPerAccount;

    /**
     * Whether this instance is a member of a Data Grid of several: {@code on} when {@code citas.jar} was started with
     * Payara Micro's clustering options ({@link mx.gob.inm.citas.launcher.CitasLauncher} says so), else {@code off}.
     */
    @Inject
    @ConfigProperty(name = CitasLauncher.CLUSTER_PROPERTY, defaultValue = "off")
    String cluster;

    boolean clustered() {
        return "on".equalsIgnoreCase(cluster.strip());
    }

    /**
     * Where quotas are counted: this instance's memory (Bucket4j) when it runs alone, the Data Grid's JCache
     * (Bucket4j's entry processors) in a cluster, so that a client is counted once across instances;
     * {@code CITAS_LIMITS=off} counts nothing, for load tests only.
     */
    @Produces
    @ApplicationScoped
    RateLimiter rateLimiter() {
        if ("off".equalsIgnoreCase(limits.strip())) {
            return RateLimiter.UNLIMITED;
        }
        if (!clustered()) {
            return new Bucket4jRateLimiter();
        }
        Quotas q = quotas();
        // a bucket left alone for the longest period is full again: the grid may drop it then
        Duration longest = Stream.of(q.holdsPerClient(), q.holdsPerNetwork(), q.holdsPerEmail(), q.holdsPerPassport(),
                q.verificationsPerClient(), q.lookupsPerClient(), q.resendsPerClient(), q.challengesPerClient(),
                q.signInsPerClient(), q.signInsPerUsername(), q.signInsPerAccount()).map(Quota::per)
                .max(Duration::compareTo).orElseThrow();
        return JCacheRateLimiter.on(dataGrid(), longest);
    }

    /** Alone, this instance's memory; in a cluster, the Data Grid (see {@link CatalogueVersions}). */
    @Produces
    @ApplicationScoped
    CatalogueVersions catalogueVersions() {
        return clustered() ? new GridCatalogueVersions(dataGrid()) : CatalogueVersions.inMemory();
    }

    /** Payara's JCache: Hazelcast's, bound in JNDI by Payara Micro. */
    private static CacheManager dataGrid() {
        try {
            return InitialContext.doLookup("payara/CacheManager");
        } catch (NamingException e) {
            throw new IllegalStateException("Clustered, but Payara's JCache (payara/CacheManager) is not there", e);
        }
    }

    /** A limit written wrong stops the start, instead of failing the first request it applies to. */
    void checkQuotas(@Observes @Initialized(ApplicationScoped.class) Object started) {
        quotas();
        capacityAlertPolicy();
        reminderSchedule();
    }

    @Produces
    Quotas quotas() {
        return new Quotas(Quota.parse("holds-per-client", holdsPerClient),
                Quota.parse("holds-per-network", holdsPerNetwork),
                Quota.parse("holds-per-email", holdsPerEmail), Quota.parse("holds-per-passport", holdsPerPassport),
                Quota.parse("verifications-per-client", verificationsPerClient),
                Quota.parse("lookups-per-client", lookupsPerClient),
                Quota.parse("resends-per-client", resendsPerClient),
                Quota.parse("challenges-per-client", challengesPerClient),
                Quota.parse("sign-ins-per-client", signInsPerClient),
                Quota.parse("sign-ins-per-username", signInsPerUsername),
                Quota.parse("sign-ins-per-account", signInsPerAccount));
    }
}
