package mx.gob.inm.citas.adapters.web.api;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLTransientException;
import java.time.DateTimeException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.gob.inm.citas.adapters.web.limits.ProofOfWorkFailedException;
import mx.gob.inm.citas.adapters.web.refusals.RefusalMessages;
import mx.gob.inm.citas.application.port.in.TooManyRequestsException;
import mx.gob.inm.citas.domain.appointment.AppointmentNotFoundException;
import mx.gob.inm.citas.domain.appointment.AppointmentRefusedException;
import mx.gob.inm.citas.domain.floor.FloorRefusedException;
import mx.gob.inm.citas.domain.office.OfficeNotFoundException;
import mx.gob.inm.citas.domain.office.StateNotFoundException;
import mx.gob.inm.citas.domain.procedure.ProcedureNotBookableOnlineException;
import mx.gob.inm.citas.domain.procedure.ProcedureNotFoundException;
import mx.gob.inm.citas.domain.schedule.ProcedureNotOfferedException;
import mx.gob.inm.citas.domain.shared.DomainException;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import mx.gob.inm.citas.domain.shared.Language;
import mx.gob.inm.citas.domain.staff.OfficeAccessDeniedException;

/**
 * The one place where failures become answers: every refusal and every unexpected error leaves the API as an
 * RFC 9457 problem, never as a stack trace or a server error page.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    private UriInfo uri;

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(Throwable failure) {
        Problem problem = problemFor(failure);
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (problem.status() == 503) {
            response.header("Retry-After", "2");
        }
        if (failure instanceof TooManyRequestsException limited) {
            response.header("Retry-After", Long.toString(limited.retryAfterSeconds()));
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getHeaderString("Allow") != null) {
            // a 405 says which methods the address does serve
            response.header("Allow", web.getResponse().getHeaderString("Allow"));
        }
        return response.build();
    }

    /** The problem {@code failure} answers with (its kind, status, code and detail). */
    Problem problemFor(Throwable failure) {
        Problem problem = kindOf(failure);
        // the kind, title and status stay the API's contract; the detail is said in the reader's language
        Locale locale = headers == null ? Language.SPANISH.locale() : RequestLanguage.of(headers).locale();
        if (failure instanceof DomainException refusal && refusal.hasCode()) {
            return problem.withRefusal(refusal.code(), RefusalMessages.of(refusal, locale));
        }
        if (failure instanceof InvalidRequestException invalid) {
            return Problem.of("invalid-request", "Invalid request", 400, invalid.detail(locale), problem.instance())
                    .withErrors(invalid.errors(locale));
        }
        if (failure instanceof TooManyRequestsException limited) {
            return problem.withRefusal("requests.tooMany", RefusalMessages.of("requests.tooMany",
                    List.of(limited.quota(), limited.retryAfterSeconds()), locale));
        }
        return problem;
    }

    private Problem kindOf(Throwable failure) {
        String instance = uri == null ? null : uri.getRequestUri().getRawPath();
        if (failure instanceof TooManyRequestsException limited) {
            return Problem.of("too-many-requests", "Too many requests", 429, "Too many requests of this kind ("
                    + limited.quota() + ") for now; nothing was done. Try again in " + limited.retryAfterSeconds()
                    + " s (see Retry-After).", instance);
        }
        if (failure instanceof ProofOfWorkFailedException pow) {
            return Problem.of("proof-of-work-" + pow.verdict().name().toLowerCase(), "Proof of work required", 403,
                    failure.getMessage(), instance);
        }
        if (failure instanceof OfficeNotFoundException) {
            return Problem.of("office-not-found", "Office not found", 404, failure.getMessage(), instance);
        }
        if (failure instanceof StaffSignInRequiredException) {
            return Problem.of("sign-in-required", "Sign-in required", 401, failure.getMessage(), instance);
        }
        if (failure instanceof OfficeAccessDeniedException) {
            return Problem.of("office-access-denied", "Office not yours", 403, failure.getMessage(), instance);
        }
        if (failure instanceof ProcedureNotFoundException) {
            return Problem.of("unknown-procedure", "Unknown procedure", 422, failure.getMessage(), instance);
        }
        if (failure instanceof StateNotFoundException) {
            return Problem.of("unknown-state", "Unknown state", 422, failure.getMessage(), instance);
        }
        if (failure instanceof ProcedureNotBookableOnlineException) {
            return Problem.of("procedure-in-person-only", "Procedure not bookable online", 422, failure.getMessage(),
                    instance);
        }
        if (failure instanceof ProcedureNotOfferedException) {
            return Problem.of("procedure-not-offered", "Procedure not offered at this office", 422,
                    failure.getMessage(), instance);
        }
        if (failure instanceof InvalidRequestException invalid) {
            // said in the reader's language by problemFor
            return Problem.of("invalid-request", "Invalid request", 400, invalid.getMessage(), instance);
        }
        if (failure instanceof AppointmentRefusedException refused) {
            return refusal(refused, instance);
        }
        if (failure instanceof FloorRefusedException refused) {
            return "visit.notFound".equals(refused.code())
                    ? Problem.of("visit-not-found", "Visit not found", 404, failure.getMessage(), instance)
                    : Problem.of("floor-refused", "Not possible on the office floor now", 409, failure.getMessage(),
                            instance);
        }
        if (failure instanceof AppointmentNotFoundException) {
            return Problem.of("appointment-not-found", "Appointment not found", 404, failure.getMessage(), instance);
        }
        if (isTooLarge(failure)) {
            return Problem.ofStatus(ProblemResponses.title(413), 413, detailOf(413), instance);
        }
        if (hasCause(failure, DateTimeException.class)) {
            // a date or time that parses but lies beyond what a calendar can hold (e.g. the year +999999999)
            return Problem.of("invalid-request", "Invalid request", 400,
                    "A date or time in the request is out of range", instance);
        }
        if (isUnreadableBody(failure)) {
            return Problem.of("invalid-request", "Invalid request", 400,
                    "The request could not be read: its body is not JSON of the expected shape, or a header is"
                            + " malformed; see /openapi", instance);
        }
        if (isOverloaded(failure)) {
            LOG.warning(() -> "Overloaded at " + instance + ": " + failure);
            return Problem.of("busy", "Service busy", 503,
                    "Too many requests are being served right now; nothing was changed. Please try again in a moment",
                    instance);
        }
        if (isConcurrentChange(failure)) {
            return Problem.of("concurrent-change", "Changed at the same time", 409,
                    "The appointment was changed by another request at the same moment; please try again", instance);
        }
        if (failure instanceof InvalidValueException) {
            return Problem.of("invalid-request", "Invalid request", 400, failure.getMessage(), instance);
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() == 501) {
            // a method no resource here implements is the client's mistake, not a fault of the server
            return Problem.ofStatus(ProblemResponses.title(405), 405, detailOf(405), instance);
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            return Problem.ofStatus(ProblemResponses.title(status.getStatusCode()), status.getStatusCode(),
                    detailOf(status.getStatusCode()), instance);
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident + " at " + instance, failure);
        return Problem.ofStatus("Internal Server Error", 500,
                "Something went wrong on our side. Please try again; if it keeps happening, quote incident "
                        + incident + ".", instance);
    }

    private static Problem refusal(AppointmentRefusedException refused, String instance) {
        String kind = refused.reason().name().toLowerCase().replace('_', '-');
        return switch (refused.reason()) {
            case SLOT_FULL -> Problem.of(kind, "Slot full", 409, refused.getMessage(), instance);
            case ALREADY_BOOKED -> Problem.of(kind, "Already booked", 409, refused.getMessage(), instance);
            case NOT_ALLOWED_NOW -> Problem.of(kind, "Not allowed now", 409, refused.getMessage(), instance);
            case HOLD_EXPIRED -> Problem.of(kind, "Hold expired", 410, refused.getMessage(), instance);
            case NOT_A_SLOT -> Problem.of(kind, "Not an appointment time", 422, refused.getMessage(), instance);
            case OUTSIDE_BOOKING_WINDOW -> Problem.of(kind, "Outside the booking window", 422, refused.getMessage(),
                    instance);
            case TOO_LATE_TO_CHANGE -> Problem.of(kind, "Too late to change", 422, refused.getMessage(), instance);
            case WRONG_VERIFICATION_CODE -> Problem.of(kind, "Wrong verification code", 422, refused.getMessage(),
                    instance);
            case PASSPORT_MISMATCH -> Problem.of(kind, "Passport does not match", 422, refused.getMessage(),
                    instance);
        };
    }

    private static boolean isTooLarge(Throwable failure) {
        return hasCause(failure, PayloadTooLargeException.class);
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** JSON that does not parse or bind: Yasson's and Jersey's own exceptions, whatever wraps them. */
    private static boolean isUnreadableBody(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonParsingException || t instanceof ProcessingException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The database made this request wait too long (a lock or a connection), or chose it as a deadlock victim:
     * transient by definition, and the transaction was rolled back, so the client may simply retry.
     */
    private static boolean isOverloaded(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientException || t.getClass().getName().endsWith("PoolingException")) {
                return true;
            }
        }
        return false;
    }

    /** Two transactions changed the same appointment: the loser's commit fails on the version check. */
    private static boolean isConcurrentChange(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            if (name.endsWith("OptimisticLockException") || t instanceof RollbackException) {
                return true;
            }
        }
        return false;
    }

    /** What a status means for a client of this API; also used for the container's own errors. */
    static String detailOf(int status) {
        return switch (status) {
            case 404 -> "There is nothing at this address. The API lives under " + PublicApi.PATH + "; see /openapi.";
            case 405 -> "This address does not accept that method.";
            case 406 -> "This API answers in JSON only.";
            case 413 -> "The request body is larger than " + ApiEdgeFilter.MAX_BODY / 1024 + " KiB; nothing was"
                    + " changed.";
            case 415 -> "Send the request body as application/json.";
            case 501 -> "This server does not implement that method.";
            case 503 -> "The service is busy or starting; nothing was changed. Please try again in a moment.";
            default -> status >= 500 ? "Something went wrong on our side. Please try again."
                    : "The request cannot be served as sent.";
        };
    }
}
