package mx.gob.inm.citas.application.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import mx.gob.inm.citas.domain.availability.FreeSlot;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.State;
import mx.gob.inm.citas.domain.procedure.Procedure;
import mx.gob.inm.citas.domain.shared.InvalidValueException;

/**
 * In-port: where a procedure can be booked soonest. For a procedure, in one state or the whole country, every active
 * office whose week serves it online with the first place the public calendar would offer there now.
 */
public interface FindNextFreePlaceUseCase {

    /**
     * The offices nearest first by the date of their next free place (then by state and city); those with no place
     * left in the booking window come last, by state and city.
     *
     * @throws mx.gob.inm.citas.domain.procedure.ProcedureNotFoundException for a code not in the catalogue
     * @throws mx.gob.inm.citas.domain.procedure.ProcedureNotBookableOnlineException for in-person procedures
     * @throws mx.gob.inm.citas.domain.office.StateNotFoundException for a code that is no federal entity
     */
    NextFreePlaces nextFreePlaces(Query query);

    /** A procedure's code, and a state's code ({@code BC}, {@code CDMX}; any case) or none for the whole country. */
    record Query(String procedureCode, Optional<String> stateCode) {

        public Query {
            procedureCode = InvalidValueException.requireText(procedureCode, "procedureCode", "The procedure");
            stateCode = stateCode == null ? Optional.empty()
                    : stateCode.map(String::strip).filter(code -> !code.isEmpty());
        }
    }

    /**
     * The answer: the procedure, the state searched (none: the whole country), the last day anyone may book today
     * ({@code daysAhead} days after today), and the offices in order.
     */
    record NextFreePlaces(Procedure procedure, Optional<State> state, int daysAhead, List<OfficePlace> offices) {

        public NextFreePlaces {
            offices = List.copyOf(offices);
        }

        /** How many of the offices have a free place. */
        public long withPlaces() {
            return offices.stream().filter(o -> o.next().isPresent()).count();
        }
    }

    /** An office and its first free place (start in the office's zone), none when its booking window is full. */
    record OfficePlace(Office office, Optional<FreeSlot> next) {

        /** The office-local day of the next free place. */
        public Optional<LocalDate> date() {
            return next.map(slot -> slot.start().toLocalDate());
        }
    }
}
