package mx.gob.inm.citas.domain.floor;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;
import static mx.gob.inm.citas.domain.shared.InvalidValueException.requirePresent;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.shared.TypedText;

/**
 * A person's visit to an office on one local day, from the queue to the window: a walk-in token (ficha) issued at
 * the door, or an appointment whose holder checked in. It is known by its office, day and display number.
 *
 * <p>Lifecycle: {@link #walkIn} or {@link #checkedIn} queue it ({@link VisitStatus#WAITING}); a window
 * {@link #call}s it, may {@link #recall} it up to {@link #MAX_CALLS} calls in all, then {@link #start}s serving and
 * {@link #finish}es, or marks it a {@link #markNoShow no-show}; a window may {@link #transfer} it to another window or
 * procedure, which puts it back in the queue. A waiting appointment whose check-in is undone is
 * {@link #withdraw}n, and {@link #rejoin}s when checked in again. Each step returns the {@link VisitEvent} the
 * visit log records; {@link #reconstitute} loads a stored visit.
 */
public final class Visit {

    /** A call and at most two recalls: then the person is marked absent or served. */
    public static final int MAX_CALLS = 3;
    /** The longest name a walk-in may give. */
    public static final int MAX_NAME = 80;

    private final OfficeId office;
    private final LocalDate day;
    private final DisplayNumber number;
    private final VisitKind kind;
    private ProcedureCode procedure;
    private Priority priority;
    private final String personName;
    private final ConfirmationCode appointment;
    private final Instant slotStart;
    private Instant queuedAt;
    private VisitStatus status;
    private Integer window;
    private Integer targetWindow;
    private int calls;
    private Instant firstCalledAt;
    private Instant startedAt;
    private Instant finishedAt;
    private final long version;

    private Visit(OfficeId office, LocalDate day, DisplayNumber number, VisitKind kind, ProcedureCode procedure,
            Priority priority, String personName, ConfirmationCode appointment, Instant slotStart, Instant queuedAt,
            VisitStatus status, Integer window, Integer targetWindow, int calls, Instant firstCalledAt,
            Instant startedAt, Instant finishedAt, long version) {
        this.office = requirePresent(office, "office", "The office");
        this.day = requirePresent(day, "day", "The day");
        this.number = requirePresent(number, "displayNumber", "The display number");
        this.kind = requirePresent(kind, "internal", "The kind of visit");
        this.procedure = requirePresent(procedure, "procedure", "The procedure");
        this.priority = requirePresent(priority, "priority", "The priority");
        this.personName = personName;
        this.appointment = appointment;
        this.slotStart = slotStart;
        this.queuedAt = requirePresent(queuedAt, "internal", "When the visit was queued");
        this.status = requirePresent(status, "internal", "The status");
        this.window = window;
        this.targetWindow = targetWindow;
        require(calls >= 0 && calls <= MAX_CALLS, "internal.calls", "A visit is called at most 3 times");
        this.calls = calls;
        this.firstCalledAt = firstCalledAt;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.version = version;
        require((kind == VisitKind.APPOINTMENT) == (appointment != null), "internal.appointment",
                "An appointment's visit names its appointment; a walk-in's does not");
    }

    /** A walk-in token just issued, with the person's name if they gave one. */
    public static Visit walkIn(OfficeId office, LocalDate day, DisplayNumber number, ProcedureCode procedure,
            Priority priority, Optional<String> name, Instant now) {
        String given = requirePresent(name, "personName", "The name (or none)").filter(n -> !n.isBlank())
                .map(n -> TypedText.line(n, "personName", "The name", MAX_NAME)).orElse(null);
        return new Visit(office, day, number, VisitKind.WALK_IN, procedure, priority, given, null, null, now,
                VisitStatus.WAITING, null, null, 0, null, null, null, 0);
    }

    /** The holder of {@code appointment} (for {@code slotStart}) checked in and now waits to be called. */
    public static Visit checkedIn(OfficeId office, LocalDate day, DisplayNumber number, ConfirmationCode appointment,
            ProcedureCode procedure, Instant slotStart, Priority priority, Instant now) {
        requirePresent(appointment, "internal", "The appointment");
        requirePresent(slotStart, "internal", "The appointment's time");
        return new Visit(office, day, number, VisitKind.APPOINTMENT, procedure, priority, null, appointment,
                slotStart, now, VisitStatus.WAITING, null, null, 0, null, null, null, 0);
    }

