/**
 * Mail adapter: sends applicant notifications with Jakarta Mail. Its sender, templates and iCalendar invitations
 * arrive with the booking use cases (issue #3); until then the module only holds its place in the hexagon.
 */
package mx.gob.inm.citas.adapters.mail;
