package mx.gob.inm.citas.adapters.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.ZoneId;
import java.time.ZoneOffset;
import mx.gob.inm.citas.adapters.web.api.AppointmentRequests.HoldRequest;
import mx.gob.inm.citas.adapters.web.api.AppointmentRequests.MoveRequest;
import mx.gob.inm.citas.adapters.web.api.AppointmentRequests.VerificationRequest;
import mx.gob.inm.citas.adapters.web.api.ApiJson.AppointmentJson;
import mx.gob.inm.citas.application.port.in.BookAppointmentUseCase;
import mx.gob.inm.citas.adapters.web.limits.Clients;
import mx.gob.inm.citas.adapters.web.limits.HoldGate;
import mx.gob.inm.citas.application.port.in.ManageAppointmentUseCase;
import mx.gob.inm.citas.application.port.in.RequestThrottle;
import mx.gob.inm.citas.application.port.in.ViewCatalogueUseCase;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.office.OfficeNotFoundException;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Adapter: booking and managing appointments. The confirmation code plus the passport number (header
 * {@value #PASSPORT}) opens an appointment; a wrong pair is a 404 that never tells whether the code exists.
 */
@Path("appointments")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Appointments")
public class AppointmentsResource {

    static final String PASSPORT = "X-Passport-Number";
    static final String ALTCHA = "Altcha";
    private static final CacheControl PRIVATE = noStore();

    @Inject
    BookAppointmentUseCase booking;

    @Inject
    ManageAppointmentUseCase management;

    @Inject
    ViewCatalogueUseCase catalogue;

    @Inject
    RequestThrottle throttle;

    @Inject
    Clients clients;

    @Inject
    HoldGate holds;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Timed(name = "citas.holds", absolute = true, description = "Time to answer a request to hold a place")
    @Operation(summary = "Hold a place and e-mail a 6-digit verification code",
            description = "The hold lasts 15 minutes. Start is an ISO-8601 date-time with offset, one of the free"
                    + " slots of the availability endpoint.")
    @APIResponse(responseCode = "201", description = "Held, waiting for verification",
            content = @Content(schema = @Schema(implementation = AppointmentJson.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields (named in errors[])",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The slot is full, or this passport already has an active"
            + " appointment for the procedure",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Not a slot, outside the booking window, or a procedure"
            + " that cannot be booked there",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many holds from this client, e-mail address or passport;"
            + " Retry-After says when to try again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "No accepted proof-of-work solution in the header Altcha"
            + " (missing, invalid, expired or already used)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response hold(HoldRequest body, @Context UriInfo uri, @Context HttpHeaders headers,
            @HeaderParam(ALTCHA) @Parameter(description = "The solved challenge of GET /challenge, base64")
            String solution) {
        // fields first (a 400 names them all), then the proof of work and the client's allowance
        Appointment held;
        try {
            held = holds.hold(AppointmentRequests.command(body, RequestLanguage.of(headers)), solution, request);
        } catch (InvalidValueException refused) {
            // the date of birth is checked against the office's own date, which only the booking knows
            if (!"dateOfBirth".equals(refused.subject())) {
                throw refused;
            }
            throw InvalidRequestException.of(AppointmentRequests.fieldOf(refused), refused);
        }
        return Response.created(uri.getAbsolutePathBuilder().path(held.code().value()).build())
                .cacheControl(PRIVATE).entity(json(held)).build();
    }

    @POST
    @Path("{code}/verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm a hold with the code sent by e-mail; the confirmation is e-mailed",
            description = "Needs the hold's passport number in the header " + PASSPORT + ": an unknown code and a"
                    + " wrong passport are the same 404, whatever the hold's state.")
    @APIResponse(responseCode = "200", description = "Confirmed",
            content = @Content(schema = @Schema(implementation = AppointmentJson.class)))
    @APIResponse(responseCode = "410", description = "The hold expired or was released after 5 wrong codes",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Wrong code (the detail says how many attempts are left)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No hold matches this code and passport",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "This passport already has a confirmed appointment for the"
            + " procedure (this hold is released)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response verify(@PathParam("code") String code,
            @HeaderParam(PASSPORT) @Parameter(required = true) String passport, VerificationRequest body) {
        throttle.verification(clients.of(request));
        return ok(booking.verify(code, passport, AppointmentRequests.verificationCode(body)));
    }

    @GET
    @Path("{code}")
    @Operation(summary = "An appointment, opened with its code and passport number")
    @APIResponse(responseCode = "200", description = "The appointment",
            content = @Content(schema = @Schema(implementation = AppointmentJson.class)))
    @APIResponse(responseCode = "404", description = "No appointment matches this code and passport",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response find(@PathParam("code") String code,
            @HeaderParam(PASSPORT) @Parameter(required = true) String passport) {
        throttle.lookup(clients.of(request));
        return ok(management.find(code, passport));
    }

    @DELETE
    @Path("{code}")
    @Operation(summary = "Cancel an appointment; the place is freed and a cancellation is e-mailed")
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(schema = @Schema(implementation = AppointmentJson.class)))
    public Response cancel(@PathParam("code") String code,
            @HeaderParam(PASSPORT) @Parameter(required = true) String passport) {
        throttle.lookup(clients.of(request));
        return ok(management.cancel(code, passport));
    }

    @PATCH
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move an appointment to another free slot; an updated invitation is e-mailed",
            description = "The new place is taken before the old one is freed; on any refusal nothing changes.")
    @APIResponse(responseCode = "200", description = "Moved",
            content = @Content(schema = @Schema(implementation = AppointmentJson.class)))
    public Response move(@PathParam("code") String code,
            @HeaderParam(PASSPORT) @Parameter(required = true) String passport, MoveRequest body) {
        throttle.lookup(clients.of(request));
        return ok(management.move(code, passport, AppointmentRequests.start(body)));
    }

    /** Appointments are personal: no cache anywhere may keep them. */
    private static CacheControl noStore() {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setNoTransform(false);
        return noStore;
    }

    private Response ok(Appointment appointment) {
        return Response.ok(json(appointment)).cacheControl(PRIVATE).build();
    }

    private AppointmentJson json(Appointment appointment) {
        return AppointmentJson.of(appointment, zoneOf(appointment));
    }

    private ZoneId zoneOf(Appointment appointment) {
        try {
            return catalogue.activeOffice(appointment.office().value()).timeZone();
        } catch (OfficeNotFoundException closedSince) {
            return ZoneOffset.UTC;
        }
    }
}
