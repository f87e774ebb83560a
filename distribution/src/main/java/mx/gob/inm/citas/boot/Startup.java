package mx.gob.inm.citas.boot;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import mx.gob.inm.citas.adapters.persistence.CitasPersistence;
import mx.gob.inm.citas.adapters.persistence.DatabaseMigrations;
import mx.gob.inm.citas.application.port.in.BootstrapAdminUseCase;
import mx.gob.inm.citas.application.port.in.SeedDemoCatalogueUseCase;
import mx.gob.inm.citas.application.port.in.SeedDemoCatalogueUseCase.SeedReport;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Readies the database when the application starts: Flyway migrations, then the demo catalogue into an empty
 * database. The application serves nothing from the database until this has succeeded, which
 * {@link DatabaseReadiness} reports; a database that is not reachable yet is retried every
 * {@value #RETRY_SECONDS} seconds instead of failing the deployment.
 */
@ApplicationScoped
public class Startup {

    private static final Logger LOG = Logger.getLogger(Startup.class.getName());
    static final long RETRY_SECONDS = 15;

    @Resource(lookup = CitasPersistence.DATA_SOURCE)
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    SeedDemoCatalogueUseCase demoCatalogue;

    @Inject
    Housekeeping housekeeping;

    @Inject
    BootstrapAdminUseCase firstAdmin;

    /** CITAS_ADMIN_PASSWORD: the first admin's password; without it one is generated and logged once. */
    @Inject
    @ConfigProperty(name = "citas.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "citas.demo-data", defaultValue = "true")
    boolean seedDemoData;

    @Inject
    @ConfigProperty(name = "citas.db.url")
    String databaseUrl;

    private volatile boolean ready;
    private volatile String notReadyBecause = "the database has not been migrated yet";

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
        if (!prepareDatabase()) {
            scheduler.scheduleWithFixedDelay(() -> {
                if (!ready) {
                    prepareDatabase();
                }
            }, RETRY_SECONDS, RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    synchronized boolean prepareDatabase() {
        if (ready) {
            return true;
        }
        Instant started = Instant.now();
        try {
            DatabaseMigrations.Outcome migrated = DatabaseMigrations.migrate(dataSource);
            String seeded = seedDemoData ? describe(demoCatalogue.seedIfEmpty())
                    : "demo catalogue not requested (CITAS_DEMO_DATA=false)";
            createFirstAdmin();
            ready = true;
            if (housekeeping != null) {
                housekeeping.start();
            }
            LOG.info(() -> "Citas INM database ready in " + Duration.between(started, Instant.now()).toMillis()
                    + " ms at " + withoutSecrets(databaseUrl) + ": schema version " + migrated.schemaVersion() + " ("
                    + migrated.applied() + " migrations applied), " + seeded + ".");
            LOG.info("Citas INM serves: /api/v1/offices (public API), /openapi, /health/ready, /metrics");
            return true;
        } catch (RuntimeException e) {
            notReadyBecause = "the database could not be prepared: " + e.getMessage();
            LOG.log(Level.SEVERE, "Citas INM is not ready: " + notReadyBecause + "; retrying every " + RETRY_SECONDS
                    + " s", e);
            return false;
        }
    }

    /**
     * An empty console gets its {@code admin}; a generated password is logged this once, framed at the end of
     * start-up ({@link FirstSignInNotice}), and never again.
     */
    private void createFirstAdmin() {
        if (firstAdmin == null) {
            return;
        }
        BootstrapAdminUseCase.FirstAdmin admin = firstAdmin.createFirstAdminIfNone(adminPassword);
        if (admin.generatedPassword().isPresent()) {
            LOG.warning("Citas INM console: the user 'admin' was created with a generated password, shown once at the"
                    + " end of start-up");
            FirstSignInNotice notice = FirstSignInNotice.afterStartUp(admin.generatedPassword().get(), LOG,
                    write -> later(write, 1));
            // on a server that never writes Payara Micro's last start-up line, the block comes a minute later
            later(notice::flush, 60);
        } else if (admin.created()) {
            LOG.info("Citas INM console: the user 'admin' was created with the password in CITAS_ADMIN_PASSWORD");
        }
    }

    private void later(Runnable task, long seconds) {
        if (scheduler != null) {
            scheduler.schedule(task, seconds, TimeUnit.SECONDS);
        } else {
            task.run();
        }
    }

    private static String describe(SeedReport report) {
        return report.seededAnything()
                ? "demo catalogue seeded: " + report.offices() + " offices, " + report.procedures() + " procedures, "
                        + report.closures() + " closures"
                : "catalogue already present, demo seed skipped";
    }

    boolean isReady() {
        return ready;
    }

    String notReadyBecause() {
        return notReadyBecause;
    }

    /** JDBC URLs may carry credentials; the log gets everything up to them. */
    private static String withoutSecrets(String url) {
        return url == null ? "(none)" : url.replaceAll("//[^/@]*@", "//***@");
    }
}
