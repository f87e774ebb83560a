package mx.gob.inm.citas.adapters.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;
import java.util.Spliterators;
import jakarta.faces.application.FacesMessage;
import mx.gob.inm.citas.adapters.web.console.AgendaView.Choice;
import mx.gob.inm.citas.adapters.web.fakes.FakeFaces;
import mx.gob.inm.citas.domain.floor.DisplayNumber;
import mx.gob.inm.citas.domain.floor.Priority;
import mx.gob.inm.citas.domain.floor.VisitStatus;
import mx.gob.inm.citas.domain.shared.Language;
import mx.gob.inm.citas.domain.staff.StaffMember;
import mx.gob.inm.citas.domain.staff.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The reception page's bean on the real floor use cases: pools, issuing tokens, their tickets, the day's visits. */
class ReceptionViewTest {

    private FakeFaces faces = FakeFaces.spanish();
    private final FloorServices services = new FloorServices();
    private final StaffMember ana = services.staff("ana.lopez");

    @AfterEach
    void leave_the_page() {
        faces.close();
    }

    @Test
    void each_pool_says_what_is_left_today_and_a_token_gives_its_ticket_with_the_next_number() {
        services.setUp(50);
        ReceptionView view = services.receptionView(ana, Language.SPANISH);
        view.load();

        assertThat(view.isRefused()).isFalse();
        assertThat(view.isMayWork()).isTrue();
        assertThat(view.getPools()).extracting(ReceptionView.PoolToday::getLetter, ReceptionView.PoolToday::getLeftText)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", "quedan 50 de 50 fichas hoy"),
                        org.assertj.core.groups.Tuple.tuple("R", "quedan 10 de 10 fichas hoy"));
        assertThat(view.getProcedures()).as("only the procedures with a pool").extracting(Choice::value)
                .containsExactlyInAnyOrder("CANJE-RT", "REGULARIZ-VENCIDO");
        assertThat(view.getTimesNote()).isEqualTo("Horas en hora del Centro (America/Mexico_City).");

        view.setProcedure("CANJE-RT");
        view.setPersonName("María Pérez");
        view.issue();

