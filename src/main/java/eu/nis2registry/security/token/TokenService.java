package eu.nis2registry.security.token;

import eu.nis2registry.common.crypto.Hashes;
import eu.nis2registry.security.SecurityConfig;
import eu.nis2registry.security.user.AppUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/** Issues and resolves opaque bearer tokens; the database keeps only their SHA-256. */
@ApplicationScoped
public class TokenService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final java.time.Duration ENROLMENT_LIFETIME = java.time.Duration.ofMinutes(15);

    private final SecurityConfig config;
    private final Clock clock;

    public TokenService(SecurityConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    public record IssuedToken(String token, Instant expiresAt) {
        @Override
        public String toString() {
            return "IssuedToken[expiresAt=" + expiresAt + "]";
        }
    }

    @Transactional
    public IssuedToken issue(AppUser user, boolean enrolmentOnly) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiToken stored = new ApiToken();
        stored.tokenHash = Hashes.sha256Hex(token);
        stored.user = user;
        stored.createdAt = clock.instant();
        // A token that can only enrol two-factor lives briefly: with a stolen password it is all an attacker gets.
        stored.expiresAt = stored.createdAt.plus(enrolmentOnly ? ENROLMENT_LIFETIME : config.tokenLifetime());
        stored.enrolmentOnly = enrolmentOnly;
        stored.persist();
        return new IssuedToken(token, stored.expiresAt);
    }

    /** The live token for this raw value, if any; expired tokens and disabled users resolve to nothing. */
    @Transactional
    public Optional<ApiToken> resolve(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        Optional<ApiToken> found = ApiToken.find("tokenHash", Hashes.sha256Hex(token)).firstResultOptional();
        return found.filter(t -> t.expiresAt.isAfter(clock.instant()) && !t.user.disabled);
    }

    @Transactional
    public void revoke(String token) {
        ApiToken.delete("tokenHash", Hashes.sha256Hex(token));
    }

    @Transactional
    public void revokeAll(AppUser user) {
        ApiToken.delete("user", user);
    }

    @Transactional
    public long purgeExpired() {
        return ApiToken.delete("expiresAt < ?1", clock.instant());
    }
}
