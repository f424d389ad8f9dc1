package eu.nis2registry.security.login;

import eu.nis2registry.common.crypto.Hashes;
import eu.nis2registry.common.error.TooManyRequestsException;
import eu.nis2registry.security.SecurityConfig;
import eu.nis2registry.security.token.LoginFailure;
import eu.nis2registry.security.trail.AuditTrail;
import io.quarkus.panache.common.Sort;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
        Instant now = clock.instant();
        Instant since = now.minus(config.lockout().window());
        String account = accountKey(username);
        Optional<Instant> lockedUntil = lockedUntil("accountKey", account, config.lockout().maxFailures(), since)
                .or(() -> lockedUntil("clientAddress", clientAddress, config.lockout().maxFailuresPerAddress(), since));
        if (lockedUntil.isPresent()) {
            long retryAfter = Math.max(1, lockedUntil.get().getEpochSecond() - now.getEpochSecond());
            throw new TooManyRequestsException("Too many failed logins: try again in " + ((retryAfter + 59) / 60) + " minute(s)", retryAfter);
        }
    }

    /** When the lock by this key ends: the window after the oldest of the failures that reached the limit. */
    private Optional<Instant> lockedUntil(String field, String value, int max, Instant since) {
        List<LoginFailure> recent = LoginFailure.<LoginFailure>find(field + " = ?1 and occurredAt > ?2",
                Sort.descending("occurredAt"), value, since).page(0, max).list();
        if (recent.size() < max) {
            return Optional.empty();
        }
        return Optional.of(recent.get(recent.size() - 1).occurredAt.plus(config.lockout().window()));
    }

    /**
     * Records a failure in its own transaction, so that it counts even though the login is refused. The trail
     * names the account only when it exists: what was typed may be a password.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(String username, boolean knownAccount, String clientAddress, String reason) {
        LoginFailure failure = new LoginFailure();
        failure.accountKey = accountKey(username);
        failure.clientAddress = clientAddress;
        failure.occurredAt = clock.instant();
        failure.persist();
        String shown = knownAccount ? normalize(username) : "(unknown account)";
        Instant since = clock.instant().minus(config.lockout().window());
        long recent = LoginFailure.count("accountKey = ?1 and occurredAt > ?2", failure.accountKey, since);
        if (knownAccount && recent == config.lockout().maxFailures()) {
            trail.recordAs("system", "ACCOUNT_LOCKED", "User", null, null, null,
                    Map.of("username", shown, "clientAddress", clientAddress, "failures", recent));
        }
        trail.recordAs("anonymous", "LOGIN_FAILED", "User", null, null, null,
                Map.of("username", shown, "clientAddress", clientAddress, "reason", reason));
    }

    @Transactional
    public void clear(String username) {
        LoginFailure.delete("accountKey", accountKey(username));
    }

    /** Daily: failures older than the window count for nothing any more. */
    @Scheduled(cron = "0 10 * * * ?", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purgeOld() {
        LoginFailure.delete("occurredAt < ?1", clock.instant().minus(config.lockout().window()));
    }

    private static String accountKey(String username) {
        return Hashes.sha256Hex(normalize(username));
    }

    private static String normalize(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return name.length() > 64 ? name.substring(0, 64) : name;
    }
}
