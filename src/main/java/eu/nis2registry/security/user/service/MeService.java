package eu.nis2registry.security.user.service;

import eu.nis2registry.common.error.ApiException;
import eu.nis2registry.security.CurrentUser;
import eu.nis2registry.security.SecurityAttributes;
import eu.nis2registry.security.login.LoginThrottle;
import eu.nis2registry.security.recovery.RecoveryCodeService;
import eu.nis2registry.security.token.TokenService;
import eu.nis2registry.security.totp.TotpService;
import eu.nis2registry.security.trail.AuditTrail;
import eu.nis2registry.security.user.AppUser;
import eu.nis2registry.security.user.UserDtos.Me;
import eu.nis2registry.security.user.UserDtos.TotpEnrolment;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** What a user does for themselves: look at their account, enrol two-factor. */
@ApplicationScoped
public class MeService {

    private final CurrentUser current;
    private final SecurityIdentity identity;
    private final TotpService totp;
    private final UserService users;
    private final AuditTrail trail;
    private final LoginThrottle throttle;
    private final TokenService tokens;
    private final RecoveryCodeService recoveryCodes;

    public MeService(CurrentUser current, SecurityIdentity identity, TotpService totp, UserService users, AuditTrail trail,
            LoginThrottle throttle, TokenService tokens, RecoveryCodeService recoveryCodes) {
        this.throttle = throttle;
        this.tokens = tokens;
        this.current = current;
        this.identity = identity;
        this.totp = totp;
        this.users = users;
        this.trail = trail;
        this.recoveryCodes = recoveryCodes;
    }

    public Me me() {
        AppUser user = user();
        return new Me(user.id, user.username, new TreeSet<>(user.roles), new TreeSet<>(user.organizationIds),
                user.allOrganizations, user.totpEnabled, users.totpRequired(user));
    }

    /** The pending enrolment when one was started and not confirmed, else a new one (for the web page). */
    @Transactional
    public TotpEnrolment pendingOrNewTotp() {
        AppUser user = user();
        return totp.pending(user).map(e -> new TotpEnrolment(e.secret(), e.otpauthUri())).orElseGet(this::startTotp);
    }

    /** Ten new single-use recovery codes in plain text, shown once; the previous ones stop working. */
    @Transactional
    public List<String> newRecoveryCodes() {
        AppUser user = user();
        if (!user.totpEnabled) {
            throw ApiException.conflict("totp_not_enrolled", "Enable two-factor authentication first", null);
        }
        List<String> codes = recoveryCodes.regenerate(user);
        trail.record("RECOVERY_CODES_CREATED", "User", user.id, null, null, Map.of("count", codes.size()));
        return codes;
    }

    public long remainingRecoveryCodes() {
        return recoveryCodes.remaining(user());
    }

    @Transactional
    public TotpEnrolment startTotp() {
        AppUser user = user();
        if (user.totpEnabled) {
            throw ApiException.conflict("totp_enrolled", "Two-factor authentication is already enabled for this account", null);
        }
        TotpService.Enrolment enrolment = totp.startEnrolment(user);
        return new TotpEnrolment(enrolment.secret(), enrolment.otpauthUri());
    }

    /**
     * Enables two-factor with a first valid code. The token of this request is then good for everything:
     * its holder has just shown both factors.
     */
    @Transactional(dontRollbackOn = ApiException.class)
    public void confirmTotp(String otp, String clientAddress) {
        AppUser user = user();
        throttle.checkNotLocked(user.username, clientAddress);
        if (user.totpEnabled) {
            throw ApiException.conflict("totp_enrolled", "Two-factor authentication is already enabled for this account", null);
        }
        if (user.totpSecret == null) {
            throw ApiException.conflict("totp_not_started", "Start the enrolment with POST /api/me/totp first", null);
        }
        if (!totp.accept(user, otp.trim())) {
            throttle.recordFailure(user.username, true, clientAddress, "invalid_otp");
            throw new ApiException(422, "invalid_otp", "The code is wrong, expired or already used");
        }
        user.totpEnabled = true;
        Long tokenId = identity.getAttribute(SecurityAttributes.TOKEN_ID);
        if (tokenId != null) {
            tokens.completeEnrolment(tokenId);
        }
        trail.record("TOTP_ENABLED", "User", user.id, null, null, null);
    }

    private AppUser user() {
        AppUser user = AppUser.findById(current.id());
        if (user == null) {
            throw ApiException.notFound("User");
        }
        return user;
    }
}
