/**
 * The operators' metrics at {@code /metrics}: the MicroProfile registries in the Prometheus text format with
 * durations in seconds, readable with the metrics token or from the allowed addresses only.
 */
package mx.gob.inm.citas.adapters.web.metrics;
