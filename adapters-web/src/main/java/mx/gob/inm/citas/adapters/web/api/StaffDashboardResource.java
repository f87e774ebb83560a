package mx.gob.inm.citas.adapters.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.Principal;
import java.util.Optional;
import mx.gob.inm.citas.adapters.web.api.DashboardJson.NationalJson;
import mx.gob.inm.citas.adapters.web.api.DashboardJson.OfficeDashboardJson;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.NationalQuery;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.OfficeQuery;
import mx.gob.inm.citas.application.port.in.StaffSignInUseCase;
import mx.gob.inm.citas.domain.staff.StaffMember;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Adapter: the supervisors' capacity figures as JSON, with the console's session (no other credential), the same
 * figures as the console's dashboard. The use case decides which offices a member may read; a request for another
 * office is a 403 problem and is audited.
 */
@Path("staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staff")
public class StaffDashboardResource {

    @Inject
    SecurityContext security;

    @Inject
    StaffSignInUseCase signIn;

    @Inject
    CapacityDashboardUseCase dashboards;

    @GET
    @Path("dashboard")
    @Operation(summary = "Capacity of every office the member may read, for staff signed in to the console",
            description = "Needs the session cookie of the console. Per office: places offered, booked and free over"
                    + " the next 7 and 30 days of the office's calendar, the next free date (of the procedure asked"
                    + " for, else of the one with the longest wait), the last 28 days' attendance and cancellations,"
                    + " and a traffic light; then the totals.")
    @APIResponse(responseCode = "200", description = "One row per office, by state and name",
            content = @Content(schema = @Schema(implementation = NationalJson.class)))
    @APIResponse(responseCode = "401", description = "No staff member is signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "There is no such procedure",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response national(
            @QueryParam("state") @Parameter(description = "a state's code; all when absent", example = "QROO")
            String state,
            @QueryParam("procedure") @Parameter(description = "a procedure's code; all when absent",
                    example = "CANJE-RT") String procedure) {
        StaffMember member = member();
        NationalJson json = NationalJson.of(dashboards.national(member, new NationalQuery(given(state),
                given(procedure))));
        return Response.ok(json).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("offices/{officeId}/dashboard")
    @Operation(summary = "One office's capacity over a range of its days, for staff signed in to the console",
            description = "Needs the session cookie of the console. Per day and procedure: places offered, booked and"
                    + " free, attended and no-shows; per day and hour: the utilisation; per procedure: the booking"
                    + " window, the next free date and the forecast sell-out date; and the nightly snapshots of the"
                    + " last 90 days. The range defaults to the last 28 days and the next 30, office-local.")
    @APIResponse(responseCode = "200", description = "The office's figures",
            content = @Content(schema = @Schema(implementation = OfficeDashboardJson.class)))
    @APIResponse(responseCode = "400", description = "A date is not YYYY-MM-DD, the range ends before it starts or"
            + " spans more than " + CapacityDashboardUseCase.MAX_RANGE_DAYS + " days",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No staff member is signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The member may not read this office (the refusal is audited)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "There is no such office",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "There is no such procedure",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response office(@PathParam("officeId") @Parameter(example = "qroo-cancun") String officeId,
            @QueryParam("from") @Parameter(description = "first day, YYYY-MM-DD, office-local") String from,
            @QueryParam("to") @Parameter(description = "last day, YYYY-MM-DD, office-local") String to,
            @QueryParam("procedure") @Parameter(description = "a procedure's code; all when absent",
                    example = "CANJE-RT") String procedure) {
        StaffMember member = member();
        OfficeQuery query = new OfficeQuery(QueryDates.optional("from", from), QueryDates.optional("to", to),
                given(procedure));
        OfficeDashboardJson json = OfficeDashboardJson.of(dashboards.office(member, officeId, query));
        return Response.ok(json).header("Cache-Control", "no-store").build();
    }

    private StaffMember member() {
        Principal caller = security.getCallerPrincipal();
        return signIn.current(caller == null ? null : caller.getName())
                .orElseThrow(StaffSignInRequiredException::new);
    }

    private static Optional<String> given(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
