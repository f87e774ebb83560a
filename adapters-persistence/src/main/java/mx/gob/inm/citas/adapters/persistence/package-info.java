/**
 * Persistence adapter: JPA (EclipseLink) entities, the mappers that rebuild domain objects through their
 * factories, the repositories implementing the out-ports, and the Flyway migrations runner.
 */
package mx.gob.inm.citas.adapters.persistence;
