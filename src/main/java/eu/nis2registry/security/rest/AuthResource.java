package eu.nis2registry.security.rest;

import eu.nis2registry.security.ReadOnlyOperation;
import eu.nis2registry.security.login.LoginService;
import eu.nis2registry.security.token.TokenService.IssuedToken;
import eu.nis2registry.security.user.UserDtos.TokenRequest;
import eu.nis2registry.security.user.UserDtos.TokenResponse;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/auth")
@Tag(name = "Authentication")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    private final LoginService login;

    public AuthResource(LoginService login) {
        this.login = login;
    }

    @POST
    @Path("/token")
    @PermitAll
    @ReadOnlyOperation
    @Operation(summary = "Exchange username, password and (when enrolled) a TOTP code for a bearer token")
    public TokenResponse token(@Valid @NotNull TokenRequest request, @Context HttpServerRequest http) {
        IssuedToken token = login.login(request.username(), request.password(), request.otp(), ClientAddress.of(http));
        return new TokenResponse(token.token(), token.expiresAt());
    }
}
