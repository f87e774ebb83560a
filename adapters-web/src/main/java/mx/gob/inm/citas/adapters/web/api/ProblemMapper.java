package mx.gob.inm.citas.adapters.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.gob.inm.citas.domain.office.OfficeNotFoundException;
import mx.gob.inm.citas.domain.procedure.ProcedureNotBookableOnlineException;
import mx.gob.inm.citas.domain.procedure.ProcedureNotFoundException;
import mx.gob.inm.citas.domain.schedule.ProcedureNotOfferedException;
import mx.gob.inm.citas.domain.shared.InvalidValueException;

/**
 * The one place where failures become answers: every refusal and every unexpected error leaves the API as an
 * RFC 9457 problem, never as a stack trace or a server error page.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(Throwable failure) {
        Problem problem = problemFor(failure);
        return Response.status(problem.status()).type(Problem.MEDIA).entity(problem).build();
    }

    private Problem problemFor(Throwable failure) {
        String instance = uri == null ? null : uri.getRequestUri().getRawPath();
        if (failure instanceof OfficeNotFoundException) {
            return Problem.of("office-not-found", "Office not found", 404, failure.getMessage(), instance);
        }
        if (failure instanceof ProcedureNotFoundException) {
            return Problem.of("unknown-procedure", "Unknown procedure", 422, failure.getMessage(), instance);
        }
        if (failure instanceof ProcedureNotBookableOnlineException) {
            return Problem.of("procedure-in-person-only", "Procedure not bookable online", 422, failure.getMessage(),
                    instance);
        }
        if (failure instanceof ProcedureNotOfferedException) {
            return Problem.of("procedure-not-offered", "Procedure not offered at this office", 422,
                    failure.getMessage(), instance);
        }
        if (failure instanceof InvalidValueException) {
            return Problem.of("invalid-request", "Invalid request", 400, failure.getMessage(), instance);
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            return Problem.ofStatus(status.getReasonPhrase(), status.getStatusCode(), detailOf(status.getStatusCode()),
                    instance);
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident + " at " + instance, failure);
        return Problem.ofStatus("Internal Server Error", 500,
                "Something went wrong on our side. Please try again; if it keeps happening, quote incident "
                        + incident + ".", instance);
    }

    private static String detailOf(int status) {
        return switch (status) {
            case 404 -> "There is nothing at this address. The API lives under " + PublicApi.PATH + "; see /openapi.";
            case 405 -> "This address does not accept that method.";
            case 406 -> "This API answers in JSON only.";
            case 415 -> "Send the request body as application/json.";
            default -> "The request cannot be served as sent.";
        };
    }
}
