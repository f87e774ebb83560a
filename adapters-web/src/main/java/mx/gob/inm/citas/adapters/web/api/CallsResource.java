package mx.gob.inm.citas.adapters.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Arrays;
import mx.gob.inm.citas.adapters.web.limits.Clients;
import mx.gob.inm.citas.application.port.in.FollowQueueUseCase;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Adapter: an office's call display, public: the latest calls and how many wait, read at once or followed as
 * Server-Sent Events. No quota counts these requests (a screen in a waiting room reads all day); the streams are
 * bounded per office, client and instance ({@link CallStreams}) and a display refused one polls instead.
 */
@Path("offices/{office}/calls")
@ApplicationScoped
@Tag(name = "Call display")
public class CallsResource {

    @Inject
    FollowQueueUseCase follow;

    @Inject
    CallStreams streams;

    @Inject
    Clients clients;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The latest calls of an office today and how many people wait",
            description = "The last " + CallBoardJson.CALLS + " calls of the office's day (number to window, latest"
                    + " first; a recall is a call again), the people waiting, and the position of the office's"
                    + " visit log it was read at. Only display numbers such as A-017 (a walk-in token) or C-004"
                    + " (an appointment). Each answer has an entity tag: send it back in If-None-Match to get 304"
                    + " while nothing changed.")
    @APIResponse(responseCode = "200", description = "The board",
            content = @Content(schema = @Schema(implementation = CallBoardJson.class)))
    @APIResponse(responseCode = "304", description = "Nothing changed since the entity tag sent")
    @APIResponse(responseCode = "404", description = "No office open to the public has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response calls(@PathParam("office") @Parameter(example = "cdmx-ciudad-de-mexico") String office,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Parameter(hidden = true) String ifNoneMatch) {
        CallBoardJson board = board(office);
        String tag = board.entityTag();
        CacheControl revalidate = new CacheControl();
        revalidate.setNoCache(true);
        Response.ResponseBuilder answer = unchanged(ifNoneMatch, tag) ? Response.notModified()
                : Response.ok(board);
        return answer.header(HttpHeaders.ETAG, tag).cacheControl(revalidate).build();
    }

    @GET
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "The office's call display as Server-Sent Events",
            description = "An event named board (its data: the JSON of GET /calls; its id: the log's position) when"
                    + " the stream opens and within about a second of every step on the office's floor, made on any"
                    + " instance; a comment every 15 s; retry: " + CallListeners.RETRY_MILLIS + " ms. Each office,"
                    + " client and instance may hold only so many streams at once: beyond them the answer is 429,"
                    + " and a display should poll GET /calls every few seconds instead.")
    @APIResponse(responseCode = "200", description = "The stream",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS))
    @APIResponse(responseCode = "404", description = "No office open to the public has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many streams open now (see Retry-After); poll instead",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void stream(@PathParam("office") String office, @Context SseEventSink sink, @Context Sse sse,
            @Context HttpServletRequest request) {
        // an unknown office is a 404 problem before the stream opens
        streams.join(follow.board(office, CallBoardJson.CALLS), clients.of(request), sink, sse);
    }

    /** The board of the office now (its refusals reach {@link ProblemMapper}). */
    CallBoardJson board(String office) {
        return CallBoardJson.of(follow.board(office, CallBoardJson.CALLS));
    }

    /** Whether {@code ifNoneMatch} (as sent: one tag, several, or {@code *}) names {@code tag}. */
    static boolean unchanged(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String bare = tag.substring(2);
        return Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                .anyMatch(t -> t.equals("*") || t.equals(tag) || t.equals(bare));
    }
}
