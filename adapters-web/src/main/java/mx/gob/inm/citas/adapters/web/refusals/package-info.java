/**
 * The one translator of the domain's refusals ({@link mx.gob.inm.citas.adapters.web.refusals.RefusalMessages}) and
 * its bundle {@code Refusals.properties}, used by the API, the public pages and the console.
 */
package mx.gob.inm.citas.adapters.web.refusals;
