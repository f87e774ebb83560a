/**
 * The office floor: walk-in tokens (fichas) with their daily quotas, the one queue of an office where checked-in
 * appointments and fichas wait, the service windows (ventanillas) that call from it, and each visit's life from the
 * door to the window, told as an append-only log of events.
 */
package mx.gob.inm.citas.domain.floor;
