package eu.nis2registry.security.rest;

import eu.nis2registry.security.Role;
import eu.nis2registry.security.trail.TrailService;
import eu.nis2registry.security.trail.TrailService.EntryView;
import eu.nis2registry.security.trail.TrailService.Verification;
import jakarta.annotation.security.RolesAllowed;
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

/** The tamper-evident trail: read it, and check that nobody changed it behind the service's back. */
@Path("/api/audit-trail")
@Tag(name = "Audit trail")
@RolesAllowed({Role.ADMIN_NAME, Role.AUDITOR_NAME})
@Produces(MediaType.APPLICATION_JSON)
public class AuditTrailResource {

    private final TrailService trail;

    public AuditTrailResource(TrailService trail) {
        this.trail = trail;
    }

    @GET
    @Operation(summary = "Trail entries in the caller's scope, newest first")
    public List<EntryView> list(@QueryParam("organizationId") Long organizationId, @QueryParam("entityType") String entityType,
            @QueryParam("entityId") Long entityId, @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("100") @Min(1) @Max(1000) int size) {
        return trail.list(organizationId, entityType, entityId, page, size);
    }

    @GET
    @Path("/verify")
    @Operation(summary = "Walk the whole hash chain; report the first broken link")
    public Verification verify() {
        return trail.verify();
    }
}
