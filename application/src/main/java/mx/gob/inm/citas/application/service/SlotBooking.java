package mx.gob.inm.citas.application.service;

import static mx.gob.inm.citas.domain.appointment.AppointmentRefusedException.Reason.NOT_A_SLOT;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import mx.gob.inm.citas.application.port.in.ViewCatalogueUseCase;
import mx.gob.inm.citas.application.port.out.ClosureRepository;
import mx.gob.inm.citas.application.port.out.ScheduleRepository;
import mx.gob.inm.citas.application.port.out.SlotLedger;
import mx.gob.inm.citas.domain.appointment.Applicant;
import mx.gob.inm.citas.domain.appointment.AppointmentRefusedException;
import mx.gob.inm.citas.domain.appointment.BookingPolicy;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import mx.gob.inm.citas.domain.availability.BookingWindow;
import mx.gob.inm.citas.domain.calendar.ClosureCalendar;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.procedure.Procedure;
import mx.gob.inm.citas.domain.schedule.WeeklySchedule;

/** Finds whether a requested start is a bookable slot, and takes or gives back its places in the ledger. */
@Dependent
public class SlotBooking {

    /**
     * A slot the booking policy accepts, with its number of places and the calendar version it was accepted at.
     */
    public record Slot(Office office, Procedure procedure, Instant start, int places, long calendarVersion) {
    }

    private final ViewCatalogueUseCase catalogue;
    private final ScheduleRepository schedules;
    private final ClosureRepository closures;
    private final SlotLedger ledger;
    private final BookingPolicy policy;
    private final BookingWindow staffWindow;
    private final BookingPolicy staffPolicy;

    @Inject
    public SlotBooking(ViewCatalogueUseCase catalogue, ScheduleRepository schedules, ClosureRepository closures,
            SlotLedger ledger, BookingWindow window) {
        this.catalogue = catalogue;
        this.schedules = schedules;
        this.closures = closures;
        this.ledger = ledger;
        this.policy = new BookingPolicy(window);
        // Staff book for the person at the desk: no lead time (see ActForApplicantUseCase), the same horizon.
        this.staffWindow = window == null ? null : new BookingWindow(Duration.ZERO, window.maximumDaysAhead());
        this.staffPolicy = new BookingPolicy(staffWindow);
    }

    /** How far ahead staff may book for an applicant: from now, to the public horizon. */
    BookingWindow staffWindow() {
        return staffWindow;
    }

    /**
     * The slot at {@code start}, when the policy lets {@code applicant} book it at {@code now}. The slot's calendar
     * version is read before the calendar: a closure or week committed after that read has moved the version on
     * ({@link CalendarFence}), so {@link #take} refuses what was read of the calendar before it. The week is read
     * before the closures: a week that adds a slot to a day being closed commits only after that closure (the two
     * take turns), so a hold that reads such a week also reads the closure.
     */
    Slot bookableSlot(String officeId, String procedureCode, Instant start, Applicant applicant, Instant now) {
        return bookableSlot(policy, officeId, procedureCode, start, applicant, now);
    }

    /** The same as {@link #bookableSlot}, for staff booking or moving for an applicant: no lead time. */
    Slot staffBookableSlot(String officeId, String procedureCode, Instant start, Applicant applicant, Instant now) {
        return bookableSlot(staffPolicy, officeId, procedureCode, start, applicant, now);
    }

    private Slot bookableSlot(BookingPolicy policy, String officeId, String procedureCode, Instant start,
            Applicant applicant, Instant now) {
        Office office = catalogue.activeOffice(officeId);
        Procedure procedure = catalogue.procedure(procedureCode);
        policy.checkApplicant(applicant, office.localDate(now));
        long calendarVersion = ledger.calendarVersion(office.id(), start);
        WeeklySchedule week = schedules.findByOffice(office.id());
        var day = office.localDate(start);
        ClosureCalendar closed = new ClosureCalendar(office.id(),
                closures.findApplyingToAsStored(office.id(), day, day));
        int places = policy.placesOfSlot(office, procedure, week, closed, start, now);
        return new Slot(office, procedure, start, places, calendarVersion);
    }

    /**
     * Takes one place of the slot, atomically in the database, or refuses because it is full or because its calendar
     * changed since it was read.
     */
    void take(Slot slot, ConfirmationCode holder) {
        switch (ledger.tryTake(slot.office().id(), slot.start(), slot.places(), slot.calendarVersion(), holder)) {
            case TAKEN -> {
            }
            case FULL -> throw BookingService.slotFull();
            case CALENDAR_CHANGED -> throw new AppointmentRefusedException(NOT_A_SLOT, "appointment.calendarChanged",
                    "The office has just changed"
                    + " its calendar at this time (closed the day or changed its week); please choose a time again");
        }
    }

    void release(OfficeId office, Instant start, ConfirmationCode holder) {
        ledger.release(office, start, holder);
    }
}
