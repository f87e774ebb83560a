/**
 * Free places: the weekly schedule, minus closures, minus places already taken, limited to the booking window.
 * A pure calculation over values, so its properties can be checked on thousands of generated cases.
 */
package mx.gob.inm.citas.domain.availability;
