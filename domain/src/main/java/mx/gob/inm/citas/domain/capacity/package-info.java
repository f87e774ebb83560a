/**
 * What supervisors read of an office's capacity: places offered, taken and free over a range of days, the next
 * free date, attendance and no-shows, the day's snapshot of the backlog, and the forecast of when the booking
 * window fills; and of its floor: visits, waiting and service times (median, 90th percentile, mean) and walk-in
 * tokens issued against their quota. Each figure is one named formula here, used by the dashboards, the exports and
 * the API alike.
 */
package mx.gob.inm.citas.domain.capacity;
