package eu.nis2registry.exposure.parse;

import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PrivacyTest {

    private static final String PASSWORD = "Pl@nted:Secret-11";
    private static final String LOGIN = "planted.person.11@azhospital-a.example";

    @Test
    void dedupeKeyIgnoresSchemePortPathAndLoginCase() {
        List<ObservationCandidate> cs = Scans.ulp(
                "https://portal.medireg.example/login:" + LOGIN + ":" + PASSWORD + "\n"
                        + "portal.medireg.example:" + LOGIN.toUpperCase() + ":" + PASSWORD + "\n"
                        + "http://PORTAL.medireg.example.:8080/other?x=1:" + LOGIN + ":" + PASSWORD + "\n").candidates();
        assertThat(cs).extracting(ObservationCandidate::dedupeKey).containsOnly(cs.get(0).dedupeKey());
    }

    @Test
    void dedupeKeyChangesWithHostLoginOrPassword() {
        List<ObservationCandidate> cs = Scans.ulp("portal.medireg.example:jan:pw\nwww.medireg.example:jan:pw\n"
                + "portal.medireg.example:jan2:pw\nportal.medireg.example:jan:PW\n").candidates();
        assertThat(cs).extracting(ObservationCandidate::dedupeKey).doesNotHaveDuplicates();
    }

    @Test
    void dedupeKeyIsTheSha256OfHostAndBothHashes() throws Exception {
        ObservationCandidate c = Scans.ulpCandidate("portal.medireg.example:Jan:pw");
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update("portal.medireg.example".getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) 0);
        sha.update(HexFormat.of().parseHex(Hmacs.hex(Scans.LOGIN_KEY, "jan")));
        sha.update(HexFormat.of().parseHex(Hmacs.hex(Scans.PASSWORD_KEY, "pw")));
        assertThat(c.dedupeKey()).isEqualTo(HexFormat.of().formatHex(sha.digest()));
    }

    @Test
    void passwordFingerprintIsCaseSensitiveAndLoginHashIsNot() {
        List<ObservationCandidate> cs = Scans.ulp("medireg.example:JAN:Pw\nmedireg.example:jan:pw\n").candidates();
        assertThat(cs.get(0).loginHash()).isEqualTo(cs.get(1).loginHash());
        assertThat(cs.get(0).passwordFingerprint()).isNotEqualTo(cs.get(1).passwordFingerprint());
    }

    @Test
    void keysChangeTheHashes() {
        ObservationCandidate a = Scans.ulpCandidate("medireg.example:jan:pw");
        LeakScanner other = Scans.builder(LeakFormat.ULP)
                .keys("another-login-key-0123456789abcd".getBytes(), Scans.PASSWORD_KEY).build();
        ObservationCandidate b = Scans.run(other, "medireg.example:jan:pw").only().candidate();
        assertThat(b.loginHash()).isNotEqualTo(a.loginHash());
        assertThat(b.passwordFingerprint()).isEqualTo(a.passwordFingerprint());
    }

    @Test
    void noCandidateFieldHoldsThePasswordOrTheLogin() throws Exception {
        ObservationCandidate c = Scans.ulpCandidate("https://portal.medireg.example/a?sid=abc:" + LOGIN + ":" + PASSWORD);
        for (RecordComponent rc : ObservationCandidate.class.getRecordComponents()) {
            String value = String.valueOf(rc.getAccessor().invoke(c));
            assertThat(value).as(rc.getName()).doesNotContain(PASSWORD).doesNotContain("Secret-11")
                    .doesNotContain(LOGIN).doesNotContain("planted.person").doesNotContain("sid=abc");
        }
        assertThat(c.toString()).doesNotContain(PASSWORD).doesNotContain(LOGIN);
        assertThat(c.maskedLogin()).isEqualTo("p***1@azhospital-a.example");
    }

    @Test
    void rejectReasonsAreFixedTexts() {
        for (RejectReason r : RejectReason.values()) {
            assertThat(r.message()).isNotBlank();
        }
        Recorded rec = Scans.ulp("ho st.x:" + LOGIN + ":" + PASSWORD + "\n" + PASSWORD + "\n");
        assertThat(rec.outcomes.toString()).doesNotContain(PASSWORD).doesNotContain(LOGIN);
    }

    @Test
    void scannerNeitherShowsNorAcceptsWeakKeys() {
        LeakScanner s = Scans.scanner(LeakFormat.ULP);
        assertThat(s.toString()).doesNotContain(new String(Scans.LOGIN_KEY)).doesNotContain(new String(Scans.PASSWORD_KEY));
        assertThatThrownBy(() -> Scans.builder(LeakFormat.ULP).keys("short".getBytes(), Scans.PASSWORD_KEY).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("short");
        assertThatThrownBy(() -> Scans.builder(LeakFormat.ULP).keys(Scans.LOGIN_KEY, Scans.LOGIN_KEY).build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
