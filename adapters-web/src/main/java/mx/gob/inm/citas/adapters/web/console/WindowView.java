package mx.gob.inm.citas.adapters.web.console;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import mx.gob.inm.citas.adapters.web.console.AgendaView.Choice;
import mx.gob.inm.citas.adapters.web.pages.PageLanguage;
import mx.gob.inm.citas.adapters.web.pages.Texts;
import mx.gob.inm.citas.application.port.in.ConfigureFloorUseCase;
import mx.gob.inm.citas.application.port.in.RunAgendaUseCase;
import mx.gob.inm.citas.application.port.in.ServeAtWindowUseCase;
import mx.gob.inm.citas.application.port.in.ViewCatalogueUseCase;
import mx.gob.inm.citas.application.port.in.WindowDesk;
import mx.gob.inm.citas.domain.floor.OfficeFloor;
import mx.gob.inm.citas.domain.floor.ServiceWindow;
import mx.gob.inm.citas.domain.floor.Visit;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.shared.EditConflictException;

/**
 * A service window of one office ({@code ?office=…&window=…}), as the staff member at it works: open the window for
 * their session, call the next visit the window may serve, call again (at most three calls), start, finish, mark a
 * no-show (confirmed first) or transfer to another window or procedure, see how many wait for this window, and
 * close it. Every step answers with the desk as the store has it now, so the page keeps up with the other windows;
 * a visit changed meanwhile by someone else is said, and the desk read again.
 */
