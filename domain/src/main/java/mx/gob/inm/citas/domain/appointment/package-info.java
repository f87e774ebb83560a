/**
 * Appointments: the applicant, the confirmation code, the hold that becomes a confirmed appointment, the policies
 * that say why a booking, a verification, a cancellation or a move is refused, and how long personal data is kept.
 */
package mx.gob.inm.citas.domain.appointment;
