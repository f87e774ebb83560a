package mx.gob.inm.citas.adapters.web.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public address of the site ({@code citas.base-url}), for what staff hand to the public, such as a ticket's QR
 * code of its status page. Application scoped, so a view-scoped page can hold it and still be passivated.
 */
@ApplicationScoped
public class PublicAddress {

    @Inject
    @ConfigProperty(name = "citas.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** For CDI and tests. */
    PublicAddress() {
    }

    PublicAddress(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String baseUrl() {
        return baseUrl;
    }
}
