package mx.gob.inm.citas.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.stream.Collectors;
import mx.gob.inm.citas.application.fakes.InMemoryClosureRepository;
import mx.gob.inm.citas.application.fakes.InMemoryOfficeRepository;
import mx.gob.inm.citas.application.fakes.InMemoryProcedureRepository;
import mx.gob.inm.citas.application.fakes.InMemoryScheduleRepository;
import mx.gob.inm.citas.application.port.in.SeedDemoCatalogueUseCase.SeedReport;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.procedure.Procedure;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.schedule.OpeningPeriod;
import mx.gob.inm.citas.domain.schedule.WeeklySchedule;
import org.junit.jupiter.api.Test;

class DemoCatalogueServiceTest {

    private final InMemoryOfficeRepository offices = new InMemoryOfficeRepository();
    private final InMemoryProcedureRepository procedures = new InMemoryProcedureRepository();
    private final InMemoryScheduleRepository schedules = new InMemoryScheduleRepository();
    private final InMemoryClosureRepository closures = new InMemoryClosureRepository();
    private final DemoCatalogueService seeder = new DemoCatalogueService(offices, procedures, schedules, closures);

    @Test
    void an_empty_database_gets_42_offices_in_all_32_states_and_the_22_procedures() {
        SeedReport report = seeder.seedIfEmpty();

        assertThat(report.offices()).isEqualTo(42);
        assertThat(offices.findAll()).hasSize(42).allMatch(Office::isActive);
        assertThat(offices.findAll().stream().map(o -> o.state().code()).collect(Collectors.toSet())).hasSize(32);
        assertThat(procedures.findAll()).hasSize(22);
        assertThat(procedures.findAll().stream().filter(Procedure::isBookableOnline)).hasSize(18);
        assertThat(procedures.findAll()).allSatisfy(p -> assertThat(p.requirements()).isNotEmpty());
        assertThat(report.closures()).isPositive();
    }

    @Test
    void every_office_opens_monday_to_friday_nine_to_half_past_two_and_busy_offices_have_more_places() {
        seeder.seedIfEmpty();

        for (Office office : offices.findAll()) {
            WeeklySchedule week = schedules.findByOffice(office.id());
            assertThat(week.periods()).hasSize(5).allSatisfy(period -> {
                assertThat(period.hours().start()).isEqualTo(LocalTime.of(9, 0));
                assertThat(period.hours().end()).isEqualTo(LocalTime.of(14, 30));
                assertThat(period.slotLength().toMinutes()).isEqualTo(30);
                assertThat(period.procedures()).noneMatch(code -> code.value().startsWith("REGULARIZ"));
            });
        }
        assertThat(placesAt("cdmx-ciudad-de-mexico")).isEqualTo(8);
        assertThat(placesAt("chis-tapachula")).isEqualTo(8);
        assertThat(placesAt("nl-monterrey")).isGreaterThan(placesAt("zac-zacatecas"));
    }

    @Test
    void humanitarian_procedures_are_offered_only_at_some_offices() {
        seeder.seedIfEmpty();
        ProcedureCode humanitarian = new ProcedureCode("VISITANTE-HUM");
        assertThat(schedules.findByOffice(new OfficeId("chis-tapachula")).offers(humanitarian)).isTrue();
        assertThat(schedules.findByOffice(new OfficeId("yuc-merida")).offers(humanitarian)).isFalse();
    }

    @Test
    void a_catalogue_that_already_has_offices_is_left_alone() {
        seeder.seedIfEmpty();
        SeedReport second = seeder.seedIfEmpty();
        assertThat(second.seededAnything()).isFalse();
        assertThat(offices.count()).isEqualTo(42);
    }

    private int placesAt(String office) {
        return schedules.findByOffice(new OfficeId(office)).periods().stream().mapToInt(OpeningPeriod::placesPerSlot)
                .max().orElseThrow();
    }
}
