package mx.gob.inm.citas.adapters.web.console;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import mx.gob.inm.citas.adapters.web.console.AgendaView.Choice;
import mx.gob.inm.citas.adapters.web.pages.PageLanguage;
import mx.gob.inm.citas.adapters.web.pages.Texts;
import mx.gob.inm.citas.application.port.in.FollowQueueUseCase;
import mx.gob.inm.citas.application.port.in.IssueWalkInTokenCommand;
import mx.gob.inm.citas.application.port.in.IssueWalkInTokenUseCase;
import mx.gob.inm.citas.application.port.in.QueueStatus;
import mx.gob.inm.citas.application.port.in.ReceptionDay;
import mx.gob.inm.citas.application.port.in.RunAgendaUseCase;
import mx.gob.inm.citas.application.port.in.ViewCatalogueUseCase;
import mx.gob.inm.citas.application.port.in.WalkInTicket;
import mx.gob.inm.citas.domain.floor.Priority;
import mx.gob.inm.citas.domain.floor.Visit;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.procedure.Procedure;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;

/**
 * Reception at one office ({@code ?office=…}): each pool of walk-in tokens with how many are left of today's quota,
 * the form that issues a token (procedure, the priority the law gives, an optional name) and the ticket to print,
 * and the day's visits still on the floor, paged. Staff who only read the office (a supervisor) see the day and are
 * offered no form. A refusal of the use case is said beside the field it is about.
 */
