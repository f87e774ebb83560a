package mx.gob.inm.citas.adapters.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import mx.gob.inm.citas.adapters.web.api.ApiJson.AvailabilityJson;
import mx.gob.inm.citas.adapters.web.api.ApiJson.OfficeJson;
import mx.gob.inm.citas.application.port.in.AvailabilityQuery;
import mx.gob.inm.citas.application.port.in.FindAvailabilityUseCase;
import mx.gob.inm.citas.application.port.in.ViewCatalogueUseCase;
import mx.gob.inm.citas.domain.availability.Availability;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Adapter: the offices open to the public and the free places on their calendars. The calendar's use case gives the
 * same answer again while nothing changed (see {@code AvailabilityService}); its JSON is then the JSON written for it
 * the last time, kept beside it, rather than written again.
 */
@Path("offices")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Offices")
public class OfficesResource {

    /** The JSON-B Jersey writes with when no resolver configures another: the same text either way. */
    private static final Jsonb JSON = JsonbBuilder.create();
    /** Answers whose JSON is kept at most. */
    static final int KEPT_ANSWERS = 20_000;

    @Inject
    ViewCatalogueUseCase catalogue;

    @Inject
    FindAvailabilityUseCase availability;

    /** An answer and its JSON. */
    private record Written(Availability availability, String json) {
    }

    private final Map<List<Object>, Written> written = new ConcurrentHashMap<>();

    @GET
    @Operation(summary = "The INM offices open to the public, by state and city")
    @APIResponse(responseCode = "200", description = "Every active office",
            content = @Content(schema = @Schema(implementation = OfficeJson[].class)))
    public List<OfficeJson> offices() {
        return catalogue.activeOffices().stream().map(OfficeJson::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One office")
    @APIResponse(responseCode = "200", description = "The office",
            content = @Content(schema = @Schema(implementation = OfficeJson.class)))
    @APIResponse(responseCode = "404", description = "No office open to the public has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OfficeJson office(@PathParam("id") @Parameter(example = "cdmx-ciudad-de-mexico") String id) {
        return OfficeJson.of(catalogue.activeOffice(id));
    }

    @GET
    @Path("{id}/availability")
    @Timed(name = "citas.availability", absolute = true,
            description = "Time to answer a request for an office's free places")
    @Operation(summary = "Free places of a procedure at an office",
            description = "Only slots with at least one free place are listed; each start is an ISO-8601 date-time"
                    + " with the office's UTC offset. Without dates, the next " + AvailabilityQuery.DEFAULT_DAYS
                    + " days from today at the office; a range spans at most " + AvailabilityQuery.MAX_DAYS
                    + " days.")
    @APIResponse(responseCode = "200", description = "The free places",
            content = @Content(schema = @Schema(implementation = AvailabilityJson.class)))
    @APIResponse(responseCode = "400", description = "Malformed or reversed dates, or a range that is too long",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No office open to the public has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The procedure is unknown, served only in person, or not"
            + " offered at this office",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response availability(@PathParam("id") String id,
            @QueryParam("procedure") @Parameter(required = true, example = "CANJE-RT") String procedure,
            @QueryParam("from") @Parameter(description = "First day, YYYY-MM-DD (office-local)") String from,
            @QueryParam("to") @Parameter(description = "Last day included, YYYY-MM-DD") String to) {
        AvailabilityQuery query = new AvailabilityQuery(id, procedure, QueryDates.optional("from", from),
                QueryDates.optional("to", to));
        Availability found = availability.findAvailability(query);
        List<Object> key = List.of(found.office(), found.procedure(), found.range());
        Written known = written.get(key);
        // the very answer written last time (the use case kept it): its JSON is the same
        if (known == null || known.availability() != found) {
            known = new Written(found, JSON.toJson(AvailabilityJson.of(found)));
            if (written.size() >= KEPT_ANSWERS) {
                written.clear();
            }
            written.put(key, known);
        }
        return Response.ok(known.json(), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
