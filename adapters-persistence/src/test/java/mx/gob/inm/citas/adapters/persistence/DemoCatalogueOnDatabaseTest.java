package mx.gob.inm.citas.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import mx.gob.inm.citas.application.port.in.SeedDemoCatalogueUseCase.SeedReport;
import mx.gob.inm.citas.application.service.DemoCatalogueService;
import mx.gob.inm.citas.domain.office.OfficeId;
import org.junit.jupiter.api.Test;

/** The demo seed writes offices, schedules and closures in one transaction: the real schema must accept it. */
class DemoCatalogueOnDatabaseTest {

    private final JpaTestDatabase db = JpaTestDatabase.emptied();

    @Test
    void the_whole_demo_catalogue_is_stored_in_one_transaction_and_reads_back() {
        SeedReport report = db.inTransaction(() -> seeder().seedIfEmpty());

        assertThat(report.offices()).isEqualTo(42);
        assertThat(db.inTransaction(() -> new JpaOfficeRepository(db.em()).count())).isEqualTo(42);
        assertThat(db.inTransaction(() -> new JpaProcedureRepository(db.em()).findAll())).hasSize(22);
        assertThat(db.inTransaction(() -> new JpaScheduleRepository(db.em())
                .findByOffice(new OfficeId("cdmx-ciudad-de-mexico")).periods())).hasSize(5);
        assertThat(db.inTransaction(() -> new JpaClosureRepository(db.em()).findApplyingTo(
                new OfficeId("chis-tapachula"), LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 2)))).hasSize(1);
        assertThat(db.inTransaction(() -> seeder().seedIfEmpty()).seededAnything()).isFalse();
    }

    private DemoCatalogueService seeder() {
        return new DemoCatalogueService(new JpaOfficeRepository(db.em()), new JpaProcedureRepository(db.em()),
                new JpaScheduleRepository(db.em()), new JpaClosureRepository(db.em()));
    }
}