@Named("reception")
@ViewScoped
public class ReceptionView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The form's fields, by the subject of the refusals about them. */
    private static final Map<String, String> FIELDS = Map.of("walkIn", "reception:procedure", "procedure",
            "reception:procedure", "personName", "reception:personName");

    @Inject
    transient IssueWalkInTokenUseCase tokens;

    @Inject
    transient FollowQueueUseCase queue;

    @Inject
    transient RunAgendaUseCase agenda;

    @Inject
    transient ViewCatalogueUseCase catalogue;

    @Inject
    CurrentStaff staff;

    @Inject
    PageLanguage language;

    /** The public address of the site, which the ticket's QR code leads to. */
    @Inject
    PublicAddress site;

    private String office;
    private List<Office> offices = List.of();
    private String officeName;
    private String timesNote;
    private boolean refused;
    private boolean mayWork;
    private List<PoolToday> pools = List.of();
    private List<VisitRow> open = List.of();
    private int waiting;
    private List<Choice> procedures = List.of();
    private String procedure;
    private String priority = Priority.NONE.name();
    private String personName;
    private TicketCard ticket;

    /** The view action: the offices this member may read, and the chosen office's reception (the first's). */
    public void load() {
        offices = agenda.offices(staff.member());
        if (office == null || office.isBlank()) {
            office = offices.isEmpty() ? null : offices.get(0).id().value();
        }
        if (office != null) {
            refresh();
        }
    }

    /** Issues a token for the procedure chosen; the ticket is then shown, to print. */
    public void issue() {
        if (procedure == null || procedure.isBlank()) {
            Texts.error("reception:procedure", "console.reception.procedureRequired");
            return;
        }
        Optional<Priority> asked = Arrays.stream(Priority.values()).filter(p -> p.name().equals(priority))
                .findFirst();
        if (asked.isEmpty()) {
            Texts.error("reception:priority", "console.reception.priorityRequired");
            return;
        }
        WalkInTicket[] issued = new WalkInTicket[1];
        if (ConsoleAttempt.attempt(() -> issued[0] = tokens.issue(staff.member(), new IssueWalkInTokenCommand(office,
                procedure, asked.get(), Optional.ofNullable(personName).filter(n -> !n.isBlank()))), office,
                this::deny, FIELDS)) {
            ticket = TicketCard.of(issued[0].visit(), issued[0].office(), nameOf(issued[0].procedure()),
                    issued[0].ahead(), site.baseUrl());
            Texts.info("console.reception.issued", ticket.getNumber());
            personName = null;
            priority = Priority.NONE.name();
            refresh();
        } else if (!refused && mayWork != mayWorkNow()) {
            // the member's role changed since the page was shown: it offers what they may do now
            refresh();
        }
    }

    /** The ticket of a walk-in still on the floor, to print it again; people ahead as the queue stands now. */
    public void showTicket(String number) {
        Optional<Visit> visit = day().flatMap(d -> d.open().stream()
                .filter(v -> v.number().value().equals(number)).findFirst());
        if (visit.isEmpty()) {
            Texts.error(null, "console.reception.gone", number);
            refresh();
            return;
        }
        QueueStatus[] status = new QueueStatus[1];
        if (attempt(() -> status[0] = queue.status(office, number))) {
            ticket = TicketCard.of(visit.get(), status[0].office(), nameOf(status[0].procedure()), status[0].ahead(),
                    site.baseUrl());
        }
    }

    /** Reads the office's day again: pools, what is left of them, and the visits on the floor. */
    public void refresh() {
        day().ifPresent(read -> {
            Map<String, String> names = procedureNames();
            officeName = read.office().name();
            timesNote = Texts.text("console.agenda.times", Texts.zone(read.office().timeZone()));
            pools = read.pools().stream().map(p -> PoolToday.of(p, names)).toList();
            procedures = read.pools().stream().flatMap(p -> p.pool().procedures().stream())
                    .map(ProcedureCode::value).distinct()
                    .map(code -> new Choice(code, names.getOrDefault(code, code)))
                    .sorted(Comparator.comparing(Choice::label)).toList();
            if (procedures.stream().noneMatch(c -> c.value().equals(procedure))) {
                procedure = procedures.isEmpty() ? null : procedures.get(0).value();
            }
            open = read.open().stream().sorted(Comparator.comparing(Visit::queuedAt)
                    .thenComparing(v -> v.number().value()))
                    .map(v -> VisitRow.of(v, names.getOrDefault(v.procedure().value(), v.procedure().value()),
                            read.office().timeZone())).toList();
            waiting = read.waiting();
            mayWork = mayWorkNow();
            refused = false;
        });
    }

    private Optional<ReceptionDay> day() {
        ReceptionDay[] read = new ReceptionDay[1];
        return attempt(() -> read[0] = tokens.reception(staff.member(), office)) ? Optional.of(read[0])
                : Optional.empty();
    }

    private boolean mayWorkNow() {
        return OfficeId.isWellFormed(office) && staff.member().mayWorkIn(new OfficeId(office));
    }

    private boolean attempt(Runnable call) {
        return ConsoleAttempt.attempt(call, office, this::deny);
    }

    private void deny() {
        refused = true;
        mayWork = false;
        pools = List.of();
        open = List.of();
        procedures = List.of();
        ticket = null;
    }

    private Map<String, String> procedureNames() {
        return catalogue.procedures().stream().collect(Collectors.toMap(p -> p.code().value(), this::nameOf,
                (a, b) -> a));
    }

    private String nameOf(Procedure procedure) {
        return procedure.name().in(language.current());
    }

    /** The priorities the law gives, for the form: none first. */
    public List<Choice> getPriorities() {
        return Arrays.stream(Priority.values())
                .map(p -> new Choice(p.name(), Texts.text("floor.priority." + p.name()))).toList();
    }

    public String getOffice() {
        return office;
    }

    public void setOffice(String office) {
        this.office = office;
    }

    public List<Office> getOffices() {
        return offices;
    }

    public String getOfficeName() {
        return officeName;
    }

    /** "Horas en hora del Centro (America/Mexico_City)." */
    public String getTimesNote() {
        return timesNote == null ? "" : timesNote;
    }

    public boolean isRefused() {
        return refused;
    }

    /** Whether the page offers the form at all (a supervisor's does not). */
    public boolean isMayWork() {
        return mayWork;
    }

    public List<PoolToday> getPools() {
        return pools;
    }

    public List<VisitRow> getOpen() {
        return open;
    }

    /** "Esperan 4 personas." */
    public String getWaitingText() {
        return Texts.text("console.reception.waiting", waiting);
    }

    public int getWaiting() {
        return waiting;
    }

    public List<Choice> getProcedures() {
        return procedures;
    }

    public String getProcedure() {
        return procedure;
    }

    public void setProcedure(String procedure) {
        this.procedure = procedure;
    }

    public String getPriority() {
        return priority;
    }

    public void setPriority(String priority) {
        this.priority = priority;
    }

    public String getPersonName() {
        return personName;
    }

    public void setPersonName(String personName) {
        this.personName = personName;
    }

    public TicketCard getTicket() {
        return ticket;
    }

    /** A pool of walk-in tokens today: its letter, its procedures, and "quedan 12 de 50 fichas hoy". */
    public static final class PoolToday implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String letter;
        private final String procedures;
        private final int left;
        private final int quota;
        private final String leftText;

        private PoolToday(String letter, String procedures, int left, int quota, String leftText) {
            this.letter = letter;
            this.procedures = procedures;
            this.left = left;
            this.quota = quota;
            this.leftText = leftText;
        }

        static PoolToday of(ReceptionDay.PoolDay day, Map<String, String> names) {
            String procedures = day.pool().procedures().stream().map(ProcedureCode::value)
                    .map(code -> names.getOrDefault(code, code)).sorted().collect(Collectors.joining(", "));
            return new PoolToday(String.valueOf(day.pool().letter()), procedures, day.left(), day.quota(),
                    Texts.text("console.reception.left", day.left(), day.quota()));
        }

        public String getLetter() {
            return letter;
        }

        public String getProcedures() {
            return procedures;
        }

        public int getLeft() {
            return left;
        }

        public int getQuota() {
            return quota;
        }

        public String getLeftText() {
            return leftText;
        }

        public boolean isExhausted() {
            return left == 0;
        }
    }
}
