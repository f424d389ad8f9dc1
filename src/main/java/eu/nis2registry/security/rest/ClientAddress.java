package eu.nis2registry.security.rest;

import io.vertx.core.http.HttpServerRequest;

/** The caller's address as the proxy chain reports it (Quarkus resolves forwarded headers when configured). */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServerRequest request) {
        if (request == null || request.remoteAddress() == null) {
            return "unknown";
        }
        String host = request.remoteAddress().hostAddress();
        return host == null ? "unknown" : host;
    }
}
