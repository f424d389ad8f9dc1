package eu.nis2registry.security.totp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTest {

    private static final byte[] SEED_SHA1 = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEED_SHA256 = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEED_SHA512 =
            "1234567890123456789012345678901234567890123456789012345678901234".getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238, Appendix B. */
    @ParameterizedTest(name = "T={0}s {1}")
    @CsvSource({
            "59,          HmacSHA1,   94287082",
            "59,          HmacSHA256, 46119246",
            "59,          HmacSHA512, 90693936",
            "1111111109,  HmacSHA1,   07081804",
            "1111111109,  HmacSHA256, 68084774",
            "1111111109,  HmacSHA512, 25091201",
            "1111111111,  HmacSHA1,   14050471",
            "1111111111,  HmacSHA256, 67062674",
            "1111111111,  HmacSHA512, 99943326",
            "1234567890,  HmacSHA1,   89005924",
            "1234567890,  HmacSHA256, 91819424",
            "1234567890,  HmacSHA512, 93441116",
            "2000000000,  HmacSHA1,   69279037",
            "2000000000,  HmacSHA256, 90698825",
            "2000000000,  HmacSHA512, 38618901",
            "20000000000, HmacSHA1,   65353130",
            "20000000000, HmacSHA256, 77737706",
            "20000000000, HmacSHA512, 47863826"})
    void matchesRfc6238TestVectors(long epochSeconds, String algorithm, String expected) {
        Totp totp = new Totp(algorithm, 8);
        long step = Totp.stepOf(Instant.ofEpochSecond(epochSeconds));

        assertThat(totp.code(seedFor(algorithm), step)).isEqualTo(expected);
        assertThat(totp.verify(seedFor(algorithm), expected, Instant.ofEpochSecond(epochSeconds), -1))
                .hasValue(step);
    }

    @Test
    void stepsAreThirtySecondsLongCountedFromTheEpoch() {
        assertThat(Totp.stepOf(Instant.ofEpochSecond(0))).isZero();
        assertThat(Totp.stepOf(Instant.ofEpochSecond(29))).isZero();
        assertThat(Totp.stepOf(Instant.ofEpochSecond(30))).isEqualTo(1);
        assertThat(Totp.stepOf(Instant.ofEpochSecond(1111111109))).isEqualTo(0x23523EC);
    }

    @Test
    void standardCodesHaveSixDigitsWithLeadingZeros() {
        // The last six digits of the 8-digit SHA1 vector at T=1111111109 (07081804).
        assertThat(Totp.standard().code(SEED_SHA1, Totp.stepOf(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
    }

    @Test
    void acceptsTheCodeOfOneStepBeforeOrAfterNow() {
        Totp totp = Totp.standard();
        Instant now = Instant.ofEpochSecond(1_700_000_015);
        long step = Totp.stepOf(now);

        assertThat(totp.verify(SEED_SHA1, totp.code(SEED_SHA1, step - 1), now, 0)).hasValue(step - 1);
        assertThat(totp.verify(SEED_SHA1, totp.code(SEED_SHA1, step), now, 0)).hasValue(step);
        assertThat(totp.verify(SEED_SHA1, totp.code(SEED_SHA1, step + 1), now, 0)).hasValue(step + 1);
    }

    @Test
    void refusesCodesTwoStepsAwayFromNow() {
        Totp totp = Totp.standard();
        Instant now = Instant.ofEpochSecond(1_700_000_015);
        long step = Totp.stepOf(now);
        String early = totp.code(SEED_SHA1, step - 2);
        String late = totp.code(SEED_SHA1, step + 2);
        // Guard against a chance collision with a code inside the window, which would make the test meaningless.
        assertThat(windowCodes(totp, step)).doesNotContain(early, late);

        assertThat(totp.verify(SEED_SHA1, early, now, 0)).isEmpty();
        assertThat(totp.verify(SEED_SHA1, late, now, 0)).isEmpty();
    }

    @Test
    void refusesACodeWhoseStepWasAlreadyUsed() {
        Totp totp = Totp.standard();
        Instant now = Instant.ofEpochSecond(1_700_000_015);
        long step = Totp.stepOf(now);
        String code = totp.code(SEED_SHA1, step);

        OptionalLong first = totp.verify(SEED_SHA1, code, now, 0);
        assertThat(first).hasValue(step);
        assertThat(totp.verify(SEED_SHA1, code, now, first.getAsLong())).isEmpty();
    }

    @Test
    void refusesAnOlderCodeOnceANewerStepWasUsed() {
        Totp totp = Totp.standard();
        Instant now = Instant.ofEpochSecond(1_700_000_015);
        long step = Totp.stepOf(now);

        assertThat(totp.verify(SEED_SHA1, totp.code(SEED_SHA1, step - 1), now, step)).isEmpty();
        assertThat(totp.verify(SEED_SHA1, totp.code(SEED_SHA1, step + 1), now, step)).hasValue(step + 1);
    }

    @Test
    void refusesMalformedCodes() {
        Totp totp = Totp.standard();
        Instant now = Instant.ofEpochSecond(1_700_000_015);
        String valid = totp.code(SEED_SHA1, Totp.stepOf(now));

        assertThat(totp.verify(SEED_SHA1, null, now, 0)).isEmpty();
        assertThat(totp.verify(SEED_SHA1, "", now, 0)).isEmpty();
        assertThat(totp.verify(SEED_SHA1, valid.substring(1), now, 0)).isEmpty();
        assertThat(totp.verify(SEED_SHA1, valid + "0", now, 0)).isEmpty();
        assertThat(totp.verify(SEED_SHA1, "12a456", now, 0)).isEmpty();
        assertThat(totp.verify(SEED_SHA1, " " + valid.substring(1), now, 0)).isEmpty();
    }

    @Test
    void refusesTheCodeOfAnotherSecret() {
        Totp totp = Totp.standard();
        Instant now = Instant.ofEpochSecond(1_700_000_015);
        long step = Totp.stepOf(now);
        byte[] other = "another-secret-seed!".getBytes(StandardCharsets.US_ASCII);
        String code = totp.code(other, step);
        assertThat(windowCodes(totp, step)).doesNotContain(code);

        assertThat(totp.verify(SEED_SHA1, code, now, 0)).isEmpty();
    }

    @Test
    void newSecretsAreTwentyRandomBytes() {
        byte[] a = Totp.newSecret();
        byte[] b = Totp.newSecret();

        assertThat(a).hasSize(20);
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void otpauthUriCarriesTheBase32SecretAndTheSettingsAppsNeed() {
        String uri = Totp.otpauthUri("Supplier Risk Registry", "ciso@az.example", SEED_SHA1);

        assertThat(uri).startsWith("otpauth://totp/Supplier%20Risk%20Registry:ciso%40az.example?")
                .contains("secret=" + Base32.encode(SEED_SHA1))
                .contains("issuer=Supplier%20Risk%20Registry")
                .contains("algorithm=SHA1")
                .contains("digits=6")
                .contains("period=30");
    }

    private static List<String> windowCodes(Totp totp, long step) {
        return List.of(totp.code(SEED_SHA1, step - 1), totp.code(SEED_SHA1, step), totp.code(SEED_SHA1, step + 1));
    }

    private static byte[] seedFor(String algorithm) {
        return switch (algorithm) {
            case "HmacSHA1" -> SEED_SHA1;
            case "HmacSHA256" -> SEED_SHA256;
            case "HmacSHA512" -> SEED_SHA512;
            default -> throw new IllegalArgumentException(algorithm);
        };
    }
}
