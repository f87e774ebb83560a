/**
 * The INM staff who use the console: their accounts, roles and the offices each may see or work in, and the audit
 * trail of what they did.
 */
package mx.gob.inm.citas.domain.staff;
