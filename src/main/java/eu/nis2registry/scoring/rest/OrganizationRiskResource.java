package eu.nis2registry.scoring.rest;

import eu.nis2registry.scoring.rest.RiskDtos.OrganizationRisk;
import eu.nis2registry.scoring.service.RiskService;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/organizations/{orgId}/risk")
@Tag(name = "Risk")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationRiskResource {

    private final RiskService risk;

    public OrganizationRiskResource(RiskService risk) {
        this.risk = risk;
    }

    @GET
    @Operation(summary = "The organisation's engagements by score and the tier distribution")
    public OrganizationRisk risk(@PathParam("orgId") Long orgId) {
        return risk.organizationRisk(orgId);
    }
}
