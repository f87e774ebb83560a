package mx.gob.inm.citas.application.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import mx.gob.inm.citas.domain.floor.DisplayNumber;
import mx.gob.inm.citas.domain.floor.Visit;
import mx.gob.inm.citas.domain.floor.VisitEvent;
import mx.gob.inm.citas.domain.floor.VisitKind;
import mx.gob.inm.citas.domain.office.OfficeId;

/**
 * Out-port: the visits of each office's day (its one queue) and their append-only log of events. Numbering and
 * calling are atomic steps in the store, so two receptionists never give one number twice and two windows never
 * call one visit, however many instances race.
 */
public interface VisitRepository {

    /** One step of the log, with its place in the office's log (increasing; a display asks what came after it). */
    record LoggedEvent(long position, VisitEvent event) {
    }

    /**
     * The next sequence number of {@code letter} at {@code office} on {@code day}, from 1; taken in the caller's
     * transaction, so a rolled-back issue gives its number back and concurrent ones wait for each other.
     */
    int nextNumber(OfficeId office, LocalDate day, char letter);

    /**
     * A new visit and its first event; the store refuses (with an {@link IllegalStateException}) a second visit with
     * the same office, day and number, or of the same appointment.
     */
    void add(Visit visit, VisitEvent event);

    Optional<Visit> find(OfficeId office, LocalDate day, DisplayNumber number);

    /** The visit of the appointment's check-in, whatever its state. */
    Optional<Visit> findByAppointment(ConfirmationCode appointment);

    /** The visits still on the floor (waiting, called, at a window) of {@code office} on {@code day}. */
    List<Visit> open(OfficeId office, LocalDate day);

    /**
     * Records that {@code called}, read as waiting at its {@link Visit#version()}, was called (its state already
     * changed by {@link Visit#call}), only if it is still waiting in the store at that version: one conditional
     * update ({@code WHERE status = 'WAITING' AND version = :read}), so of two windows calling it at once exactly one
     * gets true, and a visit called, transferred and back in the queue meanwhile is not overwritten with the state
     * read before. The event is logged with it.
     */
    boolean tryCall(Visit called, VisitEvent event);

    /**
     * Stores the visit's new state and logs the event.
     *
     * @throws mx.gob.inm.citas.domain.shared.EditConflictException when the visit changed since it was read
     */
    void update(Visit visit, VisitEvent event);

    /** The kinds of the latest {@code limit} visits without priority called at the office that day, latest first. */
    List<VisitKind> latestCalledKinds(OfficeId office, LocalDate day, int limit);

    /** The latest {@code limit} calls and recalls of the office that day, latest first. */
    List<LoggedEvent> latestCalls(OfficeId office, LocalDate day, int limit);

    /**
     * How many steps the office's log holds (0 when none). It grows with every committed step, even when two steps
     * commit out of the order of their positions, so a display that read one length and later reads a greater one
     * knows a step was made in between, and one that reads the same length knows none was.
     */
    long logLength(OfficeId office);

    /** Every event of the office's day, in order (what the dashboards and an audit read). */
    List<LoggedEvent> log(OfficeId office, LocalDate day);

    /** Forgets the names walk-ins gave for days before {@code day}; how many visits had one. */
    int forgetNamesBefore(LocalDate day);
}
