package mx.gob.inm.citas.adapters.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import mx.gob.inm.citas.adapters.web.limits.Clients;
import mx.gob.inm.citas.adapters.web.limits.ProofOfWork;
import mx.gob.inm.citas.application.port.in.RequestThrottle;
import org.altcha.altcha.Altcha.Challenge;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Adapter: the proof-of-work challenge every hold needs. Solve it (SHA-256 of {@code salt} followed by a number from
 * 0 to {@code maxnumber} equals {@code challenge}) and send {@code base64({algorithm, challenge, number, salt,
 * signature})} in the {@code Altcha} header of {@code POST /appointments}, within 10 minutes, once.
 */
@Path("challenge")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Appointments")
public class ChallengeResource {

    @Inject
    ProofOfWork proofOfWork;

    @Inject
    RequestThrottle throttle;

    @Inject
    Clients clients;

    @Context
    HttpServletRequest request;

    /** The challenge as ALTCHA speaks it. */
    public record ChallengeJson(String algorithm, String challenge, long maxnumber, String salt, String signature) {
    }

    @GET
    @Operation(summary = "A proof-of-work challenge (ALTCHA) to solve before holding a place",
            description = "Valid 10 minutes and for one hold. Send the solution as the base64 payload in the"
                    + " header Altcha.")
    @APIResponse(responseCode = "200", description = "The challenge: algorithm, challenge, maxnumber, salt,"
            + " signature")
    @APIResponse(responseCode = "429", description = "Too many challenges asked from this client")
    public Response challenge() {
        throttle.challenge(clients.of(request));
        Challenge c = proofOfWork.challenge();
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(new ChallengeJson(c.algorithm, c.challenge, c.maxnumber, c.salt, c.signature))
                .cacheControl(noStore).build();
    }
}
