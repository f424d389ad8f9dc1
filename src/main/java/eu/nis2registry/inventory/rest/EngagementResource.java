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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/engagements")
@Tag(name = "Inventory")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EngagementResource {

    private final EngagementService engagements;

    public EngagementResource(EngagementService engagements) {
        this.engagements = engagements;
    }

    @GET
    @Path("/{id}")
    public EngagementView get(@PathParam("id") Long id) {
        return engagements.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.COMPLIANCE_OFFICER_NAME, Role.CISO_NAME})
    public EngagementView update(@PathParam("id") Long id, @Valid @NotNull EngagementRequest request) {
        return engagements.update(id, request);
    }
}
