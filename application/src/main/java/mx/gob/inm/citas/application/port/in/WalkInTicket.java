package mx.gob.inm.citas.application.port.in;

import mx.gob.inm.citas.domain.floor.Visit;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.procedure.Procedure;

/** What a walk-in token's ticket shows: the visit (number, time issued), its office and procedure, people ahead. */
public record WalkInTicket(Visit visit, Office office, Procedure procedure, int ahead) {
}
