package eu.nis2registry.exposure.rest;

import eu.nis2registry.exposure.rest.ExposureDtos.AggregateRequest;
import eu.nis2registry.exposure.rest.ExposureDtos.AggregateView;
import eu.nis2registry.exposure.service.ExposureService;
import eu.nis2registry.security.Role;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/leak-observations")
@Tag(name = "Leak exposure")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LeakObservationResource {

    private final ExposureService exposure;

    public LeakObservationResource(ExposureService exposure) {
        this.exposure = exposure;
    }

    @POST
    @Path("/aggregate")
    @RolesAllowed({Role.CISO_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Record a leak known only by its size, as in a press report (e.g. 71,000 records, mostly infostealer)")
    public Response aggregate(@Valid @NotNull AggregateRequest request) {
        return Response.status(201).entity(exposure.recordAggregate(request)).build();
    }
}
