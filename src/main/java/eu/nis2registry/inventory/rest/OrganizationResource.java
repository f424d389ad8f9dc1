package eu.nis2registry.inventory.rest;

import eu.nis2registry.inventory.rest.InventoryDtos.OrganizationRequest;
import eu.nis2registry.inventory.rest.InventoryDtos.OrganizationView;
import eu.nis2registry.inventory.service.OrganizationService;
import eu.nis2registry.security.Role;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

@Path("/api/organizations")
@Tag(name = "Inventory")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    private final OrganizationService organizations;

    public OrganizationResource(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Register an organisation (a NIS2 entity that depends on suppliers)")
    public Response create(@Valid @NotNull OrganizationRequest request) {
        OrganizationView created = organizations.create(request);
        return Response.created(URI.create("/api/organizations/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(summary = "The organisations in the caller's scope")
    public List<OrganizationView> list() {
        return organizations.list();
    }

    @GET
    @Path("/{id}")
    public OrganizationView get(@PathParam("id") Long id) {
        return organizations.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    public OrganizationView update(@PathParam("id") Long id, @Valid @NotNull OrganizationRequest request) {
        return organizations.update(id, request);
    }
}
