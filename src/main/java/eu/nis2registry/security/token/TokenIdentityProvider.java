package eu.nis2registry.security.token;

import eu.nis2registry.security.SecurityAttributes;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;


@ApplicationScoped
public class TokenIdentityProvider implements IdentityProvider<BearerTokenRequest> {

    private final TokenService tokens;

    public TokenIdentityProvider(TokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    public Class<BearerTokenRequest> getRequestType() {
        return BearerTokenRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(BearerTokenRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> tokens.resolve(request.token())
                .map(TokenIdentityProvider::identityOf)
                .orElseThrow(() -> new AuthenticationFailedException("unknown or expired token")));
    }

    private static SecurityIdentity identityOf(TokenService.Resolved token) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(token.username()))
                .addAttribute(SecurityAttributes.USER_ID, token.userId())
                .addAttribute(SecurityAttributes.TOKEN_ID, token.tokenId())
                .addAttribute(SecurityAttributes.ORGANIZATION_IDS, token.organizationIds())
                .addAttribute(SecurityAttributes.ALL_ORGANIZATIONS, token.allOrganizations())
                .addAttribute(SecurityAttributes.ENROLMENT_ONLY, token.enrolmentOnly());
        // An enrolment-only token carries no role, so no role check can let it through.
        if (!token.enrolmentOnly()) {
            token.roles().forEach(role -> builder.addRole(role.name()));
        }
        return builder.build();
    }
}
