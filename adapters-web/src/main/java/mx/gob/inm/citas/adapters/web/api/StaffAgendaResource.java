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
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import mx.gob.inm.citas.adapters.web.api.ApiJson.AppointmentJson;
import mx.gob.inm.citas.application.port.in.RunAgendaUseCase;
import mx.gob.inm.citas.application.port.in.StaffSignInUseCase;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.staff.StaffMember;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Adapter: an office's day agenda for staff, as JSON, with the console's session (no other credential). The same
 * use case as the console's agenda decides, so a member reads only the offices their role and assignment allow;
 * a refusal is a 403 problem and is audited, and every answer counts as a view of applicants' data.
 */
@Path("staff/offices/{officeId}/agenda")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staff")
public class StaffAgendaResource {

    /** One office's appointments of one day, times with the office's UTC offset. */
    public record AgendaJson(String officeId, String day, String timeZone, List<AppointmentJson> appointments) {
    }

    @Inject
    SecurityContext security;

    @Inject
    StaffSignInUseCase signIn;

    @Inject
    RunAgendaUseCase agenda;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "An office's appointments of a day, for staff signed in to the console",
            description = "Needs the session cookie of the console; the day defaults to today at the office.")
    @APIResponse(responseCode = "200", description = "The day's appointments, by start",
            content = @Content(schema = @Schema(implementation = AgendaJson.class)))
    @APIResponse(responseCode = "401", description = "No staff member is signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The member may not read this office",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response day(@PathParam("officeId") @Parameter(example = "qroo-cancun") String officeId,
            @QueryParam("day") @Parameter(description = "YYYY-MM-DD, office-local") String day) {
        StaffMember member = member();
        ZoneId zone = agenda.offices(member).stream().filter(o -> o.id().value().equals(officeId)).findFirst()
                .map(Office::timeZone).orElse(ZoneId.of("America/Mexico_City"));
        LocalDate date = QueryDates.optional("day", day).orElse(LocalDate.now(clock.withZone(zone)));
        List<AppointmentJson> appointments = agenda.day(member, officeId, date).stream()
                .map(a -> AppointmentJson.of(a, zone)).toList();
        return Response.ok(new AgendaJson(officeId, date.toString(), zone.getId(), appointments))
                .header("Cache-Control", "no-store").build();
    }

    private StaffMember member() {
        Principal caller = security.getCallerPrincipal();
        return signIn.current(caller == null ? null : caller.getName())
                .orElseThrow(StaffSignInRequiredException::new);
    }
}
