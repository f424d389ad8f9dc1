package eu.nis2registry.exposure.rest;

import eu.nis2registry.exposure.rest.ExposureDtos.Exposure;
import eu.nis2registry.exposure.service.ExposureService;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/suppliers/{supplierId}/exposure")
@Tag(name = "Leak exposure")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class SupplierExposureResource {

    private final ExposureService exposure;

    public SupplierExposureResource(ExposureService exposure) {
        this.exposure = exposure;
    }

    @GET
    @Operation(summary = "The supplier's observed leak exposure; other organisations' shares are left out")
    public Exposure exposure(@PathParam("supplierId") Long supplierId) {
        return exposure.exposure(supplierId);
    }
}
