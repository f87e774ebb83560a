package mx.gob.inm.citas.adapters.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import mx.gob.inm.citas.application.port.in.FollowQueueUseCase;
import mx.gob.inm.citas.domain.shared.Language;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Adapter: where one number stands today at an office, public (what the ticket's QR code opens). */
@Path("offices/{office}/queue")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Call display")
public class QueueResource {

    @Inject
    FollowQueueUseCase follow;

    @GET
    @Path("{number}")
    @Operation(summary = "Where a number stands today at an office",
            description = "Its state (WAITING, CALLED, SERVING, FINISHED, NO_SHOW or WITHDRAWN), the people called"
                    + " before it while it waits, and the window once called. The number as on the ticket (A-017;"
                    + " a17 is the same number). Nothing about the person. The procedure's name and the problems'"
                    + " details follow Accept-Language (Spanish by default).")
    @APIResponse(responseCode = "200", description = "The number's status",
            content = @Content(schema = @Schema(implementation = QueueStatusJson.class)))
    @APIResponse(responseCode = "400", description = "Not a display number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such office, or no such number there today",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response status(@PathParam("office") @Parameter(example = "cdmx-ciudad-de-mexico") String office,
            @PathParam("number") @Parameter(example = "A-017") String number,
            @Context @Parameter(hidden = true) HttpHeaders headers) {
        Language language = RequestLanguage.of(headers);
        CacheControl revalidate = new CacheControl();
        revalidate.setNoCache(true);
        return Response.ok(status(office, number, language)).cacheControl(revalidate)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).build();
    }

    QueueStatusJson status(String office, String number, Language language) {
        return QueueStatusJson.of(follow.status(office, number), language);
    }
}
