package eu.nis2registry.security.totp;

import eu.nis2registry.common.crypto.KeyMaterial;
import eu.nis2registry.common.crypto.SecretBox;
import eu.nis2registry.security.SecurityConfig;
import eu.nis2registry.security.user.AppUser;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.OptionalLong;

/** TOTP secrets sealed at rest, and the one-use check of codes. */
@ApplicationScoped
public class TotpService {

    private static final String ISSUER = "Supplier Risk Registry";

    private final SecretBox box;
    private final Totp totp = Totp.standard();
    private final Clock clock;

    public TotpService(KeyMaterial keys, SecurityConfig config, Clock clock) {
        this.box = new SecretBox(java.util.Arrays.copyOf(
                keys.key("totp", "registry.security.totp-key", config.totpKey()), 32));
        this.clock = clock;
    }

    public record Enrolment(String secret, String otpauthUri) {
        @Override
        public String toString() {
            return "Enrolment[secret hidden]";
        }
    }

    /** A new pending secret for the user (not yet enabled); the caller persists the user. */
    public Enrolment startEnrolment(AppUser user) {
        byte[] secret = Totp.newSecret();
        user.totpSecret = box.seal(secret);
        user.totpEnabled = false;
        return new Enrolment(Base32.encode(secret), Totp.otpauthUri(ISSUER, user.username, secret));
    }

    /** The secret of an enrolment started but not yet confirmed, so that a page can show it again. */
    public java.util.Optional<Enrolment> pending(AppUser user) {
        if (user.totpEnabled || user.totpSecret == null) {
            return java.util.Optional.empty();
        }
        byte[] secret = box.open(user.totpSecret);
        return java.util.Optional.of(new Enrolment(Base32.encode(secret), Totp.otpauthUri(ISSUER, user.username, secret)));
    }

    /** True, and the code's step remembered, when the code is valid and not used before. */
    public boolean accept(AppUser user, String code) {
        if (user.totpSecret == null) {
            return false;
        }
        OptionalLong step = totp.verify(box.open(user.totpSecret), code, clock.instant(), user.totpLastStep);
        step.ifPresent(s -> user.totpLastStep = s);
        return step.isPresent();
    }
}
