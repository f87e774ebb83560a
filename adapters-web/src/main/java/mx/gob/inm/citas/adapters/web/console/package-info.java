/**
 * The staff console at {@code /console/}: sign-in through Jakarta Security with accounts from the database, and the
 * pages staff, supervisors and admins work in. Every page and action asks the use cases, which check the member's
 * role and offices; the pages only hide what would be refused anyway.
 */
package mx.gob.inm.citas.adapters.web.console;
