package mx.gob.inm.citas.adapters.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import mx.gob.inm.citas.adapters.web.api.ApiJson.ProcedureJson;
import mx.gob.inm.citas.application.port.in.ViewCatalogueUseCase;
import mx.gob.inm.citas.domain.shared.Language;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Adapter: the procedure catalogue, in Spanish or English. */
@Path("procedures")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Procedures")
public class ProceduresResource {

    @Inject
    ViewCatalogueUseCase catalogue;

    @GET
    @Operation(summary = "The procedure catalogue, including those served only in person",
            description = "Names and requirements follow Accept-Language: English when it asks for English before"
                    + " Spanish, Spanish otherwise.")
    @APIResponse(responseCode = "200", description = "Every procedure, by code",
            content = @Content(schema = @Schema(implementation = ProcedureJson[].class)))
    public Response procedures(@Context @Parameter(hidden = true) HttpHeaders headers) {
        Language language = RequestLanguage.of(headers);
        return Response.ok(catalogue.procedures().stream().map(p -> ProcedureJson.of(p, language)).toList())
                .header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }
}
