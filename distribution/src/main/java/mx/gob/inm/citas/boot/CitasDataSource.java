package mx.gob.inm.citas.boot;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.sql.DataSourceDefinitions;
import jakarta.enterprise.context.ApplicationScoped;
import mx.gob.inm.citas.adapters.persistence.CitasPersistence;

/**
 * The application's data sources, from MicroProfile Config (see {@code META-INF/microprofile-config.properties}
 * and {@link DatabaseConfigSource}): the embedded H2 database under {@code CITAS_DATA_DIR} by default, or the
 * database named by {@code CITAS_DB_URL}. The main one is JTA; the small second one, on the same database, is not
 * transactional and only creates slot-ledger rows outside the booking transactions. The empty default after the
 * password's colon keeps an unset password empty instead of literal text.
 */
@ApplicationScoped
@DataSourceDefinitions({
    @DataSourceDefinition(
            name = CitasPersistence.DATA_SOURCE,
            className = "${MPCONFIG=citas.db.driver}",
            url = "${MPCONFIG=citas.db.url}",
            user = "${MPCONFIG=citas.db.user}",
            password = "${MPCONFIG=citas.db.password:}",
            minPoolSize = 16,
            maxPoolSize = 32,
            maxIdleTime = 300,
            // one set of credentials: matching connections to callers only costs a lock per request
            properties = {"fish.payara.match-connections=false", "fish.payara.pool-resize-quantity=8"}),
    @DataSourceDefinition(
            name = CitasPersistence.LEDGER_ROWS_DATA_SOURCE,
            className = "${MPCONFIG=citas.db.driver}",
            url = "${MPCONFIG=citas.db.url}",
            user = "${MPCONFIG=citas.db.user}",
            password = "${MPCONFIG=citas.db.password:}",
            transactional = false,
            minPoolSize = 2,
            maxPoolSize = 16,
            maxIdleTime = 300)
})
public class CitasDataSource {
}
