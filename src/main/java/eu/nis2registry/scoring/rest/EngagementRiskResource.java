package eu.nis2registry.scoring.rest;

import eu.nis2registry.scoring.rest.RiskDtos.HistoryEntry;
import eu.nis2registry.scoring.rest.RiskDtos.RiskView;
import eu.nis2registry.scoring.service.RiskService;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/engagements/{engagementId}/risk")
@Tag(name = "Risk")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class EngagementRiskResource {

    private final RiskService risk;

    public EngagementRiskResource(RiskService risk) {
        this.risk = risk;
    }

    @GET
    @Operation(summary = "The engagement's current score, tier, components and the factors that add up to it")
    public RiskView risk(@PathParam("engagementId") Long engagementId) {
        return risk.risk(engagementId);
    }

    @GET
    @Path("/history")
    @Operation(summary = "Every change of the engagement's score, oldest first, with its reason")
    public List<HistoryEntry> history(@PathParam("engagementId") Long engagementId) {
        return risk.history(engagementId);
    }
}
