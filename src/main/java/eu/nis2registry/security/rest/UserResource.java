package eu.nis2registry.security.rest;

import eu.nis2registry.security.Role;
import eu.nis2registry.security.user.UserDtos.ChangePassword;
import eu.nis2registry.security.user.UserDtos.CreateUser;
import eu.nis2registry.security.user.UserDtos.UpdateUser;
import eu.nis2registry.security.user.UserDtos.UserView;
import eu.nis2registry.security.user.service.UserService;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

@Path("/api/users")
@Tag(name = "Users")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

    private final UserService users;

    public UserResource(UserService users) {
        this.users = users;
    }

    @POST
    public Response create(@Valid @NotNull CreateUser request) {
        UserView created = users.create(request);
        return Response.created(URI.create("/api/users/" + created.id())).entity(created).build();
    }

    @GET
    public List<UserView> list() {
        return users.list();
    }

    @GET
    @Path("/{id}")
    public UserView get(@PathParam("id") Long id) {
        return users.get(id);
    }

    @PUT
    @Path("/{id}")
    public UserView update(@PathParam("id") Long id, @Valid @NotNull UpdateUser request) {
        return users.update(id, request);
    }

    @PUT
    @Path("/{id}/password")
    public Response changePassword(@PathParam("id") Long id, @Valid @NotNull ChangePassword request) {
        users.changePassword(id, request);
        return Response.noContent().build();
    }
}
