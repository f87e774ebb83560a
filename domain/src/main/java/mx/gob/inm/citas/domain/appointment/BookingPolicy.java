package mx.gob.inm.citas.domain.appointment;

import static mx.gob.inm.citas.domain.appointment.AppointmentRefusedException.Reason.NOT_A_SLOT;
import static mx.gob.inm.citas.domain.appointment.AppointmentRefusedException.Reason.OUTSIDE_BOOKING_WINDOW;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import mx.gob.inm.citas.domain.availability.BookingWindow;
import mx.gob.inm.citas.domain.calendar.ClosureCalendar;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.procedure.Procedure;
import mx.gob.inm.citas.domain.procedure.ProcedureNotBookableOnlineException;
import mx.gob.inm.citas.domain.schedule.OpeningPeriod;
import mx.gob.inm.citas.domain.schedule.ProcedureNotOfferedException;
import mx.gob.inm.citas.domain.schedule.WeeklySchedule;
import mx.gob.inm.citas.domain.shared.InvalidValueException;

/**
 * Whether a place may be booked: the procedure is bookable online and offered at the office, the start is one of
 * the office's slots for it on an open day, and it lies inside the booking window. Whether a place is still free
 * is the database's to decide, atomically.
 */
public final class BookingPolicy {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private final BookingWindow window;

    public BookingPolicy(BookingWindow window) {
        this.window = window;
    }

    /**
     * The number of places the slot starting at {@code start} has.
     *
     * @throws ProcedureNotBookableOnlineException for procedures served only in person
     * @throws ProcedureNotOfferedException when the office does not serve the procedure
     * @throws AppointmentRefusedException when the start is not a bookable slot, saying why
     */
    public int placesOfSlot(Office office, Procedure procedure, WeeklySchedule schedule, ClosureCalendar closures,
            Instant start, Instant now) {
        if (!procedure.isBookableOnline()) {
            throw new ProcedureNotBookableOnlineException(procedure.code());
        }
        if (!schedule.offers(procedure.code())) {
            throw new ProcedureNotOfferedException(procedure.code(), office.id());
        }
        ZonedDateTime local = start.atZone(office.timeZone());
        if (!window.admits(local, now)) {
            throw new AppointmentRefusedException(OUTSIDE_BOOKING_WINDOW,
                    AppointmentRefusedException.codeOf(OUTSIDE_BOOKING_WINDOW),
                    "Appointments can be booked from "
                    + window.minimumLead().toMinutes() + " minutes to " + window.maximumDaysAhead()
                    + " days ahead; " + DAY.format(local) + " at " + local.toLocalTime() + " is outside that window",
                    window.minimumLead().toMinutes(), window.maximumDaysAhead());
        }
        LocalDate day = local.toLocalDate();
        closures.reasonClosed(day).ifPresent(reason -> {
            throw new AppointmentRefusedException(NOT_A_SLOT, "appointment.dayClosed",
                    "The office is closed on " + DAY.format(day) + " (" + reason + ")", day);
        });
        return schedule.periodsOn(day.getDayOfWeek()).stream()
                .filter(p -> p.serves(procedure.code()) && p.slotStarts().contains(local.toLocalTime()))
                .findFirst().map(OpeningPeriod::placesPerSlot)
                .orElseThrow(() -> new AppointmentRefusedException(NOT_A_SLOT, local.toLocalTime() + " on "
                        + DAY.format(day) + " is not one of the office's appointment times for this procedure"));
    }

    /** The applicant must have been born before {@code today}. */
    public void checkApplicant(Applicant applicant, LocalDate today) {
        InvalidValueException.require(Applicant.isDateOfBirth(applicant.dateOfBirth(), today), "dateOfBirth.notPast",
                "The date of birth must be in the past");
    }
}
