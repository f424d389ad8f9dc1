package eu.nis2registry.backup.rest;

import eu.nis2registry.backup.service.BackupService;
import eu.nis2registry.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/admin/backup")
@Tag(name = "Administration")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class BackupResource {

    private final BackupService backups;

    public BackupResource(BackupService backups) {
        this.backups = backups;
    }

    @POST
    @Operation(summary = "Write a consistent backup (database snapshot, evidence files, report archive, SHA-256 manifest)"
            + " to a new folder under the backups folder; restore it with `java -jar quarkus-run.jar restore <folder>`")
    public Response create() {
        return Response.status(201).entity(backups.create()).build();
    }
}
