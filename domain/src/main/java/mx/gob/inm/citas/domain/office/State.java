package mx.gob.inm.citas.domain.office;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;
import static mx.gob.inm.citas.domain.shared.InvalidValueException.requireText;

import java.util.List;
import java.util.Optional;

/** One of Mexico's 32 federal entities, by its usual abbreviation ({@code CDMX}, {@code QROO}) and name. */
public record State(String code, String name) {

    public State {
        code = requireText(code, "state", "State code");
        require(code.matches("[A-Z]{2,5}"), "state.malformed", "A state code is 2 to 5 capital letters");
        name = requireText(name, "state", "State name");
    }

    private static final List<State> FEDERAL_ENTITIES = List.of(
            new State("AGS", "Aguascalientes"),
            new State("BC", "Baja California"),
            new State("BCS", "Baja California Sur"),
            new State("CAM", "Campeche"),
            new State("CHIS", "Chiapas"),
            new State("CHIH", "Chihuahua"),
            new State("CDMX", "Ciudad de México"),
            new State("COAH", "Coahuila"),
            new State("COL", "Colima"),
            new State("DGO", "Durango"),
            new State("MEX", "Estado de México"),
            new State("GTO", "Guanajuato"),
            new State("GRO", "Guerrero"),
            new State("HGO", "Hidalgo"),
            new State("JAL", "Jalisco"),
            new State("MICH", "Michoacán"),
            new State("MOR", "Morelos"),
            new State("NAY", "Nayarit"),
            new State("NL", "Nuevo León"),
            new State("OAX", "Oaxaca"),
            new State("PUE", "Puebla"),
            new State("QRO", "Querétaro"),
            new State("QROO", "Quintana Roo"),
            new State("SLP", "San Luis Potosí"),
            new State("SIN", "Sinaloa"),
            new State("SON", "Sonora"),
            new State("TAB", "Tabasco"),
            new State("TAMPS", "Tamaulipas"),
            new State("TLAX", "Tlaxcala"),
            new State("VER", "Veracruz"),
            new State("YUC", "Yucatán"),
            new State("ZAC", "Zacatecas"));

    /** Mexico's 32 federal entities (31 states and Mexico City) by name, as INM abbreviates them. */
    public static List<State> federalEntities() {
        return FEDERAL_ENTITIES;
    }

    /** The federal entity with this abbreviation. */
    public static Optional<State> federalEntity(String code) {
        return FEDERAL_ENTITIES.stream().filter(s -> s.code().equals(code)).findFirst();
    }
}