    /** A stored visit. */
    public static Visit reconstitute(OfficeId office, LocalDate day, DisplayNumber number, VisitKind kind,
            ProcedureCode procedure, Priority priority, Optional<String> personName,
            Optional<ConfirmationCode> appointment, Optional<Instant> slotStart, Instant queuedAt, VisitStatus status,
            Optional<Integer> window, Optional<Integer> targetWindow, int calls, Optional<Instant> firstCalledAt,
            Optional<Instant> startedAt, Optional<Instant> finishedAt, long version) {
        return new Visit(office, day, number, kind, procedure, priority, personName.orElse(null),
                appointment.orElse(null), slotStart.orElse(null), queuedAt, status, window.orElse(null),
                targetWindow.orElse(null), calls, firstCalledAt.orElse(null), startedAt.orElse(null),
                finishedAt.orElse(null), version);
    }

    /** The first event of a new visit: the token issued, or the appointment checked in. */
    public VisitEvent joined() {
        return event(kind == VisitKind.WALK_IN ? VisitEventKind.ISSUED : VisitEventKind.CHECKED_IN, queuedAt,
                priority.isPriority() ? priority.name() : "");
    }

    /** {@code atWindow} calls this waiting visit. */
    public VisitEvent call(int atWindow, Instant now) {
        requireStatus(VisitStatus.WAITING, "called");
        require(targetWindow == null || targetWindow == atWindow, "visit.forAnotherWindow",
                "This visit was sent to window " + targetWindow, targetWindow);
        status = VisitStatus.CALLED;
        window = atWindow;
        targetWindow = null;
        calls = 1;
        if (firstCalledAt == null) {
            firstCalledAt = now;
        }
        return event(VisitEventKind.CALLED, now, "");
    }

    /** The window calls the person again, who has not come yet: at most {@link #MAX_CALLS} calls in all. */
    public VisitEvent recall(int atWindow, Instant now) {
        requireAt(atWindow, VisitStatus.CALLED, "recalled");
        if (calls >= MAX_CALLS) {
            throw new FloorRefusedException("visit.recallLimit", "A visit is called at most " + MAX_CALLS
                    + " times; mark it absent or start serving it", MAX_CALLS);
        }
        calls++;
        return event(VisitEventKind.RECALLED, now, String.valueOf(calls));
    }

    /** The person came to the window: serving starts. */
    public VisitEvent start(int atWindow, Instant now) {
        requireAt(atWindow, VisitStatus.CALLED, "started");
        status = VisitStatus.SERVING;
        startedAt = now;
        return event(VisitEventKind.STARTED, now, "");
    }

    /** Served: the visit is over. */
    public VisitEvent finish(int atWindow, Instant now) {
        requireAt(atWindow, VisitStatus.SERVING, "finished");
        return leave(VisitStatus.FINISHED, VisitEventKind.FINISHED, now, "");
    }

    /** Called and not seen at the window. */
    public VisitEvent markNoShow(int atWindow, Instant now) {
        requireAt(atWindow, VisitStatus.CALLED, "marked absent");
        return leave(VisitStatus.NO_SHOW, VisitEventKind.NO_SHOW, now, "");
    }

    /**
     * Back to the queue for {@code toWindow} or {@code toProcedure} (or both), keeping the place it had: the person is
     * called next by a window that may serve them.
     */
    public VisitEvent transfer(int atWindow, Optional<Integer> toWindow, Optional<ProcedureCode> toProcedure,
            Instant now) {
        if (status != VisitStatus.CALLED && status != VisitStatus.SERVING) {
            throw notAllowed("transferred");
        }
        requireAtWindow(atWindow);
        require(toWindow.isPresent() || toProcedure.isPresent(), "visit.transferNowhere",
                "A transfer names another window or another procedure");
        require(toWindow.filter(w -> w == atWindow).isEmpty(), "visit.transferToItself",
                "A visit is transferred to another window than the one serving it", atWindow);
        toProcedure.ifPresent(p -> procedure = p);
        targetWindow = toWindow.orElse(null);
        status = VisitStatus.WAITING;
        window = null;
        calls = 0;
        startedAt = null;
        String detail = toWindow.map(w -> "window " + w).orElse("") + (toWindow.isPresent()
                && toProcedure.isPresent() ? ", " : "") + toProcedure.map(ProcedureCode::value).orElse("");
        return event(VisitEventKind.TRANSFERRED, now, detail, atWindow);
    }

    /**
     * Served without the queue: staff marked the appointment attended on the agenda while its visit was still on the
     * floor. The visit ends there, at the window it was at, if any.
     */
    public VisitEvent finishOutsideQueue(Instant now) {
        if (!status.isOpen()) {
            throw notAllowed("finished");
        }
        return leave(VisitStatus.FINISHED, VisitEventKind.FINISHED, now, "agenda");
    }

