package mx.gob.inm.citas.domain.office;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;
import static mx.gob.inm.citas.domain.shared.InvalidValueException.requireText;

/** One of Mexico's 32 federal entities, by its usual abbreviation ({@code CDMX}, {@code QROO}) and name. */
public record State(String code, String name) {

    public State {
        code = requireText(code, "State code");
        require(code.matches("[A-Z]{2,5}"), "A state code is 2 to 5 capital letters");
        name = requireText(name, "State name");
    }
}