        assertThat(faces.pageMessages()).containsExactly("Ficha A-001 emitida.");
        TicketCard ticket = view.getTicket();
        assertThat(ticket.getNumber()).isEqualTo("A-001");
        assertThat(ticket.getProcedure()).isEqualTo("Trámite CANJE-RT");
        assertThat(ticket.getOffice()).isEqualTo("Oficina de Representación Ciudad de México");
        assertThat(ticket.getIssued()).as("the office's wall clock, Monday 08:00 in Mexico City")
                .isEqualTo("Emitida el lunes, 30 de noviembre de 2026 a las 08:00 (hora del Centro)");
        assertThat(ticket.getAhead()).isEqualTo("Nadie antes que usted: es el siguiente turno.");
        assertThat(ticket.getPriority()).isEmpty();
        assertThat(ticket.getStatusUrl())
                .isEqualTo("https://citas.inm.gob.mx/turno?office=cdmx-ciudad-de-mexico&number=A-001");
        assertThat(ticket.getQrSvg()).startsWith("<svg").contains("aria-label=\"Código QR de la página del turno A-001\"");
        assertThat(view.getPools().get(0).getLeftText()).isEqualTo("quedan 49 de 50 fichas hoy");
        assertThat(view.getPersonName()).as("the next person's name is not the last one's").isNull();
        assertThat(view.getOpen()).singleElement().satisfies(row -> {
            assertThat(row.getNumber()).isEqualTo("A-001");
            assertThat(row.getKind()).isEqualTo("Ficha");
            assertThat(row.getStatusLabel()).isEqualTo("En espera");
            assertThat(row.getPriority()).isEqualTo("Sin prioridad");
            assertThat(row.getQueuedAt()).isEqualTo("08:00");
        });
        assertThat(view.getWaitingText()).isEqualTo("Espera 1 persona.");
        assertThat(services.console.visits.find(services.cdmx.id(), java.time.LocalDate.parse(ConsoleServices.MONDAY),
                new DisplayNumber("A-001")).orElseThrow().personName()).contains("María Pérez");
    }

    @Test
    void a_token_with_priority_has_nobody_ahead_and_the_first_tokens_ticket_printed_again_says_one_ahead() {
        services.setUp(50);
        ReceptionView view = services.receptionView(ana, Language.SPANISH);
        view.load();
        view.setProcedure("CANJE-RT");
        view.issue();
        view.setProcedure("CANJE-RT");
        view.setPriority(Priority.OLDER_ADULT.name());
        view.issue();

        assertThat(view.getTicket().getNumber()).isEqualTo("A-002");
        assertThat(view.getTicket().getAhead()).isEqualTo("Nadie antes que usted: es el siguiente turno.");
        assertThat(view.getTicket().getPriority()).isEqualTo("Persona adulta mayor");
        assertThat(view.getPriority()).as("the form is back to no priority").isEqualTo("NONE");

        view.showTicket("A-001");

        assertThat(view.getTicket().getNumber()).isEqualTo("A-001");
        assertThat(view.getTicket().getAhead()).isEqualTo("1 persona antes que usted.");
        assertThat(view.getOpen()).extracting(VisitRow::getNumber, VisitRow::getPriority).containsExactly(
                org.assertj.core.groups.Tuple.tuple("A-001", "Sin prioridad"),
                org.assertj.core.groups.Tuple.tuple("A-002", "Persona adulta mayor"));
    }

    @Test
    void the_last_token_of_the_day_is_given_and_the_next_is_refused_beside_the_procedure() {
        services.setUp(1);
        ReceptionView view = services.receptionView(ana, Language.SPANISH);
        view.load();
        view.setProcedure("CANJE-RT");
        view.issue();
        faces.nextRequest();

        view.setProcedure("CANJE-RT");
        view.issue();

        assertThat(besideField("reception:procedure")).containsExactly(
                "Se agotaron las fichas de hoy para Trámite CANJE-RT.");
        assertThat(faces.pageMessages()).isEmpty();
        assertThat(view.getPools().get(0).getLeftText()).isEqualTo("no quedan fichas hoy (eran 1)");
        assertThat(view.getPools().get(0).isExhausted()).isTrue();
        assertThat(view.getOpen()).hasSize(1);
    }

    @Test
    void a_name_too_long_is_refused_beside_the_name_and_no_token_is_given() {
        services.setUp(50);
        ReceptionView view = services.receptionView(ana, Language.SPANISH);
        view.load();
        view.setProcedure("CANJE-RT");
        view.setPersonName("M".repeat(81));

        view.issue();

        assertThat(besideField("reception:personName")).singleElement().asString().contains("80")
                .doesNotContain("must", "The name");
        assertThat(view.getTicket()).isNull();
        assertThat(view.getPools().get(0).getLeftText()).isEqualTo("quedan 50 de 50 fichas hoy");
    }

    @Test
    void no_procedure_chosen_is_said_beside_the_procedure() {
        services.setUp(50);
        ReceptionView view = services.receptionView(ana, Language.SPANISH);
        view.load();
        view.setProcedure("");

        view.issue();

        assertThat(besideField("reception:procedure")).containsExactly("Elija el trámite de la ficha.");
        assertThat(view.getTicket()).isNull();
    }

    @Test
    void a_supervisor_reads_the_pools_and_the_floor_and_is_offered_no_form() {
        services.setUp(50);
        ReceptionView staffView = services.receptionView(ana, Language.SPANISH);
        staffView.load();
        staffView.setProcedure("CANJE-RT");
        staffView.issue();
        ReceptionView view = services.receptionView(ConsoleServices.member(StaffRole.SUPERVISOR, services.cdmx),
                Language.SPANISH);
        faces.nextRequest();

        view.load();

        assertThat(view.isRefused()).isFalse();
        assertThat(view.isMayWork()).isFalse();
        assertThat(view.getOpen()).extracting(VisitRow::getNumber).containsExactly("A-001");
        view.setProcedure("CANJE-RT");
        view.issue();
        assertThat(faces.pageMessages()).containsExactly("Su función de supervisor permite consultar esta oficina,"
                + " pero no registrar cambios.");
        assertThat(view.getOpen()).hasSize(1);
    }

    @Test
    void staff_of_another_office_see_nothing_of_it() {
        services.setUp(50);
        ReceptionView view = services.receptionView(ConsoleServices.member(StaffRole.STAFF,
                services.console.tijuana), Language.SPANISH);

        view.load();

        assertThat(view.isRefused()).isTrue();
        assertThat(view.getPools()).isEmpty();
        assertThat(view.getOpen()).isEmpty();
        assertThat(faces.pageMessages()).containsExactly("No tiene acceso a la oficina cdmx-ciudad-de-mexico.");
    }

    @Test
    void an_office_without_pools_offers_no_form_and_says_so() {
        ReceptionView view = services.receptionView(ana, Language.SPANISH);

        view.load();

        assertThat(view.getPools()).isEmpty();
        assertThat(view.getProcedures()).isEmpty();
        assertThat(view.isRefused()).isFalse();
    }

    @Test
    void in_english_the_pools_the_ticket_and_the_rows_speak_english() {
        faces.close();
        faces = new FakeFaces(Locale.ENGLISH);
        services.setUp(50);
        ReceptionView view = services.receptionView(ana, Language.ENGLISH);
        view.load();
        view.setProcedure("REGULARIZ-VENCIDO");
        view.setPriority(Priority.DISABILITY.name());

        view.issue();

        assertThat(faces.pageMessages()).containsExactly("Token R-001 issued.");
        assertThat(view.getTicket().getProcedure()).isEqualTo("Procedure REGULARIZ-VENCIDO");
        assertThat(view.getTicket().getIssued()).startsWith("Issued on Monday, November 30, 2026 at 08:00 (");
        assertThat(view.getTicket().getAhead()).isEqualTo("Nobody ahead of you: yours is the next number.");
        assertThat(view.getTicket().getPriority()).isEqualTo("Person with a disability");
        assertThat(view.getPools()).extracting(ReceptionView.PoolToday::getLeftText)
                .containsExactly("50 of 50 tokens left today", "9 of 10 tokens left today");
        assertThat(view.getOpen()).singleElement().satisfies(row -> {
            assertThat(row.getKind()).isEqualTo("Walk-in token");
            assertThat(row.getStatusLabel()).isEqualTo("Waiting");
        });
        assertThat(view.getPriorities()).extracting(Choice::label).containsExactly("No priority", "Older adult",
                "Pregnant woman", "Person with a disability");
        assertThat(services.console.visits.open(services.cdmx.id(), java.time.LocalDate.parse(ConsoleServices.MONDAY)))
                .singleElement().satisfies(v -> assertThat(v.status()).isEqualTo(VisitStatus.WAITING));
    }

    private List<String> besideField(String clientId) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(faces.getMessages(clientId), 0), false)
                .map(FacesMessage::getSummary).toList();
    }
}
