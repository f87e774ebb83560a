/**
 * Adapters that keep clients to their quotas: the Bucket4j rate limiter and the reading of a request's client
 * address (behind configured proxies only from {@code X-Forwarded-For}) and of the address blocks a setting lists.
 */
package mx.gob.inm.citas.adapters.web.limits;
