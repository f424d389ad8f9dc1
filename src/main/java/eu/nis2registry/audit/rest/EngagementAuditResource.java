package eu.nis2registry.audit.rest;

import eu.nis2registry.audit.rest.AuditDtos.AuditSummary;
import eu.nis2registry.audit.rest.AuditDtos.AuditView;
import eu.nis2registry.audit.rest.AuditDtos.StartAudit;
import eu.nis2registry.audit.service.AuditService;
import eu.nis2registry.security.Role;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

@Path("/api/engagements/{engagementId}/audits")
@Tag(name = "Questionnaires and audits")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EngagementAuditResource {

    private final AuditService audits;

    public EngagementAuditResource(AuditService audits) {
        this.audits = audits;
    }

    @POST
    @RolesAllowed({Role.COMPLIANCE_OFFICER_NAME, Role.CISO_NAME})
    @Operation(summary = "Start a draft audit of the engagement with the newest version of a questionnaire")
    public Response start(@PathParam("engagementId") Long engagementId, @Valid @NotNull StartAudit request) {
        AuditView audit = audits.start(engagementId, request.questionnaireKey());
        return Response.created(URI.create("/api/audits/" + audit.id())).entity(audit).build();
    }

    @GET
    @Operation(summary = "The engagement's audits, newest first")
    public List<AuditSummary> list(@PathParam("engagementId") Long engagementId) {
        return audits.listForEngagement(engagementId);
    }
}
