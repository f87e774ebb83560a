/** When an office serves the public each week: opening periods, slot length, places per slot, procedures. */
package mx.gob.inm.citas.domain.schedule;
