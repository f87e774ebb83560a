package mx.gob.inm.citas.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import mx.gob.inm.citas.application.port.in.SeedDemoCatalogueUseCase.SeedReport;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class StartupTest {

    private final AtomicInteger seedings = new AtomicInteger();

    @Test
    void the_application_is_not_ready_while_the_database_cannot_be_migrated_and_says_why() {
        Startup startup = startup(unreachableDatabase(), true);

        assertThat(startup.prepareDatabase()).isFalse();
        assertThat(startup.isReady()).isFalse();
        assertThat(startup.notReadyBecause()).contains("could not be prepared");
        assertThat(seedings).hasValue(0);
    }

    @Test
    void the_application_is_ready_once_migrated_and_seeded_and_prepares_only_once() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:startup-test;MODE=Oracle;DB_CLOSE_DELAY=-1");
        Startup startup = startup(h2, true);

        assertThat(startup.prepareDatabase()).isTrue();
        assertThat(startup.prepareDatabase()).isTrue();
        assertThat(startup.isReady()).isTrue();
        assertThat(seedings).hasValue(1);
    }

    @Test
    void without_demo_data_nothing_is_seeded() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:startup-test-no-demo;MODE=Oracle;DB_CLOSE_DELAY=-1");
        Startup startup = startup(h2, false);

        assertThat(startup.prepareDatabase()).isTrue();
        assertThat(seedings).hasValue(0);
    }

    private Startup startup(DataSource dataSource, boolean demo) {
        Startup startup = new Startup();
        startup.dataSource = dataSource;
        startup.seedDemoData = demo;
        startup.databaseUrl = "jdbc:h2:mem:test";
        startup.demoCatalogue = () -> {
            seedings.incrementAndGet();
            return new SeedReport(42, 22, 4);
        };
        return startup;
    }

    private static DataSource unreachableDatabase() {
        return (DataSource) java.lang.reflect.Proxy.newProxyInstance(StartupTest.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    throw new SQLException("Connection refused: the database is down");
                });
    }
}
