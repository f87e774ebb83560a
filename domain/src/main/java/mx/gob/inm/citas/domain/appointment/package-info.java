/**
 * Appointments: the applicant, the confirmation code, the hold that becomes a confirmed appointment, and the
 * policies that say why a booking, a verification, a cancellation or a move is refused.
 */
package mx.gob.inm.citas.domain.appointment;
