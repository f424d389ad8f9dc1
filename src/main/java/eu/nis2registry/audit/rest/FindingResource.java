package eu.nis2registry.audit.rest;

import eu.nis2registry.audit.rest.AuditDtos.FindingView;
import eu.nis2registry.audit.rest.AuditDtos.UpdateFinding;
import eu.nis2registry.audit.service.FindingService;
import eu.nis2registry.security.Role;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/findings")
@Tag(name = "Questionnaires and audits")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FindingResource {

    private final FindingService findings;

    public FindingResource(FindingService findings) {
        this.findings = findings;
    }

    @GET
    @Path("/{id}")
    public FindingView get(@PathParam("id") Long id) {
        return findings.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.COMPLIANCE_OFFICER_NAME, Role.CISO_NAME})
    @Operation(summary = "Change a finding's status, owner or due date; accepting a risk (ACCEPTED) needs a CISO and a reason in note")
    public FindingView update(@PathParam("id") Long id, @Valid @NotNull UpdateFinding request) {
        return findings.update(id, request);
    }
}
