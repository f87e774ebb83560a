/**
 * The public JSON API, version 1, at {@code /api/v1}: JAX-RS resources, their JSON shapes, and the single mapper
 * that turns every refusal into an RFC 9457 problem.
 */
package mx.gob.inm.citas.adapters.web.api;
