package eu.nis2registry.inventory.rest;

import eu.nis2registry.inventory.rest.InventoryDtos.EngagementRequest;
import eu.nis2registry.inventory.rest.InventoryDtos.EngagementView;
import eu.nis2registry.inventory.service.EngagementService;
import eu.nis2registry.security.Role;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

@Path("/api/organizations/{orgId}/engagements")
@Tag(name = "Inventory")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationEngagementResource {

    private final EngagementService engagements;

    public OrganizationEngagementResource(EngagementService engagements) {
        this.engagements = engagements;
    }

    @POST
    @RolesAllowed({Role.COMPLIANCE_OFFICER_NAME, Role.CISO_NAME})
    @Operation(summary = "Record that the organisation uses a supplier's service")
    public Response create(@PathParam("orgId") Long orgId, @Valid @NotNull EngagementRequest request) {
        EngagementView created = engagements.create(orgId, request);
        return Response.created(URI.create("/api/engagements/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(summary = "The organisation's engagements; with overdue=true only those whose reassessment is past due")
    public List<EngagementView> list(@PathParam("orgId") Long orgId, @QueryParam("overdue") @DefaultValue("false") boolean overdue) {
        return overdue ? engagements.overdue(orgId) : engagements.list(orgId);
    }
}
