package eu.nis2registry.security.token;

import eu.nis2registry.common.crypto.Hashes;
import eu.nis2registry.security.Role;
import eu.nis2registry.security.SecurityConfig;
import eu.nis2registry.security.user.AppUser;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Issues and resolves opaque bearer tokens; the database keeps only their SHA-256. */
@ApplicationScoped
public class TokenService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final java.time.Duration ENROLMENT_LIFETIME = java.time.Duration.ofMinutes(15);
    private static final int CACHE_LIMIT = 10_000;

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

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

    /** What a request needs of its token: a snapshot, safe to keep for a few seconds. */
    public record Resolved(long tokenId, long userId, String username, Set<Role> roles, Set<Long> organizationIds,
            boolean allOrganizations, boolean enrolmentOnly, Instant expiresAt) {
    }

    private record Cached(Resolved token, Instant until) {
    }

    /**
     * The live token for this raw value, if any; expired tokens and disabled users resolve to nothing. Kept in
     * memory for {@code registry.security.token-cache} so that a request costs no database round trip; this
     * instance forgets a token at once when it is revoked here, other instances within that time.
     */
    public Optional<Resolved> resolve(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        String hash = Hashes.sha256Hex(token);
        Instant now = clock.instant();
        Cached cached = cache.get(hash);
        if (cached != null && cached.until().isAfter(now)) {
            return cached.token().expiresAt().isAfter(now) ? Optional.of(cached.token()) : Optional.empty();
        }
        Optional<Resolved> resolved = QuarkusTransaction.joiningExisting().call(() -> ApiToken.<ApiToken>find("tokenHash", hash)
                .firstResultOptional()
                .filter(t -> t.expiresAt.isAfter(now) && !t.user.disabled)
                .map(t -> new Resolved(t.id, t.user.id, t.user.username, Set.copyOf(t.user.roles), Set.copyOf(t.user.organizationIds),
                        t.user.allOrganizations, t.enrolmentOnly, t.expiresAt)));
        if (resolved.isPresent()) {
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(hash, new Cached(resolved.get(), now.plus(config.tokenCache())));
        }
        return resolved;
    }

    @Transactional
    public void revoke(String token) {
        String hash = Hashes.sha256Hex(token);
        ApiToken.delete("tokenHash", hash);
        cache.remove(hash);
    }

    @Transactional
    public void revokeAll(AppUser user) {
        ApiToken.delete("user", user);
        cache.values().removeIf(c -> c.token().userId() == user.id);
    }

    /** The holder of an enrolment-only token has just shown both factors: the token is good for everything now. */
    @Transactional
    public void completeEnrolment(long tokenId) {
        ApiToken token = ApiToken.findById(tokenId);
        if (token != null) {
            token.enrolmentOnly = false;
        }
        cache.values().removeIf(c -> c.token().tokenId() == tokenId);
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purgeExpired() {
        ApiToken.delete("expiresAt < ?1", clock.instant());
    }
}
