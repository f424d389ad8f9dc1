package eu.nis2registry.audit.rest;

import eu.nis2registry.audit.AuditStatus;
import eu.nis2registry.audit.rest.AuditDtos.AuditSummary;
import eu.nis2registry.audit.service.AuditService;
import io.quarkus.security.Authenticated;
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

/** An organisation's audits, for the review queue and follow-up. */
@Path("/api/organizations/{orgId}/audits")
@Tag(name = "Questionnaires and audits")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationAuditResource {

    private final AuditService audits;

    public OrganizationAuditResource(AuditService audits) {
        this.audits = audits;
    }

    @GET
    @Operation(summary = "The organisation's audits, optionally of one status (SUBMITTED: the review queue)")
    public List<AuditSummary> audits(@PathParam("orgId") Long orgId,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = AuditStatus.class)) String status) {
        return audits.listForOrganization(orgId, QueryParams.enumValue(AuditStatus.class, "status", status));
    }
}
