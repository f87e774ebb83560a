package mx.gob.inm.citas.boot;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's JTA data source. Its settings come from MicroProfile Config (see
 * {@code META-INF/microprofile-config.properties} and {@link DatabaseConfigSource}): the embedded H2 database under
 * {@code CITAS_DATA_DIR} by default, or the database named by {@code CITAS_DB_URL}. The empty default after the
 * password's colon keeps an unset password empty instead of literal text.
 */
@ApplicationScoped
@DataSourceDefinition(
        name = "java:app/jdbc/citas",
        className = "${MPCONFIG=citas.db.driver}",
        url = "${MPCONFIG=citas.db.url}",
        user = "${MPCONFIG=citas.db.user}",
        password = "${MPCONFIG=citas.db.password:}",
        minPoolSize = 2,
        maxPoolSize = 32,
        maxIdleTime = 300)
public class CitasDataSource {
}
