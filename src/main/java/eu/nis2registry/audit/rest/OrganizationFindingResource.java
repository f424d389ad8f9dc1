package eu.nis2registry.audit.rest;

import eu.nis2registry.audit.finding.FindingStatus;
import eu.nis2registry.audit.rest.AuditDtos.FindingView;
import eu.nis2registry.audit.service.FindingService;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/organizations/{orgId}/findings")
@Tag(name = "Questionnaires and audits")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationFindingResource {

    private final FindingService findings;

    public OrganizationFindingResource(FindingService findings) {
        this.findings = findings;
    }

    @GET
    @Operation(summary = "The organisation's findings by due date; overdue=true for open findings past their due date")
    public List<FindingView> findings(@PathParam("orgId") Long orgId,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = FindingStatus.class)) String status,
            @QueryParam("overdue") @DefaultValue("false") boolean overdue) {
        return findings.forOrganization(orgId, QueryParams.enumValue(FindingStatus.class, "status", status), overdue);
    }
}
