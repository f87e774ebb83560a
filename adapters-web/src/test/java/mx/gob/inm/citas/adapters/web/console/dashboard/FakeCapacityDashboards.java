package mx.gob.inm.citas.adapters.web.console.dashboard;

import java.util.ArrayList;
import java.util.List;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase;
import mx.gob.inm.citas.domain.staff.StaffMember;

/**
 * A fake of the dashboard in-port: answers the read models it was given, remembers every question, and throws what
 * it was told to throw (a refusal, a bad range) instead of answering.
 */
final class FakeCapacityDashboards implements CapacityDashboardUseCase {

    NationalDashboard national;
    OfficeDashboard office;
    RuntimeException refusal;
    final List<NationalQuery> nationalQueries = new ArrayList<>();
    final List<String> officesAsked = new ArrayList<>();
    final List<OfficeQuery> officeQueries = new ArrayList<>();

    @Override
    public NationalDashboard national(StaffMember member, NationalQuery query) {
        nationalQueries.add(query);
        if (refusal != null) {
            throw refusal;
        }
        return national;
    }

    @Override
    public OfficeDashboard office(StaffMember member, String officeId, OfficeQuery query) {
        officesAsked.add(officeId);
        officeQueries.add(query);
        if (refusal != null) {
            throw refusal;
        }
        return office;
    }
}
