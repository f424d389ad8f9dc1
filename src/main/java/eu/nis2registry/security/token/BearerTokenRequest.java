package eu.nis2registry.security.token;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

public class BearerTokenRequest extends BaseAuthenticationRequest {

    private final String token;

    public BearerTokenRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }

    @Override
    public String toString() {
        return "BearerTokenRequest";
    }
}
