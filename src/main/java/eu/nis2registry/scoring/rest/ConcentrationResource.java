package eu.nis2registry.scoring.rest;

import eu.nis2registry.common.error.ApiException;
import eu.nis2registry.scoring.rest.RiskDtos.ConcentrationEntry;
import eu.nis2registry.scoring.service.BlastRadiusService;
import eu.nis2registry.security.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/concentration")
@Tag(name = "Risk")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ConcentrationResource {

    private final BlastRadiusService blastRadius;
    private final CurrentUser user;

    public ConcentrationResource(BlastRadiusService blastRadius, CurrentUser user) {
        this.blastRadius = blastRadius;
        this.user = user;
    }

    @GET
    @Operation(summary = "Suppliers and subcontractors ranked by how many organisations depend on them, directly or through"
            + " chains, with the share of those engagements holding HEALTH data and PRIVILEGED access (sector view)")
    public List<ConcentrationEntry> concentration(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(1000) int limit) {
        if (!user.seesAllOrganizations()) {
            throw ApiException.forbidden("The concentration view needs a user scoped to all organisations, or ADMIN");
        }
        return blastRadius.concentration(limit);
    }
}
