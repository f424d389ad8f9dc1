package eu.nis2registry.exposure.parse;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static eu.nis2registry.exposure.parse.Recorded.Kind.CANDIDATE;
import static eu.nis2registry.exposure.parse.Recorded.Kind.REJECTED;
import static eu.nis2registry.exposure.parse.Recorded.Kind.SKIPPED;
import static eu.nis2registry.exposure.parse.Recorded.Kind.UNMATCHED;
import static eu.nis2registry.exposure.parse.Scans.ulp;
import static eu.nis2registry.exposure.parse.Scans.ulpCandidate;
import static org.assertj.core.api.Assertions.assertThat;

class UlpFormatTest {

    private static String fingerprintOf(String password) {
        return Hmacs.hex(Scans.PASSWORD_KEY, password);
    }

    private static String loginHashOf(String login) {
        return Hmacs.hex(Scans.LOGIN_KEY, login.toLowerCase());
    }

    @Test
    void readsUrlLoginPasswordWithScheme() {
        ObservationCandidate c = ulpCandidate("https://portal.medireg.example/login:jan@x.example:pw1");
        assertThat(c.host()).isEqualTo("portal.medireg.example");
        assertThat(c.path()).isEqualTo("/login");
        assertThat(c.supplierId()).isEqualTo(Scans.MEDIREG);
        assertThat(c.matchedDomain()).isEqualTo("medireg.example");
        assertThat(c.matchedBy()).isEqualTo(MatchedBy.HOST);
        assertThat(c.loginHash()).isEqualTo(loginHashOf("jan@x.example"));
        assertThat(c.passwordFingerprint()).isEqualTo(fingerprintOf("pw1"));
    }

    @Test
    void readsHostLoginPasswordWithoutScheme() {
        ObservationCandidate c = ulpCandidate("medireg.example:marie@gmail.example:pw1");
        assertThat(c.host()).isEqualTo("medireg.example");
        assertThat(c.path()).isEmpty();
        assertThat(c.loginHash()).isEqualTo(loginHashOf("marie@gmail.example"));
    }

    @Test
    void acceptsAnySchemeInAnyCase() {
        for (String scheme : List.of("http", "https", "ftp", "HTTPS", "sftp", "svn+ssh")) {
            ObservationCandidate c = ulpCandidate(scheme + "://portal.medireg.example/x:user:pw");
            assertThat(c.host()).as(scheme).isEqualTo("portal.medireg.example");
            assertThat(c.path()).as(scheme).isEqualTo("/x");
        }
    }

    @Test
    void readsAPortFollowedByAPath() {
        ObservationCandidate c = ulpCandidate("https://portal.medireg.example:8443/auth/x:jan:pw");
        assertThat(c.host()).isEqualTo("portal.medireg.example");
        assertThat(c.path()).isEqualTo("/auth/x");
        assertThat(c.passwordFingerprint()).isEqualTo(fingerprintOf("pw"));
    }

    @Test
    void readsAPortFollowedByTheLogin() {
        ObservationCandidate c = ulpCandidate("portal.medireg.example:8443:jan:pw");
        assertThat(c.loginHash()).isEqualTo(loginHashOf("jan"));
        assertThat(c.passwordFingerprint()).isEqualTo(fingerprintOf("pw"));
    }

    @Test
    void readsDigitsAsTheLoginWhenAPortWouldLeaveNoPassword() {
        ObservationCandidate c = ulpCandidate("portal.medireg.example:0471234:secret");
        assertThat(c.loginHash()).isEqualTo(loginHashOf("0471234"));
        assertThat(c.passwordFingerprint()).isEqualTo(fingerprintOf("secret"));
    }

    @Test
    void readsANumberAbove65535AsTheLogin() {
        ObservationCandidate c = ulpCandidate("portal.medireg.example:99999:pw:x");
        assertThat(c.loginHash()).isEqualTo(loginHashOf("99999"));
        assertThat(c.passwordFingerprint()).isEqualTo(fingerprintOf("pw:x"));
    }

