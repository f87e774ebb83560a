package mx.gob.inm.citas.application.port.in;

import java.time.LocalDate;
import java.util.Optional;
import mx.gob.inm.citas.domain.availability.Availability;
import mx.gob.inm.citas.domain.availability.DateRange;
import mx.gob.inm.citas.domain.availability.FreeSlot;
import mx.gob.inm.citas.domain.schedule.WeeklySchedule;

/** In-port: the free places of a procedure at an office, as the public calendar shows them. */
public interface FindAvailabilityUseCase {

    /**
     * @throws mx.gob.inm.citas.domain.office.OfficeNotFoundException for an unknown or inactive office
     * @throws mx.gob.inm.citas.domain.procedure.ProcedureNotFoundException for a code not in the catalogue
     * @throws mx.gob.inm.citas.domain.procedure.ProcedureNotBookableOnlineException for in-person procedures
     * @throws mx.gob.inm.citas.domain.schedule.ProcedureNotOfferedException when the office does not serve it
     * @throws mx.gob.inm.citas.domain.availability.InvalidDateRangeException for a reversed or too long range
     */
    Availability findAvailability(AvailabilityQuery query);

    /**
     * The first free place on or after {@code from}, up to the last bookable day; empty when none is left.
     *
     * @throws mx.gob.inm.citas.domain.office.OfficeNotFoundException and the other refusals of
     *     {@link #findAvailability}
     */
    Optional<FreeSlot> nextFreeSlot(String officeId, String procedureCode, LocalDate from);

    /** The days the public may book at the office today: from today to the last day of the booking window. */
    DateRange bookableDays(String officeId);

    /** The office's week: opening hours per weekday and the procedures each period serves. */
    WeeklySchedule weeklySchedule(String officeId);
}
