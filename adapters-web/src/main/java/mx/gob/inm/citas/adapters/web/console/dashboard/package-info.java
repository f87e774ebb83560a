/**
 * Supervisors' capacity dashboards at {@code /console/dashboard.xhtml}: the national table of the offices a member
 * may read and one office's days, hours, outlook and backlog trend, with their charts (Chart.js configurations built
 * here) and exports. Every figure comes from {@link mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase}
 * and the formulas of {@code domain.capacity}; this package only lays them out and writes them in the page's language.
 */
package mx.gob.inm.citas.adapters.web.console.dashboard;
