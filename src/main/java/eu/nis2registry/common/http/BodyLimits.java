package eu.nis2registry.common.http;

import eu.nis2registry.common.error.ApiException;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Set;

/**
 * Leak files may be of any size and are streamed to disk, so the HTTP layer's own limit is high; every other
 * request body is read whole and must stay small. Checked before the body is read.
 */
public class BodyLimits {

    private static final Set<String> NO_BODY = Set.of("GET", "HEAD", "OPTIONS", "DELETE");

    @ConfigMapping(prefix = "registry.http")
    public interface Config {
        /** Largest request body accepted outside leak-file uploads, in bytes. */
        @WithDefault("20971520")
        long maxBodyBytes();
    }

    private final Config config;

    public BodyLimits(Config config) {
        this.config = config;
    }

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext request) {
        if (NO_BODY.contains(request.getMethod()) || isStreamedUpload(request)) {
            return null;
        }
        String length = request.getHeaderString("Content-Length");
        if (length == null) {
            // Multipart files are written to disk as they arrive, so a chunked upload costs no memory.
            return request.getHeaderString("Transfer-Encoding") == null || isMultipart(request) ? null
                    : deny(new ApiException(411, "length_required", "Send a Content-Length with this request"));
        }
        try {
            if (Long.parseLong(length.trim()) > config.maxBodyBytes()) {
                return deny(new ApiException(413, "payload_too_large", "The request body may be at most "
                        + config.maxBodyBytes() / (1024 * 1024) + " MB"));
            }
        } catch (NumberFormatException e) {
            return deny(new ApiException(400, "bad_request", "Content-Length is not a number"));
        }
        return null;
    }

    private static boolean isMultipart(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        return type != null && type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE);
    }

    private static boolean isStreamedUpload(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return "POST".equals(request.getMethod()) && (path.equals("/api/leak-imports") || path.equals("/api/leak-imports/")
                || path.equals("/ui/leak-imports"));
    }

    private static Response deny(ApiException e) {
        return Response.status(e.status()).entity(e.toBody()).type(MediaType.APPLICATION_JSON).build();
    }
}
