package eu.nis2registry.inventory.rest;

import eu.nis2registry.inventory.rest.InventoryDtos.SubcontractorRequest;
import eu.nis2registry.inventory.rest.InventoryDtos.SupplierRequest;
import eu.nis2registry.inventory.rest.InventoryDtos.SupplierView;
import eu.nis2registry.inventory.service.SupplierService;
import eu.nis2registry.security.Role;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

@Path("/api/suppliers")
@Tag(name = "Inventory")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SupplierResource {

    private final SupplierService suppliers;

    public SupplierResource(SupplierService suppliers) {
        this.suppliers = suppliers;
    }

    @POST
    @RolesAllowed({Role.ADMIN_NAME, Role.COMPLIANCE_OFFICER_NAME, Role.CISO_NAME})
    @Operation(summary = "Register a supplier; 409 with the existing id when its enterprise number or a domain is known")
    public Response create(@Valid @NotNull SupplierRequest request) {
        SupplierView created = suppliers.create(request);
        return Response.created(URI.create("/api/suppliers/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(summary = "Search suppliers by name or domain; the total is in the X-Total-Count header")
    public Response search(@QueryParam("q") @Size(max = 200) String q,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("100") @Min(1) @Max(1000) int size) {
        SupplierService.Page<SupplierView> result = suppliers.search(q, page, size);
        return Response.ok(result.items()).header("X-Total-Count", result.total()).build();
    }

    @GET
    @Path("/{id}")
    public SupplierView get(@PathParam("id") Long id) {
        return suppliers.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COMPLIANCE_OFFICER_NAME, Role.CISO_NAME})
    public SupplierView update(@PathParam("id") Long id, @Valid @NotNull SupplierRequest request) {
        return suppliers.update(id, request);
    }

    @POST
    @Path("/{id}/subcontractors")
    @RolesAllowed({Role.ADMIN_NAME, Role.COMPLIANCE_OFFICER_NAME, Role.CISO_NAME})
    @Operation(summary = "Record that this supplier depends on another (a fourth party); a cycle is refused with 422")
    public Response addSubcontractor(@PathParam("id") Long id, @Valid @NotNull SubcontractorRequest request) {
        suppliers.addSubcontractor(id, request.subcontractorId());
        return Response.noContent().build();
    }

    @DELETE
    @Path("/{id}/subcontractors/{subcontractorId}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COMPLIANCE_OFFICER_NAME, Role.CISO_NAME})
    public Response removeSubcontractor(@PathParam("id") Long id, @PathParam("subcontractorId") Long subcontractorId) {
        suppliers.removeSubcontractor(id, subcontractorId);
        return Response.noContent().build();
    }
}
