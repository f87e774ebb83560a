package mx.gob.inm.citas.adapters.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import mx.gob.inm.citas.application.port.in.FindNextFreePlaceUseCase;
import mx.gob.inm.citas.application.port.in.FindNextFreePlaceUseCase.Query;
import mx.gob.inm.citas.domain.shared.Language;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Adapter: where a procedure can be booked soonest, across a state or the whole country. */
@Path("next-free-places")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Offices")
public class NextFreePlacesResource {

    @Inject
    FindNextFreePlaceUseCase places;

    @GET
    @Timed(name = "citas.next-free-places", absolute = true,
            description = "Time to answer a search for the next free place of a procedure across offices")
    @Operation(summary = "The next free place of a procedure at every office that serves it",
            description = "Every active office that offers the procedure online, in the state asked for or in the"
                    + " whole country, with the first free place its public calendar offers now (the booking"
                    + " window and its lead time, closures and taken places applied). Nearest date first, then by"
                    + " state and city; offices with no free place in the booking window come last, without"
                    + " nextFreeStart. Each start is an ISO-8601 date-time with the office's UTC offset. The"
                    + " procedure's name and the problems' details follow Accept-Language (Spanish by default).")
    @APIResponse(responseCode = "200", description = "The offices, in order",
            content = @Content(schema = @Schema(implementation = NextFreePlacesJson.class)))
    @APIResponse(responseCode = "400", description = "No procedure given",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The procedure is unknown or served only in person, or the"
            + " state is none of Mexico's 32 federal entities",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response nextFreePlaces(
            @QueryParam("procedure") @Parameter(required = true, example = "CANJE-RT") String procedure,
            @QueryParam("state") @Parameter(description = "A state's code (BC, CDMX, QROO…); none: the whole"
                    + " country", example = "BC") String state,
            @Context @Parameter(hidden = true) HttpHeaders headers) {
        Language language = RequestLanguage.of(headers);
        return Response.ok(search(procedure, state, language)).header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).build();
    }

    /**
     * The answer in {@code language}. The use case's refusals (a blank, unknown or in-person procedure, an unknown
     * state) reach {@link ProblemMapper}, which says them in the request's language like every other refusal.
     */
    NextFreePlacesJson search(String procedure, String state, Language language) {
        return NextFreePlacesJson.of(places.nextFreePlaces(new Query(procedure, Optional.ofNullable(state))),
                language);
    }
}
