package mx.gob.inm.citas.adapters.web.console;

import java.io.Serializable;
import java.time.ZoneId;
import mx.gob.inm.citas.adapters.web.pages.Texts;
import mx.gob.inm.citas.domain.floor.Visit;
import mx.gob.inm.citas.domain.floor.VisitKind;
import mx.gob.inm.citas.domain.floor.VisitStatus;

/**
 * One visit on the floor as reception and the windows show it, in the page's language: its number, procedure, kind,
 * priority, state, window and the time it joined the queue in the office's zone. The walk-in's name, if they gave
 * one, is for the window only; an appointment's visit shows no name at all.
 */
public final class VisitRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String number;
    private final String procedure;
    private final String kind;
    private final boolean walkIn;
    private final String priority;
    private final boolean hasPriority;
    private final String status;
    private final String statusLabel;
    private final String window;
    private final String queuedAt;
    private final String personName;
    private final int calls;
    private final String recallLabel;

    private VisitRow(Visit visit, String procedureName, ZoneId zone) {
        number = visit.number().value();
        procedure = procedureName;
        walkIn = visit.kind() == VisitKind.WALK_IN;
        kind = Texts.text("console.visit.kind." + visit.kind().name());
        hasPriority = visit.priority().isPriority();
        priority = Texts.text("floor.priority." + visit.priority().name());
        status = visit.status().name();
        statusLabel = Texts.text("console.visit.status." + visit.status().name());
        window = visit.window().map(String::valueOf)
                .orElse(visit.targetWindow().map(w -> Texts.text("console.visit.sentTo", w)).orElse(""));
        queuedAt = Texts.time(visit.queuedAt().atZone(zone));
        personName = visit.personName().orElse("");
        calls = visit.calls();
        recallLabel = Texts.text("console.window.recall", calls + 1, Visit.MAX_CALLS);
    }

    static VisitRow of(Visit visit, String procedureName, ZoneId zone) {
        return new VisitRow(visit, procedureName, zone);
    }

    public String getNumber() {
        return number;
    }

    public String getProcedure() {
        return procedure;
    }

    /** "Ficha" or "Cita". */
    public String getKind() {
        return kind;
    }

    public boolean isWalkIn() {
        return walkIn;
    }

    /** "Ninguna", "Persona adulta mayor"… */
    public String getPriority() {
        return priority;
    }

    public boolean isHasPriority() {
        return hasPriority;
    }

    public String getStatus() {
        return status;
    }

    public String getStatusLabel() {
        return statusLabel;
    }

    /** The window it is at, or the one it was sent to ("enviado a la 2"), or empty. */
    public String getWindow() {
        return window;
    }

    /** When it joined the queue, HH:mm in the office's zone. */
    public String getQueuedAt() {
        return queuedAt;
    }

    /** The name a walk-in gave (empty for an appointment, whose applicant the window does not need to see). */
    public String getPersonName() {
        return personName;
    }

    public int getCalls() {
        return calls;
    }

    /** Called, not yet at the window: it may be called again (at most {@link Visit#MAX_CALLS} calls in all). */
    public boolean isMayRecall() {
        return VisitStatus.CALLED.name().equals(status) && calls < Visit.MAX_CALLS;
    }

    /** "Volver a llamar (2 de 3)": the call a recall would make. */
    public String getRecallLabel() {
        return recallLabel;
    }

    public boolean isMayStart() {
        return VisitStatus.CALLED.name().equals(status);
    }

    public boolean isMayMarkNoShow() {
        return VisitStatus.CALLED.name().equals(status);
    }

    public boolean isMayFinish() {
        return VisitStatus.SERVING.name().equals(status);
    }

    public boolean isMayTransfer() {
        return VisitStatus.CALLED.name().equals(status) || VisitStatus.SERVING.name().equals(status);
    }
}
