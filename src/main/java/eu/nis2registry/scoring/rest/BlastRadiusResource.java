package eu.nis2registry.scoring.rest;

import eu.nis2registry.scoring.rest.RiskDtos.BlastRadius;
import eu.nis2registry.scoring.service.BlastRadiusService;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Locale;

@Path("/api/suppliers/{supplierId}/blast-radius")
@Tag(name = "Risk")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class BlastRadiusResource {

    private final BlastRadiusService blastRadius;

    public BlastRadiusResource(BlastRadiusService blastRadius) {
        this.blastRadius = blastRadius;
    }

    @GET
    @Operation(summary = "Every organisation in scope that the supplier's leak exposes, through subcontractor chains of any"
            + " depth, with the actions to take now (in English, Dutch or French after Accept-Language)")
    public BlastRadius blastRadius(@PathParam("supplierId") Long supplierId,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return blastRadius.blastRadius(supplierId, Languages.of(acceptLanguage));
    }
}