    @Test
    void keepsColonsInThePassword() {
        ObservationCandidate c = ulpCandidate("https://portal.medireg.example:8443/auth/x:jan@b.example:a:b:c:d");
        assertThat(c.passwordFingerprint()).isEqualTo(fingerprintOf("a:b:c:d"));
    }

    @Test
    void acceptsAnEmptyPassword() {
        ObservationCandidate c = ulpCandidate("portal.medireg.example:jan:");
        assertThat(c.passwordFingerprint()).isEqualTo(fingerprintOf(""));
    }

    @Test
    void dropsTheQueryStringAndFragmentFromThePath() {
        ObservationCandidate c = ulpCandidate("https://portal.medireg.example/a?token=SECRETQUERY123:query.user:Qpw");
        assertThat(c.path()).isEqualTo("/a");
        assertThat(c.loginHash()).isEqualTo(loginHashOf("query.user"));
        assertThat(c.toString()).doesNotContain("SECRETQUERY123").doesNotContain("token");
        assertThat(ulpCandidate("https://portal.medireg.example/a/b#frag:u:p").path()).isEqualTo("/a/b");
    }

    @Test
    void readsAndroidAppsAsTheirPackageReversed() {
        ObservationCandidate c = ulpCandidate("android://Qm9vbQ==@example.medireg.app/:patient77:Zomer2024!");
        assertThat(c.host()).isEqualTo("app.medireg.example");
        assertThat(c.supplierId()).isEqualTo(Scans.MEDIREG);
        assertThat(c.path()).isEqualTo("/");
        assertThat(c.loginHash()).isEqualTo(loginHashOf("patient77"));
        assertThat(c.passwordFingerprint()).isEqualTo(fingerprintOf("Zomer2024!"));
    }

    @Test
    void readsAndroidSignaturesThatContainSlashes() {
        ObservationCandidate c = ulpCandidate("ANDROID://ab/cd+ef==@example.itserv.mobile/:u:p");
        assertThat(c.host()).isEqualTo("mobile.itserv.example");
        assertThat(c.supplierId()).isEqualTo(Scans.ITSERV);
    }

    @Test
    void lowerCasesHostsAndDropsTheTrailingDot() {
        ObservationCandidate c = ulpCandidate("HTTPS://Portal.MEDIREG.EXAMPLE./reset:Upper.Case@x.example:Pw-upper");
        assertThat(c.host()).isEqualTo("portal.medireg.example");
        assertThat(c.path()).isEqualTo("/reset");
        assertThat(c.loginHash()).isEqualTo(loginHashOf("upper.case@x.example"));
    }

    @Test
    void convertsInternationalHostsToPunycode() {
        Recorded r = Scans.run(Scans.builder(LeakFormat.ULP).suppliers(SupplierDomainIndex.of(
                java.util.Map.of("bücher.example", 9L))).build(), "https://shop.Bücher.example/:u:p\n");
        assertThat(r.only().candidate().host()).isEqualTo("shop.xn--bcher-kva.example");
        assertThat(r.only().candidate().matchedDomain()).isEqualTo("xn--bcher-kva.example");
    }

    @Test
    void readsBytesThatAreNotUtf8AsWindows1252ForThatLineOnly() {
        byte[] cp1252 = "https://portal.medireg.example/:café.user:crème\n".getBytes(Scans.CP1252);
        byte[] utf8 = "https://portal.medireg.example/:café.user:crème\n".getBytes(StandardCharsets.UTF_8);
        ObservationCandidate fromCp1252 = Scans.run(Scans.scanner(LeakFormat.ULP), cp1252).only().candidate();
        ObservationCandidate fromUtf8 = Scans.run(Scans.scanner(LeakFormat.ULP), utf8).only().candidate();
        assertThat(fromCp1252.loginHash()).isEqualTo(loginHashOf("café.user"));
        assertThat(fromCp1252.passwordFingerprint()).isEqualTo(fingerprintOf("crème"));
        assertThat(fromCp1252).isEqualTo(fromUtf8);
        assertThat(fromCp1252.maskedLogin()).isEqualTo("c***r");
    }

