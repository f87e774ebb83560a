package mx.gob.inm.citas.application.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import mx.gob.inm.citas.application.port.out.OfficeFloorRepository;
import mx.gob.inm.citas.application.port.out.VisitRepository;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.floor.CallTally;
import mx.gob.inm.citas.domain.floor.DisplayNumber;
import mx.gob.inm.citas.domain.floor.OfficeFloor;
import mx.gob.inm.citas.domain.floor.Priority;
import mx.gob.inm.citas.domain.floor.QueueOrder;
import mx.gob.inm.citas.domain.floor.Visit;
import mx.gob.inm.citas.domain.floor.VisitStatus;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeId;

/**
 * What the agenda, reception and the windows share about an office's queue: its floor, the day's tally of turns,
 * people ahead, and an appointment's visit joining the queue at check-in or leaving it when the check-in is undone.
 */
final class FloorQueue {

    /** Enough of the latest calls to know where the turn stands at any ratio (each side at most 20). */
    static final int TALLY_DEPTH = 40;

    private final OfficeFloorRepository floors;
    private final VisitRepository visits;

    FloorQueue(OfficeFloorRepository floors, VisitRepository visits) {
        this.floors = floors;
        this.visits = visits;
    }

    OfficeFloor floor(OfficeId office) {
        return floors.find(office).orElseGet(() -> OfficeFloor.create(office));
    }

    CallTally tally(OfficeId office, LocalDate day) {
        return CallTally.ofLatestFirst(visits.latestCalledKinds(office, day, TALLY_DEPTH));
    }

    /** How many people are called before {@code visit}, as the queue stands now. */
    int ahead(Visit visit, OfficeFloor floor) {
        if (visit.status() != VisitStatus.WAITING) {
            return 0;
        }
        List<Visit> open = visits.open(visit.office(), visit.day());
        return QueueOrder.ahead(visit, open, floor.windows(), tally(visit.office(), visit.day()), floor.ratio());
    }

    /**
     * The checked-in appointment joins the office's queue with the next number of {@link DisplayNumber#APPOINTMENTS}
     * (or its own number again, when a check-in undone is made again).
     */
    Visit checkedIn(Appointment appointment, Office office, Priority priority, String username, Instant now) {
        Optional<Visit> before = visits.findByAppointment(appointment.code());
        if (before.isPresent()) {
            Visit visit = before.get();
            visits.update(visit, visit.rejoin(priority, now).by(username));
            return visit;
        }
        LocalDate day = office.localDate(now);
        DisplayNumber number = DisplayNumber.of(DisplayNumber.APPOINTMENTS,
                visits.nextNumber(office.id(), day, DisplayNumber.APPOINTMENTS));
        Visit visit = Visit.checkedIn(office.id(), day, number, appointment.code(), appointment.procedure(),
                appointment.start(), priority, now);
        visits.add(visit, visit.joined().by(username));
        return visit;
    }

    /** The appointment's check-in is undone: its visit leaves the queue, unless a window already called it. */
    void checkInUndone(Appointment appointment, String username, Instant now) {
        Optional<Visit> visit = visits.findByAppointment(appointment.code()).filter(v -> v.status().isOpen());
        if (visit.isPresent()) {
            visits.update(visit.get(), visit.get().withdraw(now).by(username));
        }
    }

    /** The appointment was marked attended on the agenda: a visit still on the floor ends. */
    void servedOutsideQueue(Appointment appointment, String username, Instant now) {
        visits.findByAppointment(appointment.code()).filter(v -> v.status().isOpen())
                .ifPresent(v -> visits.update(v, v.finishOutsideQueue(now).by(username)));
    }
}
