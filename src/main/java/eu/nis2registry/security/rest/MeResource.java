package eu.nis2registry.security.rest;

import eu.nis2registry.security.ReadOnlyOperation;
import eu.nis2registry.security.user.UserDtos.Me;
import eu.nis2registry.security.user.UserDtos.OtpRequest;
import eu.nis2registry.security.user.UserDtos.TotpEnrolment;
import eu.nis2registry.security.user.service.MeService;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/me")
@Tag(name = "Authentication")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeResource {

    private final MeService me;

    public MeResource(MeService me) {
        this.me = me;
    }

    @GET
    public Me me() {
        return me.me();
    }

    @POST
    @Path("/totp")
    @ReadOnlyOperation
    @Operation(summary = "Start two-factor enrolment: a new secret (base32) and its otpauth:// URI")
    public TotpEnrolment startTotp() {
        return me.startTotp();
    }

    @POST
    @Path("/recovery-codes")
    @ReadOnlyOperation
    @Operation(summary = "Ten new single-use recovery codes (shown once), each usable instead of a TOTP code at login")
    public RecoveryCodes recoveryCodes() {
        return new RecoveryCodes(me.newRecoveryCodes());
    }

    public record RecoveryCodes(java.util.List<String> codes) {
        @Override
        public String toString() {
            return "RecoveryCodes[hidden]";
        }
    }

    @POST
    @Path("/totp/confirm")
    @ReadOnlyOperation
    @Operation(summary = "Enable two-factor with a first code from the authenticator app")
    public Response confirmTotp(@Valid @NotNull OtpRequest request, @Context HttpServerRequest http) {
        me.confirmTotp(request.otp(), ClientAddress.of(http));
        return Response.noContent().build();
    }
}
