package mx.gob.inm.citas.application.port.in;

import java.time.LocalDate;

/** A closure staff ask for: one office ({@code officeId}) or, with a null office, every office; days inclusive. */
public record ClosureRequest(String officeId, LocalDate firstDay, LocalDate lastDay, String reason) {

    /** No office named: the closure is for every office, which only an admin may ask for. */
    public boolean isNationwide() {
        return officeId == null || officeId.isBlank();
    }
}
