package eu.nis2registry.security.recovery;

import eu.nis2registry.common.crypto.Hashes;
import eu.nis2registry.security.totp.Base32;
import eu.nis2registry.security.user.AppUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Ten recovery codes per user, shown once and stored as SHA-256 hashes. A code has 60 random bits, so a plain
 * hash is enough (nothing to guess offline that the lockout does not already slow online); the user id is mixed
 * in so that equal codes of two users never collide.
 */
@ApplicationScoped
public class RecoveryCodeService {

    public static final int COUNT = 10;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Twelve base32 characters, typed with or without the dashes, in any case. */
    private static final Pattern FORM = Pattern.compile("[A-Z2-7]{12}");

    private final Clock clock;

    public RecoveryCodeService(Clock clock) {
        this.clock = clock;
    }

    /** Replaces the user's codes with ten new ones, returned in plain text this once. */
    @Transactional
    public List<String> regenerate(AppUser user) {
        RecoveryCode.delete("user", user);
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            byte[] random = new byte[8];
            RANDOM.nextBytes(random);
            String raw = Base32.encode(random).substring(0, 12);
            RecoveryCode code = new RecoveryCode();
            code.user = user;
            code.codeHash = hash(user, raw);
            code.createdAt = clock.instant();
            code.persist();
            codes.add(raw.substring(0, 4) + "-" + raw.substring(4, 8) + "-" + raw.substring(8));
        }
        return codes;
    }

    /** True once for each code: the code is marked used in the same statement that checks it was not. */
    @Transactional
    public boolean consume(AppUser user, String typed) {
        String raw = normalize(typed);
        if (raw == null) {
            return false;
        }
        return RecoveryCode.update("usedAt = ?1 where user = ?2 and codeHash = ?3 and usedAt is null",
                clock.instant(), user, hash(user, raw)) == 1;
    }

    public long remaining(AppUser user) {
        return RecoveryCode.count("user = ?1 and usedAt is null", user);
    }

    /** Whether the text has the shape of a recovery code rather than a six-digit TOTP code. */
    public static boolean looksLikeRecoveryCode(String typed) {
        return normalize(typed) != null;
    }

    private static String normalize(String typed) {
        if (typed == null) {
            return null;
        }
        String raw = typed.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
        return FORM.matcher(raw).matches() ? raw : null;
    }

    private static String hash(AppUser user, String raw) {
        return Hashes.sha256Hex(user.id + ":" + raw);
    }
}
