package mx.gob.inm.citas.adapters.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import mx.gob.inm.citas.adapters.web.fakes.FakeFaces;
import mx.gob.inm.citas.adapters.web.pages.PageLanguage;
import mx.gob.inm.citas.application.service.CatalogueAdministrationService;
import mx.gob.inm.citas.application.service.ConfigureFloorService;
import mx.gob.inm.citas.application.service.OfficeConfigurationService;
import mx.gob.inm.citas.domain.floor.OfficeFloor;
import mx.gob.inm.citas.domain.shared.Language;
import mx.gob.inm.citas.domain.staff.AuditAction;
import mx.gob.inm.citas.domain.staff.StaffMember;
import mx.gob.inm.citas.domain.staff.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The floor page's bean on the real use cases: what staff set up, what a supervisor reads, and what is refused. */
class FloorViewTest {

    private final FakeFaces faces = FakeFaces.spanish();
    private final ConsoleServices services = new ConsoleServices();
    private final ConfigureFloorService floors = new ConfigureFloorService(services.floors, services.offices,
            services.procedures, services.audit, services.clock);

    @AfterEach
    void leave_the_page() {
        faces.close();
    }

    @Test
    void staff_set_up_pools_windows_and_turns_each_saved_and_audited() {
        FloorView view = view(ConsoleServices.member(StaffRole.STAFF, services.cdmx));
        view.load();
        assertThat(view.isWritable()).isTrue();
        assertThat(view.getPools()).isEmpty();

        view.addPool();
        view.getPools().get(0).setProcedures(List.of("CANJE-RT"));
        view.getPools().get(0).setDailyTokens(50);
        view.addPool();
        assertThat(view.getPools().get(1).getLetter()).as("C numbers appointments").isEqualTo("B");
        view.getPools().get(1).setProcedures(List.of("RENOV-RT"));
        view.savePools();
        assertThat(faces.pageMessages()).singleElement().asString().startsWith("Fichas de ");

        faces.nextRequest();
        view.addWindow();
        view.getWindows().get(0).setProcedures(List.of("CANJE-RT", "RENOV-RT"));
        view.addWindow();
        view.saveWindows();
        assertThat(view.getWindows()).extracting(WindowRow::getNumber).containsExactly(1, 2);

        faces.nextRequest();
        view.setRatioAppointments(3);
        view.setRatioWalkIns(1);
        view.saveTurns();

        OfficeFloor stored = services.floors.find(services.cdmx.id()).orElseThrow();
        assertThat(stored.pools()).hasSize(2);
        assertThat(stored.windows()).hasSize(2);
        assertThat(stored.ratio().appointments()).isEqualTo(3);
        assertThat(services.audit.all()).filteredOn(e -> e.action() == AuditAction.FLOOR_CHANGED).hasSize(3);
    }

    @Test
    void a_row_that_breaks_a_rule_says_why_beside_it_and_nothing_is_saved() {
        FloorView view = view(ConsoleServices.member(StaffRole.STAFF, services.cdmx));
        view.load();
        view.addPool();
        view.getPools().get(0).setLetter("C");
        view.getPools().get(0).setProcedures(List.of("CANJE-RT"));

        view.savePools();

        assertThat(view.getPools().get(0).getError()).contains("La letra C numera las citas");
        assertThat(services.floors.find(services.cdmx.id())).isEmpty();
    }

    @Test
    void a_change_saved_meanwhile_by_someone_else_is_reported_not_overwritten() {
        StaffMember member = ConsoleServices.member(StaffRole.STAFF, services.cdmx);
        FloorView first = view(member);
        first.load();
        FloorView second = view(member);
        second.load();
        second.addWindow();
        second.getWindows().get(0).setProcedures(List.of("CANJE-RT"));
        second.saveWindows();
        faces.nextRequest();

        first.addWindow();
        first.getWindows().get(0).setNumber(7);
        first.getWindows().get(0).setProcedures(List.of("RENOV-RT"));
        first.saveWindows();

        assertThat(faces.pageMessages()).singleElement().asString().contains("vuelva a abrirlo");
        assertThat(services.floors.find(services.cdmx.id()).orElseThrow().windows())
                .extracting(w -> w.number()).containsExactly(1);
    }

    @Test
    void a_supervisor_reads_the_floor_and_is_offered_no_change() {
        FloorView view = view(ConsoleServices.member(StaffRole.SUPERVISOR, services.cdmx));
        view.load();
        assertThat(view.isRefused()).isFalse();
        assertThat(view.isWritable()).isFalse();
    }

    private FloorView view(StaffMember member) {
        FloorView view = new FloorView();
        view.floors = floors;
        view.offices = new OfficeConfigurationService(services.offices, services.appointments, services.audit,
                services.clock);
        view.catalogue = new CatalogueAdministrationService(services.procedures, services.audit, services.clock);
        view.staff = ConsoleServices.signedIn(member);
        view.language = new PageLanguage() {
            private static final long serialVersionUID = 1L;

            @Override
            public Language current() {
                return Language.SPANISH;
            }
        };
        view.setOffice(services.cdmx.id().value());
        return view;
    }
}
