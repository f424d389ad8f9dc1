package eu.nis2registry.scoring.rest;

import eu.nis2registry.scoring.rest.RiskDtos.SupplierRisk;
import eu.nis2registry.scoring.service.RiskService;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/suppliers/{supplierId}/risk")
@Tag(name = "Risk")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class SupplierRiskResource {

    private final RiskService risk;

    public SupplierRiskResource(RiskService risk) {
        this.risk = risk;
    }

    @GET
    @Operation(summary = "The scores of the supplier's engagements in the caller's scope")
    public SupplierRisk risk(@PathParam("supplierId") Long supplierId) {
        return risk.supplierRisk(supplierId);
    }
}
