package eu.nis2registry.security.login;

import eu.nis2registry.common.error.ApiException;
import eu.nis2registry.security.token.TokenService;
import eu.nis2registry.security.token.TokenService.IssuedToken;
import eu.nis2registry.security.totp.TotpService;
import eu.nis2registry.security.trail.AuditTrail;
import eu.nis2registry.security.user.AppUser;
import eu.nis2registry.security.user.service.UserService;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Password, then second factor, then a token. Every refusal counts towards the lockout; an unknown user
 * costs the same bcrypt time as a known one, so that timing does not tell which names exist.
 */
@ApplicationScoped
public class LoginService {

    // A bcrypt hash of a random string, checked for unknown users to spend the same time.
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash(java.util.UUID.randomUUID().toString());

    private final LoginThrottle throttle;
    private final TokenService tokens;
    private final TotpService totp;
    private final UserService users;
    private final AuditTrail trail;

    public LoginService(LoginThrottle throttle, TokenService tokens, TotpService totp, UserService users, AuditTrail trail) {
        this.throttle = throttle;
        this.tokens = tokens;
        this.totp = totp;
        this.users = users;
        this.trail = trail;
    }

    /** Credentials and, when required, the one-time code; on success a token (enrolment-only if needed). */
    @Transactional(dontRollbackOn = ApiException.class)
    public IssuedToken login(String username, String password, String otp, String clientAddress) {
        throttle.checkNotLocked(username, clientAddress);
        Optional<AppUser> found = AppUser.findByUsername(username.trim().toLowerCase(Locale.ROOT));
        boolean passwordOk = BcryptUtil.matches(password, found.map(u -> u.passwordHash).orElse(DUMMY_HASH));
        if (found.isEmpty() || !passwordOk || found.get().disabled) {
            throttle.recordFailure(username, found.isPresent(), clientAddress, "invalid_credentials");
            throw new ApiException(401, "invalid_credentials", "Wrong username or password");
        }
        AppUser user = found.get();
        if (user.totpEnabled) {
            if (otp == null || otp.isBlank() || !totp.accept(user, otp.trim())) {
                throttle.recordFailure(username, true, clientAddress, "otp_required");
                throw new ApiException(401, "otp_required",
                        otp == null || otp.isBlank() ? "A one-time code from your authenticator app is required"
                                : "The one-time code is wrong, expired or already used");
            }
        }
        throttle.clear(user.username);
        boolean enrolmentOnly = !user.totpEnabled && users.totpRequired(user);
        trail.recordAs(user.username, "LOGIN", "User", user.id, null, null,
                Map.of("clientAddress", clientAddress, "enrolmentOnly", enrolmentOnly));
        return tokens.issue(user, enrolmentOnly);
    }
}
