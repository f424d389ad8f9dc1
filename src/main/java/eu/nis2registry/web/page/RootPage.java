package eu.nis2registry.web.page;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** The service's front door leads to the web UI. */
@Path("/")
@PermitAll
public class RootPage {

    @GET
    public Response root() {
        return Response.seeOther(URI.create("/ui")).build();
    }
}
