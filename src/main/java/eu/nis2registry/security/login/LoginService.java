package eu.nis2registry.security.login;

import eu.nis2registry.common.crypto.Hashes;
import eu.nis2registry.common.error.ApiException;
import eu.nis2registry.security.recovery.RecoveryCodeService;
import eu.nis2registry.security.token.TokenService;
import eu.nis2registry.security.token.TokenService.IssuedToken;
import eu.nis2registry.security.totp.TotpService;
import eu.nis2registry.security.trail.AuditTrail;
import eu.nis2registry.security.user.AppUser;
import eu.nis2registry.security.user.service.UserService;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Password, then second factor (a TOTP code or a recovery code), then a token. Every refusal counts towards the lockout; an unknown user
 * costs the same bcrypt time as a known one, so that timing does not tell which names exist.
 */
@ApplicationScoped
public class LoginService {

    // A bcrypt hash of a random string, checked for unknown users to spend the same time.
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash(java.util.UUID.randomUUID().toString());
    private static final Duration CHALLENGE_LIFETIME = Duration.ofMinutes(5);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final LoginThrottle throttle;
    private final TokenService tokens;
    private final TotpService totp;
    private final UserService users;
    private final AuditTrail trail;
    private final RecoveryCodeService recoveryCodes;
    private final Clock clock;

    public LoginService(LoginThrottle throttle, TokenService tokens, TotpService totp, UserService users, AuditTrail trail,
            RecoveryCodeService recoveryCodes, Clock clock) {
        this.throttle = throttle;
        this.tokens = tokens;
        this.totp = totp;
        this.users = users;
        this.trail = trail;
        this.recoveryCodes = recoveryCodes;
        this.clock = clock;
    }

    /** Credentials and, when required, the one-time code; on success a token (enrolment-only if needed). */
    @Transactional(dontRollbackOn = ApiException.class)
    public IssuedToken login(String username, String password, String otp, String clientAddress) {
        throttle.checkNotLocked(username, clientAddress);
        AppUser user = checkPassword(username, password, clientAddress);
        if (user.totpEnabled) {
            checkSecondFactor(user, otp, clientAddress);
        }
        return finish(user, clientAddress);
    }

    /**
     * The result of a web login's password step: a token when no second factor is enrolled, otherwise the
     * raw challenge that the code step must present (kept by the browser in a short-lived cookie).
     */
    public record PasswordStep(IssuedToken token, String challenge) {
        @Override
        public String toString() {
            return "PasswordStep[" + (token != null ? "token" : "challenge") + "]";
        }
    }

    /** The web login's first step: the password alone, counted towards the lockout like any login. */
    @Transactional(dontRollbackOn = ApiException.class)
    public PasswordStep passwordStep(String username, String password, String clientAddress) {
        throttle.checkNotLocked(username, clientAddress);
        AppUser user = checkPassword(username, password, clientAddress);
        if (user.totpEnabled) {
            return new PasswordStep(null, openChallenge(user));
        }
        return new PasswordStep(finish(user, clientAddress), null);
    }

    /** The web login's second step: a TOTP or recovery code for the challenge of the password step. */
    @Transactional(dontRollbackOn = ApiException.class)
    public IssuedToken codeStep(String challenge, String code, String clientAddress) {
        LoginChallenge open = challenge == null || challenge.isBlank() ? null
                : LoginChallenge.<LoginChallenge>find("challengeHash", Hashes.sha256Hex(challenge)).firstResult();
        if (open == null || !open.expiresAt.isAfter(clock.instant()) || open.user.disabled) {
            throw new ApiException(401, "login_expired", "The login took too long; enter your password again");
        }
        AppUser user = open.user;
        throttle.checkNotLocked(user.username, clientAddress);
        checkSecondFactor(user, code, clientAddress);
        open.delete();
        return finish(user, clientAddress);
    }

    private AppUser checkPassword(String username, String password, String clientAddress) {
        Optional<AppUser> found = AppUser.findByUsername(username.trim().toLowerCase(Locale.ROOT));
        boolean passwordOk = BcryptUtil.matches(password, found.map(u -> u.passwordHash).orElse(DUMMY_HASH));
        if (found.isEmpty() || !passwordOk || found.get().disabled) {
            throttle.recordFailure(username, found.isPresent(), clientAddress, "invalid_credentials");
            throw new ApiException(401, "invalid_credentials", "Wrong username or password");
        }
        return found.get();
    }

    /** A six-digit TOTP code, or one of the user's single-use recovery codes. */
    private void checkSecondFactor(AppUser user, String code, String clientAddress) {
        String typed = code == null ? "" : code.trim();
        boolean accepted = !typed.isEmpty() && (RecoveryCodeService.looksLikeRecoveryCode(typed)
                ? recoveryCodes.consume(user, typed) : totp.accept(user, typed));
        if (!accepted) {
            throttle.recordFailure(user.username, true, clientAddress, "otp_required");
            throw new ApiException(401, "otp_required", typed.isEmpty()
                    ? "A one-time code from your authenticator app is required"
                    : "The one-time code is wrong, expired or already used");
        }
        if (RecoveryCodeService.looksLikeRecoveryCode(typed)) {
            trail.recordAs(user.username, "RECOVERY_CODE_USED", "User", user.id, null, null,
                    Map.of("remaining", recoveryCodes.remaining(user)));
        }
    }

    private String openChallenge(AppUser user) {
        LoginChallenge.delete("expiresAt < ?1", clock.instant());
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        LoginChallenge challenge = new LoginChallenge();
        challenge.challengeHash = Hashes.sha256Hex(raw);
        challenge.user = user;
        challenge.createdAt = clock.instant();
        challenge.expiresAt = challenge.createdAt.plus(CHALLENGE_LIFETIME);
        challenge.persist();
        return raw;
    }

    private IssuedToken finish(AppUser user, String clientAddress) {
        throttle.clear(user.username);
        boolean enrolmentOnly = !user.totpEnabled && users.totpRequired(user);
        trail.recordAs(user.username, "LOGIN", "User", user.id, null, null,
                Map.of("clientAddress", clientAddress, "enrolmentOnly", enrolmentOnly));
        return tokens.issue(user, enrolmentOnly);
    }
}
