package mx.gob.inm.citas.adapters.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The public JSON API, version 1. */
@ApplicationPath(PublicApi.PATH)
@OpenAPIDefinition(info = @Info(title = "Citas INM — public API", version = "1",
        description = "Offices of Mexico's National Institute of Migration, the procedures they serve, and the free"
                + " appointment places on their calendars. Errors are RFC 9457 problem details."))
public class PublicApi extends Application {

    public static final String PATH = "/api/v1";

    /** The API is described by OpenAPI at /openapi; Jersey's own WADL would be a second, unmaintained description. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