@Named("windowDesk")
@ViewScoped
public class WindowView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> WINDOW_FIELDS = Map.of("window", "windowForm:window");
    private static final Map<String, String> TRANSFER_FIELDS = Map.of("visit", "transferForm:toWindow", "window",
            "transferForm:toWindow", "procedure", "transferForm:toProcedure");

    @Inject
    transient ServeAtWindowUseCase windows;

    @Inject
    transient ConfigureFloorUseCase floors;

    @Inject
    transient RunAgendaUseCase agenda;

    @Inject
    transient ViewCatalogueUseCase catalogue;

    @Inject
    CurrentStaff staff;

    @Inject
    PageLanguage language;

    private String office;
    /** The window asked for in the address, or chosen in the form. */
    private String window;
    private List<Office> offices = List.of();
    private String officeName;
    private String timesNote;
    private boolean refused;
    private boolean mayWork;
    private List<Choice> windowChoices = List.of();
    /** The window this member has open on this page (0: none). */
    private int opened;
    /** Who else has the window chosen open, if anyone. */
    private String openedBy;
    private VisitRow current;
    private int waiting;
    private String toWindow;
    private String toProcedure;
    private List<Choice> transferWindows = List.of();
    private List<Choice> transferProcedures = List.of();
    private List<ServiceWindow> configured = List.of();
    private Map<String, String> names = Map.of();

    /**
     * The view action: the offices this member may read, the chosen office's windows, and the window this member
     * already has open there (the one in the address, else any), so a page opened again goes on where it was.
     */
    public void load() {
        offices = agenda.offices(staff.member());
        if (office == null || office.isBlank()) {
            office = offices.isEmpty() ? null : offices.get(0).id().value();
        }
        if (office == null || !readFloor()) {
            return;
        }
        Optional<Integer> asked = number(window).filter(n -> configured.stream().anyMatch(w -> w.number() == n));
        List<Integer> candidates = asked.map(List::of)
                .orElseGet(() -> configured.stream().map(ServiceWindow::number).toList());
        for (int candidate : candidates) {
            WindowDesk[] desk = new WindowDesk[1];
            if (!attempt(() -> desk[0] = windows.desk(staff.member(), office, candidate))) {
                return;
            }
            if (asked.isPresent() || isMine(desk[0])) {
                show(desk[0]);
                if (opened != 0) {
                    return;
                }
            }
        }
        if (window == null && !windowChoices.isEmpty()) {
            window = windowChoices.get(0).value();
        }
    }

    /** Opens the window chosen for this member; refused while someone else has it open. */
    public void open() {
        Optional<Integer> number = number(window);
        if (number.isEmpty()) {
            Texts.error("windowForm:window", "console.window.chooseWindow");
            return;
        }
        if (ConsoleAttempt.attempt(() -> show(windows.open(staff.member(), office, number.get())), office,
                this::deny, WINDOW_FIELDS)) {
            Texts.info("console.window.opened", number.get());
        } else if (!refused) {
            readDesk(number.get());
        }
    }

    /** Closes this member's window: it calls nobody more until opened again. */
    public void close() {
        int number = opened;
        if (attempt(() -> windows.close(staff.member(), office, number))) {
            Texts.info("console.window.closed", number);
            opened = 0;
            current = null;
            readDesk(number);
        }
    }

    public void callNext() {
        if (step(number -> windows.callNext(staff.member(), office, opened))) {
            if (current == null) {
                Texts.info("console.window.nobody", opened);
            } else {
                Texts.info("console.window.called", current.getNumber(), opened);
            }
        }
    }

    public void recall() {
        String number = currentNumber();
        if (step(n -> windows.recall(staff.member(), office, opened, n))) {
            Texts.info("console.window.recalled", number, current == null ? 0 : current.getCalls(),
                    Visit.MAX_CALLS);
        }
    }

    public void start() {
        String number = currentNumber();
        if (step(n -> windows.start(staff.member(), office, opened, n))) {
            Texts.info("console.window.started", number);
        }
    }

    public void finish() {
        String number = currentNumber();
        if (step(n -> windows.finish(staff.member(), office, opened, n))) {
            Texts.info("console.window.finished", number);
        }
    }

    public void markNoShow() {
        String number = currentNumber();
        if (step(n -> windows.markNoShow(staff.member(), office, opened, n))) {
            Texts.info("console.window.noShowDone", number);
        }
    }

    /** The transfer dialog's choices: the office's other windows, and the procedures its windows serve. */
    public void prepareTransfer() {
        toWindow = null;
        toProcedure = null;
        transferWindows = configured.stream().filter(w -> w.number() != opened).map(this::choiceOf).toList();
        transferProcedures = configured.stream().flatMap(w -> w.procedures().stream()).map(ProcedureCode::value)
                .distinct().map(code -> new Choice(code, names.getOrDefault(code, code)))
                .sorted(Comparator.comparing(Choice::label)).toList();
    }

    /** Sends the current visit back to the queue, for the window or procedure chosen (or both). */
    public void transfer() {
        String number = currentNumber();
        Optional<Integer> target = number(toWindow);
        Optional<String> procedure = Optional.ofNullable(toProcedure).filter(p -> !p.isBlank());
        if (toWindow != null && !toWindow.isBlank() && target.isEmpty()) {
            Texts.error("transferForm:toWindow", "console.window.chooseWindow");
            return;
        }
        if (step(n -> windows.transfer(staff.member(), office, opened, n, target, procedure), TRANSFER_FIELDS)) {
            Texts.info("console.window.transferred", number);
        }
    }

    /** Reads the desk again: who waits now, and the visit at the window as the store has it. */
    public void refresh() {
        if (opened != 0) {
            readDesk(opened);
        } else {
            number(window).ifPresent(this::readDesk);
        }
    }

    /**
     * A step at the window on the current visit. Done: the desk it answers is shown. Refused: said, and the desk read
     * again (another window, or the same member on another page, may have moved the visit on meanwhile).
     */
    private boolean step(Function<String, WindowDesk> call) {
        return step(call, Map.of());
    }

    private boolean step(Function<String, WindowDesk> call, Map<String, String> fields) {
        String number = currentNumber();
        boolean[] conflict = new boolean[1];
        boolean done = ConsoleAttempt.attempt(() -> {
            try {
                show(call.apply(number));
            } catch (EditConflictException changedMeanwhile) {
                conflict[0] = true;
            }
        }, office, this::deny, fields);
        if (conflict[0]) {
            Texts.error(null, "console.window.conflict", number == null ? "" : number);
        }
        if ((!done || conflict[0]) && !refused) {
            refresh();
        }
        return done && !conflict[0];
    }

    private void readDesk(int number) {
        attempt(() -> show(windows.desk(staff.member(), office, number)));
    }

    private void show(WindowDesk desk) {
        officeName = desk.office().name();
        timesNote = Texts.text("console.agenda.times", Texts.zone(desk.office().timeZone()));
        window = String.valueOf(desk.window().number());
        if (isMine(desk)) {
            opened = desk.window().number();
            openedBy = null;
            current = desk.current().map(v -> VisitRow.of(v, names.getOrDefault(v.procedure().value(),
                    v.procedure().value()), desk.office().timeZone())).orElse(null);
        } else {
            opened = 0;
            openedBy = desk.openedBy().orElse(null);
            current = null;
        }
        waiting = desk.waiting();
        mayWork = mayWorkNow();
        refused = false;
    }

    private boolean isMine(WindowDesk desk) {
        return desk.openedBy().filter(staff.member().username().value()::equals).isPresent();
    }

    /** The office's windows and the catalogue's names; false when the office may not be read. */
    private boolean readFloor() {
        OfficeFloor[] floor = new OfficeFloor[1];
        if (!attempt(() -> floor[0] = floors.floor(staff.member(), office))) {
            return false;
        }
        names = catalogue.procedures().stream().collect(Collectors.toMap(p -> p.code().value(),
                p -> p.name().in(language.current()), (a, b) -> a));
        configured = floor[0].windows();
        windowChoices = configured.stream().map(this::choiceOf).toList();
        officeName = offices.stream().filter(o -> o.id().value().equals(office)).findFirst()
                .map(Office::name).orElse(office);
        offices.stream().filter(o -> o.id().value().equals(office)).findFirst().ifPresent(o -> timesNote = Texts
                .text("console.agenda.times", Texts.zone(o.timeZone())));
        mayWork = mayWorkNow();
        refused = false;
        return true;
    }

    /** "Ventanilla 2 · Canje de visa, Renovación". */
    private Choice choiceOf(ServiceWindow serviceWindow) {
        String served = serviceWindow.procedures().stream().map(ProcedureCode::value)
                .map(code -> names.getOrDefault(code, code)).sorted().collect(Collectors.joining(", "));
        return new Choice(String.valueOf(serviceWindow.number()), Texts.text("console.window.choice",
                serviceWindow.number(), served));
    }

    private String currentNumber() {
        return current == null ? null : current.getNumber();
    }

    private static Optional<Integer> number(String typed) {
        if (typed == null || !typed.strip().matches("[0-9]{1,2}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(typed.strip()));
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
        opened = 0;
        current = null;
        windowChoices = List.of();
        configured = List.of();
    }

    public String getOffice() {
        return office;
    }

    public void setOffice(String office) {
        this.office = office;
    }

    public String getWindow() {
        return window;
    }

    public void setWindow(String window) {
        this.window = window;
    }

    public List<Office> getOffices() {
        return offices;
    }

    public String getOfficeName() {
        return officeName;
    }

    public String getTimesNote() {
        return timesNote == null ? "" : timesNote;
    }

    public boolean isRefused() {
        return refused;
    }

    /** Whether this member may work the office's windows at all (a supervisor only reads them). */
    public boolean isMayWork() {
        return mayWork;
    }

    public List<Choice> getWindowChoices() {
        return windowChoices;
    }

    /** The window this member has open here, 0 when none. */
    public int getOpened() {
        return opened;
    }

    public boolean isOpen() {
        return opened != 0;
    }

    /** "La ventanilla 2 está abierta por ana.lopez.", when someone else has the window chosen open. */
    public String getOpenedByText() {
        return openedBy == null ? "" : Texts.text("console.window.openedBy", window, openedBy);
    }

    public VisitRow getCurrent() {
        return current;
    }

    public int getWaiting() {
        return waiting;
    }

    /** "Esperan 3 personas que esta ventanilla puede atender." */
    public String getWaitingText() {
        return Texts.text("console.window.waiting", waiting);
    }

    /** "Ventanilla 2": the heading of the desk. */
    public String getTitle() {
        return Texts.text("console.window.heading", opened);
    }

    /** "¿Marcar A-001 como no se presentó?". */
    public String getNoShowConfirm() {
        return current == null ? "" : Texts.text("console.window.noShowConfirm", current.getNumber());
    }

    /** "¿Cerrar la ventanilla 2? …". */
    public String getCloseConfirm() {
        return Texts.text("console.window.closeConfirm", opened);
    }

    /** "Transferir el turno A-001". */
    public String getTransferTitle() {
        return current == null ? "" : Texts.text("console.window.transferTitle", current.getNumber());
    }

    public String getToWindow() {
        return toWindow;
    }

    public void setToWindow(String toWindow) {
        this.toWindow = toWindow;
    }

    public String getToProcedure() {
        return toProcedure;
    }

    public void setToProcedure(String toProcedure) {
        this.toProcedure = toProcedure;
    }

    public List<Choice> getTransferWindows() {
        return transferWindows;
    }

    public List<Choice> getTransferProcedures() {
        return transferProcedures;
    }
}
