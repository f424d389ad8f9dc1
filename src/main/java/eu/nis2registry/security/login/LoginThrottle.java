package eu.nis2registry.security.login;

import eu.nis2registry.common.error.TooManyRequestsException;
import eu.nis2registry.security.SecurityConfig;
import eu.nis2registry.security.token.LoginFailure;
import eu.nis2registry.security.trail.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * Counts failed logins per account and per client address in the database, so that guessing is slowed on
 * every instance alike: after the configured number of failures within the window, logins are refused until
 * the oldest of those failures leaves the window.
 */
@ApplicationScoped
public class LoginThrottle {

    private final SecurityConfig config;
    private final AuditTrail trail;
    private final Clock clock;

    public LoginThrottle(SecurityConfig config, AuditTrail trail, Clock clock) {
        this.config = config;
        this.trail = trail;
        this.clock = clock;
    }

    /** 429 while the account or the address is locked. */
    @Transactional
    public void checkNotLocked(String username, String clientAddress) {
        Instant since = clock.instant().minus(config.lockout().window());
        int max = config.lockout().maxFailures();
        String name = normalize(username);
        long byUser = LoginFailure.count("username = ?1 and occurredAt > ?2", name, since);
        long byAddress = LoginFailure.count("clientAddress = ?1 and occurredAt > ?2", clientAddress, since);
        if (byUser >= max || byAddress >= max) {
            Instant oldest = LoginFailure.<LoginFailure>find(
                            byUser >= max ? "username = ?1 and occurredAt > ?2" : "clientAddress = ?1 and occurredAt > ?2",
                            io.quarkus.panache.common.Sort.descending("occurredAt"),
                            byUser >= max ? name : clientAddress, since)
                    .page(0, max).list().stream().map(f -> f.occurredAt).min(Instant::compareTo).orElse(clock.instant());
            long retryAfter = Math.max(1, oldest.plus(config.lockout().window()).getEpochSecond() - clock.instant().getEpochSecond());
            throw new TooManyRequestsException("Too many failed logins: try again in " + ((retryAfter + 59) / 60) + " minute(s)", retryAfter);
        }
    }

    /** Records a failure in its own transaction, so that it counts even though the login is refused. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(String username, String clientAddress, String reason) {
        LoginFailure failure = new LoginFailure();
        failure.username = normalize(username);
        failure.clientAddress = clientAddress;
        failure.occurredAt = clock.instant();
        failure.persist();
        Instant since = clock.instant().minus(config.lockout().window());
        long recent = LoginFailure.count("username = ?1 and occurredAt > ?2", failure.username, since);
        if (recent == config.lockout().maxFailures()) {
            trail.recordAs("system", "ACCOUNT_LOCKED", "User", null, null, null,
                    Map.of("username", failure.username, "clientAddress", clientAddress, "failures", recent));
        }
        trail.recordAs("anonymous", "LOGIN_FAILED", "User", null, null, null,
                Map.of("username", failure.username, "clientAddress", clientAddress, "reason", reason));
    }

    @Transactional
    public void clear(String username) {
        LoginFailure.delete("username", normalize(username));
    }

    @Transactional
    public long purgeOlderThan(Instant cutoff) {
        return LoginFailure.delete("occurredAt < ?1", cutoff);
    }

    private static String normalize(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return name.length() > 64 ? name.substring(0, 64) : name;
    }
}
