/** Days an office does not serve: federal rest days computed by rule, and closures published per office. */
package mx.gob.inm.citas.domain.calendar;
