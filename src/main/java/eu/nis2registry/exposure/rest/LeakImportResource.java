package eu.nis2registry.exposure.rest;

import eu.nis2registry.exposure.rest.ExposureDtos.ImportView;
import eu.nis2registry.exposure.service.LeakImportService;
import eu.nis2registry.exposure.service.LeakImportService.UploadParameters;
import eu.nis2registry.security.Role;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.net.URI;
import java.util.List;

@Path("/api/leak-imports")
@Tag(name = "Leak exposure")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class LeakImportResource {

    private final LeakImportService imports;

    public LeakImportResource(LeakImportService imports) {
        this.imports = imports;
    }

    @POST
    @RolesAllowed({Role.CISO_NAME, Role.ADMIN_NAME})
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload a leak file (any size, streamed to disk) and queue its import; poll the returned job")
    public Response upload(
            @Parameter(description = "ULP, CSV or JSONL") @QueryParam("format") String format,
            @Parameter(description = "the feed or report the file comes from") @QueryParam("source") String source,
            @Parameter(description = "COMBOLIST, STEALER_LOG or BREACH") @QueryParam("kind") String kind,
            @Parameter(description = "the organisation the import is for; default: the uploader's only organisation")
            @QueryParam("organizationId") Long organizationId,
            InputStream body) {
        ImportView job = imports.upload(new UploadParameters(format, source, kind, organizationId), body);
        return Response.accepted(job).location(URI.create("/api/leak-imports/" + job.id())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An import's status, counters, progress, rejected lines and matched suppliers")
    public ImportView get(@PathParam("id") Long id) {
        return imports.get(id);
    }

    @GET
    @Operation(summary = "Imports in the caller's scope, newest first")
    public List<ImportView> list() {
        return imports.list();
    }
}
