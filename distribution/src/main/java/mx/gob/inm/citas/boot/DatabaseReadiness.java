package mx.gob.inm.citas.boot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness: UP only once the database is migrated (and seeded when asked), so no traffic arrives before. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    Startup startup;

    @Override
    public HealthCheckResponse call() {
        if (startup.isReady()) {
            return HealthCheckResponse.named("database").up().build();
        }
        return HealthCheckResponse.named("database").down().withData("reason", startup.notReadyBecause()).build();
    }
}