    @Test
    void decidesTheEncodingPerLine() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("medireg.example:josé:pw\n".getBytes(Scans.CP1252));
        out.writeBytes("medireg.example:zoë:pw\n".getBytes(StandardCharsets.UTF_8));
        List<ObservationCandidate> cs = Scans.run(Scans.scanner(LeakFormat.ULP), out.toByteArray()).candidates();
        assertThat(cs).extracting(ObservationCandidate::loginHash)
                .containsExactly(loginHashOf("josé"), loginHashOf("zoë"));
    }

    @Test
    void matchesAWindows1252InternationalHost() {
        byte[] line = "https://café.medireg.example/:u:p\n".getBytes(Scans.CP1252);
        ObservationCandidate c = Scans.run(Scans.scanner(LeakFormat.ULP), line).only().candidate();
        assertThat(c.host()).isEqualTo("xn--caf-dma.medireg.example");
    }

    @Test
    void ignoresTheBomAndTrailingCarriageReturns() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bom);
        out.writeBytes("medireg.example:a:pw1\r\nmedireg.example:b:pw2\nmedireg.example:c:pw3\r\n".getBytes());
        Recorded r = Scans.run(Scans.scanner(LeakFormat.ULP), out.toByteArray());
        assertThat(r.candidates()).extracting(ObservationCandidate::passwordFingerprint)
                .containsExactly(fingerprintOf("pw1"), fingerprintOf("pw2"), fingerprintOf("pw3"));
        assertThat(r.candidates().get(0).host()).isEqualTo("medireg.example");
        assertThat(r.outcomes).extracting(Recorded.Outcome::line).containsExactly(1L, 2L, 3L);
    }

    @Test
    void skipsBlankWhitespaceAndCommentLines() {
        Recorded r = ulp("\n   \n\t\r\n# a comment:with:colons\nmedireg.example:a:b\n#\n");
        assertThat(r.kinds()).containsExactly(SKIPPED, SKIPPED, SKIPPED, SKIPPED, CANDIDATE, SKIPPED);
    }

    @Test
    void rejectsLinesWithFewerThanThreeFields() {
        assertThat(ulp("justonefield\nportal.medireg.example:loginonly\nhttps://medireg.example/path\n").reasons())
                .containsOnly(RejectReason.TOO_FEW_FIELDS).hasSize(3);
    }

    @Test
    void rejectsAnEmptyHost() {
        assertThat(ulp(":nohost:pw").only().reason()).isEqualTo(RejectReason.EMPTY_HOST);
        assertThat(ulp("https://:user:pw").only().reason()).isEqualTo(RejectReason.EMPTY_HOST);
        assertThat(ulp("https://./x:user:pw").only().reason()).isEqualTo(RejectReason.EMPTY_HOST);
    }

    @Test
    void rejectsAnEmptyLogin() {
        assertThat(ulp("https://portal.medireg.example/::emptylogin").only().reason())
                .isEqualTo(RejectReason.EMPTY_LOGIN);
        assertThat(ulp("portal.medireg.example: \t :pw").only().reason()).isEqualTo(RejectReason.EMPTY_LOGIN);
    }

    @Test
    void rejectsHostsWithCharactersAHostCannotHave() {
        assertThat(ulp("ho st.medireg.example:login:pw").only().reason())
                .isEqualTo(RejectReason.HOST_INVALID_CHARACTER);
        assertThat(ulp("https://user@medireg.example/:login:pw").only().reason())
                .isEqualTo(RejectReason.HOST_INVALID_CHARACTER);
    }

    @Test
    void rejectsHostsWithEmptyOrOverlongLabels() {
        assertThat(ulp("a..medireg.example:l:p").only().reason()).isEqualTo(RejectReason.HOST_EMPTY_LABEL);
        assertThat(ulp("x".repeat(64) + ".medireg.example:l:p").only().reason())
                .isEqualTo(RejectReason.HOST_LABEL_TOO_LONG);
        String longHost = ("a".repeat(60) + ".").repeat(4) + "medireg.example";
        assertThat(ulp(longHost + ":l:p").only().reason()).isEqualTo(RejectReason.HOST_TOO_LONG);
    }

    @Test
    void rejectsAnInvalidInternationalHost() {
        byte[] replacement = "https://caf\ufffd.example/:u:p\n".getBytes(StandardCharsets.UTF_8);
        assertThat(Scans.run(Scans.scanner(LeakFormat.ULP), replacement).only().reason())
                .isEqualTo(RejectReason.HOST_INVALID_IDN);
    }

    @Test
    void rejectsLinesOver8KiB() {
        String ok = "medireg.example:user:" + "x".repeat(8192 - "medireg.example:user:".length());
        String tooLong = ok + "y";
        Recorded r = ulp(ok + "\n" + tooLong + "\n" + ok + "\r\n" + tooLong + "\r\nmedireg.example:a:b");
        assertThat(r.kinds()).containsExactly(CANDIDATE, REJECTED, CANDIDATE, REJECTED, CANDIDATE);
        assertThat(r.reasons()).containsOnly(RejectReason.LINE_TOO_LONG);
        assertThat(r.outcomes).extracting(Recorded.Outcome::line).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void countsIpAddressHostsAsUnmatched() {
        assertThat(ulp("https://10.0.0.5:8080/admin:root:toor").only().kind()).isEqualTo(UNMATCHED);
    }

    @Test
    void neverMatchesLookalikeDomains() {
        Recorded r = ulp("https://evil-medireg.example/:u1:p1\nhttps://medireg.example.evil.example/:u2:p2\n"
                + "https://xitserv.example/:u3:p3\nexample:u4:p4\n");
        assertThat(r.kinds()).containsOnly(UNMATCHED).hasSize(4);
    }

    @Test
    void matchesByTheLoginsEmailDomainWhenTheHostDoesNotMatch() {
        ObservationCandidate c = ulpCandidate("https://accounts.unrelated.example/signin:tech.staff@ITSERV.example.:Staff#1");
        assertThat(c.supplierId()).isEqualTo(Scans.ITSERV);
        assertThat(c.matchedBy()).isEqualTo(MatchedBy.LOGIN_DOMAIN);
        assertThat(c.host()).isEqualTo("accounts.unrelated.example");
        assertThat(c.loginEmailDomain()).isEqualTo("itserv.example");
        assertThat(ulp("https://accounts.unrelated.example/:staff@evil-itserv.example:x").only().kind())
                .isEqualTo(UNMATCHED);
    }

    @Test
    void prefersTheHostMatchOverTheLoginDomain() {
        ObservationCandidate c = ulpCandidate("https://portal.medireg.example/:tech@itserv.example:x");
        assertThat(c.supplierId()).isEqualTo(Scans.MEDIREG);
        assertThat(c.matchedBy()).isEqualTo(MatchedBy.HOST);
    }

    @Test
    void givesTheLongestMatchingDomain() {
        SupplierDomainIndex index = SupplierDomainIndex.of(java.util.Map.of("cloud.example", 10L,
                "hospital.cloud.example", 20L));
        LeakScanner scanner = Scans.builder(LeakFormat.ULP).suppliers(index).build();
        List<ObservationCandidate> cs = Scans.run(scanner,
                "a.hospital.cloud.example:u:p\nb.cloud.example:u:p\nhospital.cloud.example:u:p\n"
                        + "x.example:u@mail.hospital.cloud.example:p\n").candidates();
        assertThat(cs).extracting(ObservationCandidate::supplierId).containsExactly(20L, 10L, 20L, 20L);
    }

    @Test
    void usesTheImportsKindAndDateForUlpLines() {
        ObservationCandidate c = ulpCandidate("medireg.example:u:p");
        assertThat(c.kind()).isEqualTo(LeakKind.COMBOLIST);
        assertThat(c.compromisedOn()).isEqualTo(Scans.IMPORT_DATE);
        assertThat(c.cookies()).isFalse();
        assertThat(c.malwareFamily()).isNull();
    }

    @Test
    void readsTheLastLineWithoutANewline() {
        assertThat(ulp("medireg.example:a:b\nmedireg.example:c:d").kinds()).containsExactly(CANDIDATE, CANDIDATE);
    }

    @Test
    void readsAnEmptyFileAsNoLines() {
        assertThat(ulp("").outcomes).isEmpty();
        assertThat(Scans.run(Scans.scanner(LeakFormat.ULP),
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}).outcomes).isEmpty();
    }
}