    /**
     * Out of the queue before being called: the appointment's check-in was undone. Refused once a window called it,
     * even when a transfer put it back in the queue (a rejoin would queue it again after its first call).
     */
    public VisitEvent withdraw(Instant now) {
        if (status.isOpen() && (status != VisitStatus.WAITING || firstCalledAt != null)) {
            throw new FloorRefusedException("visit.alreadyCalled", "The visit " + number
                    + " was already called to a window; finish it there", number.value(),
                    window().or(this::targetWindow).orElse(0));
        }
        requireStatus(VisitStatus.WAITING, "withdrawn");
        status = VisitStatus.WITHDRAWN;
        return event(VisitEventKind.WITHDRAWN, now, "");
    }

    /**
     * Checked in again after a check-in was undone (to correct it), or after the person was marked absent at a
     * window and came late: back in the queue, from now, with the priority given now, as a new wait (its earlier
     * call no longer counts).
     */
    public VisitEvent rejoin(Priority newPriority, Instant now) {
        if (status != VisitStatus.WITHDRAWN && status != VisitStatus.NO_SHOW) {
            throw notAllowed("queued again");
        }
        priority = requirePresent(newPriority, "priority", "The priority");
        status = VisitStatus.WAITING;
        queuedAt = now;
        window = null;
        targetWindow = null;
        calls = 0;
        firstCalledAt = null;
        startedAt = null;
        finishedAt = null;
        return event(VisitEventKind.REJOINED, now, priority.isPriority() ? priority.name() : "");
    }

    /** How long the person waited before their first call, once called. */
    public Optional<Duration> waited() {
        return Optional.ofNullable(firstCalledAt).map(called -> Duration.between(queuedAt, called));
    }

    /**
     * Off the floor: the window is free (only an open visit occupies one), and the visit keeps where it was served
     * or called, as its event says, for the figures of each window.
     */
    private VisitEvent leave(VisitStatus end, VisitEventKind happened, Instant now, String detail) {
        VisitEvent event = event(happened, now, detail);
        status = end;
        finishedAt = now;
        return event;
    }

    private VisitEvent event(VisitEventKind happened, Instant at, String detail) {
        return event(happened, at, detail, window);
    }

    private VisitEvent event(VisitEventKind happened, Instant at, String detail, Integer where) {
        return new VisitEvent(office, day, number, happened, at, Optional.ofNullable(where), Optional.empty(),
                detail);
    }

    private void requireStatus(VisitStatus expected, String step) {
        if (status != expected) {
            throw notAllowed(step);
        }
    }

    private void requireAt(int atWindow, VisitStatus expected, String step) {
        if (status != expected) {
            throw notAllowed(step);
        }
        requireAtWindow(atWindow);
    }

    private void requireAtWindow(int atWindow) {
        if (window == null || window != atWindow) {
            throw new FloorRefusedException("visit.atAnotherWindow", "The visit " + number
                    + " is at window " + window + ", not " + atWindow, number.value(), window, atWindow);
        }
    }

    private FloorRefusedException notAllowed(String step) {
        return new FloorRefusedException("visit.notAllowed", "The visit " + number + " is " + status
                + " and cannot be " + step, number.value(), status.name());
    }

    public OfficeId office() {
        return office;
    }

    public LocalDate day() {
        return day;
    }

    public DisplayNumber number() {
        return number;
    }

    public VisitKind kind() {
        return kind;
    }

    public ProcedureCode procedure() {
        return procedure;
    }

    public Priority priority() {
        return priority;
    }

    public Optional<String> personName() {
        return Optional.ofNullable(personName);
    }

    public Optional<ConfirmationCode> appointment() {
        return Optional.ofNullable(appointment);
    }

    public Optional<Instant> slotStart() {
        return Optional.ofNullable(slotStart);
    }

    public Instant queuedAt() {
        return queuedAt;
    }

    public VisitStatus status() {
        return status;
    }

    public Optional<Integer> window() {
        return Optional.ofNullable(window);
    }

    public Optional<Integer> targetWindow() {
        return Optional.ofNullable(targetWindow);
    }

    public int calls() {
        return calls;
    }

    public Optional<Instant> firstCalledAt() {
        return Optional.ofNullable(firstCalledAt);
    }

    public Optional<Instant> startedAt() {
        return Optional.ofNullable(startedAt);
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    public long version() {
        return version;
    }
}
