/**
 * The heart of Citas INM: offices, procedures, weekly schedules, closures and the availability calculation.
 * Pure Java 17 with no dependencies, so every rule here can be tested without a container or a database.
 */
package mx.gob.inm.citas.domain;
