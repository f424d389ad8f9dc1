package eu.nis2registry.exposure.parse;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static eu.nis2registry.exposure.parse.Recorded.Kind.CANDIDATE;
import static eu.nis2registry.exposure.parse.Recorded.Kind.REJECTED;
import static eu.nis2registry.exposure.parse.Recorded.Kind.SKIPPED;
import static eu.nis2registry.exposure.parse.Recorded.Kind.UNMATCHED;
import static eu.nis2registry.exposure.parse.Scans.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvFormatTest {

    private static String fingerprintOf(String password) {
        return Hmacs.hex(Scans.PASSWORD_KEY, password);
    }

    @Test
    void readsColumnsByNameInAnyOrder() {
        Recorded r = csv("password,kind,Login,URL\n"
                + "pw1,stealer_log,jan@x.example,https://portal.medireg.example:8443/login?next=/home\n");
        assertThat(r.kinds()).containsExactly(SKIPPED, CANDIDATE);
        ObservationCandidate c = r.candidates().get(0);
        assertThat(c.host()).isEqualTo("portal.medireg.example");
        assertThat(c.path()).isEqualTo("/login");
        assertThat(c.kind()).isEqualTo(LeakKind.STEALER_LOG);
        assertThat(c.passwordFingerprint()).isEqualTo(fingerprintOf("pw1"));
        assertThat(c.loginHash()).isEqualTo(Hmacs.hex(Scans.LOGIN_KEY, "jan@x.example"));
    }

    @Test
    void failsTheWholeImportWhenARequiredColumnIsMissing() {
        assertThatThrownBy(() -> csv("url,login,pass\nmedireg.example,a,b\n"))
                .isInstanceOf(LeakFormatException.class)
                .hasMessage("CSV header lacks the required column password");
        assertThatThrownBy(() -> csv("login\nmedireg.example\n"))
                .isInstanceOf(LeakFormatException.class)
                .hasMessage("CSV header lacks the required columns url, password");
    }

    @Test
    void failsBeforeHandingOutAnyCandidate() throws Exception {
        Recorded r = new Recorded();
        LeakScanner scanner = Scans.scanner(LeakFormat.CSV);
        assertThatThrownBy(() -> scanner.scan(new ByteArrayInputStream(
                "url,user,password\nmedireg.example,a,b\n".getBytes(StandardCharsets.UTF_8)), r))
                .isInstanceOf(LeakFormatException.class).hasMessageContaining("login");
        assertThat(r.candidates()).isEmpty();
    }

    @Test
    void checksTheHeaderUpFront() throws Exception {
        LeakScanner scanner = Scans.scanner(LeakFormat.CSV);
        scanner.checkHeader(new ByteArrayInputStream("# export\n\nurl,login,password\n\"open".getBytes()));
        assertThatThrownBy(() -> scanner.checkHeader(new ByteArrayInputStream("url;login;password\n".getBytes())))
                .isInstanceOf(LeakFormatException.class).hasMessageContaining("url, login, password");
        assertThatThrownBy(() -> scanner.checkHeader(new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(LeakFormatException.class).hasMessage("CSV file has no header row");
        Scans.scanner(LeakFormat.ULP).checkHeader(new ByteArrayInputStream("anything".getBytes()));
    }

    @Test
    void failsOnAColumnNamedTwice() {
        assertThatThrownBy(() -> csv("url,login,password,login\n"))
                .isInstanceOf(LeakFormatException.class).hasMessageContaining("login twice");
    }

    @Test
    void failsWhenThereIsNoHeader() {
        assertThatThrownBy(() -> csv("\n# nothing\n")).isInstanceOf(LeakFormatException.class)
                .hasMessage("CSV file has no header row");
    }

    @Test
    void skipsBlankAndCommentLinesAndTheHeader() {
        Recorded r = csv("# exported\n\nurl,login,password\n  \nmedireg.example,a,b\n");
        assertThat(r.kinds()).containsExactly(SKIPPED, SKIPPED, SKIPPED, SKIPPED, CANDIDATE);
    }

    @Test
    void unquotesFieldsWithCommasAndQuotes() {
        ObservationCandidate c = csv("url,login,password\n\"https://medireg.example/a\",\"jan\",\"p,w\"\"1\"\n")
                .candidates().get(0);
        assertThat(c.passwordFingerprint()).isEqualTo(fingerprintOf("p,w\"1"));
    }

    @Test
    void countsARecordSpanningLinesOnceUnderItsFirstLine() {
        Recorded r = csv("url,login,password\nmedireg.example,jan,\"line1\r\nline2\nline3\"\nmedireg.example,b,c\n");
        assertThat(r.outcomes).extracting(Recorded.Outcome::line, Recorded.Outcome::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, SKIPPED),
                org.assertj.core.groups.Tuple.tuple(2L, CANDIDATE),
                org.assertj.core.groups.Tuple.tuple(5L, CANDIDATE));
        // CR of a CRLF inside the quotes is dropped like any trailing CR: line breaks are LF
        assertThat(r.candidates().get(0).passwordFingerprint()).isEqualTo(fingerprintOf("line1\nline2\nline3"));
    }

    @Test
    void rejectsAQuotedFieldLeftOpenAtTheEnd() {
        Recorded r = csv("url,login,password\nmedireg.example,jan,\"open\nmore\n");
        assertThat(r.outcomes).extracting(Recorded.Outcome::line, Recorded.Outcome::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, null),
                org.assertj.core.groups.Tuple.tuple(2L, RejectReason.CSV_UNTERMINATED_QUOTE));
    }

    @Test
    void rejectsARecordOver8KiBAndStartsAfreshOnTheNextLine() {
        StringBuilder text = new StringBuilder("url,login,password\nmedireg.example,jan,\"open\n");
        for (int i = 0; i < 100; i++) {
            text.append("x".repeat(99)).append('\n');
        }
        text.append("medireg.example,b,c\n");
        Recorded r = csv(text.toString());
        assertThat(r.kinds()).first().isEqualTo(SKIPPED);
        assertThat(r.outcomes.get(1).line()).isEqualTo(2L);
        assertThat(r.outcomes.get(1).reason()).isEqualTo(RejectReason.RECORD_TOO_LONG);
        assertThat(r.kinds()).last().isEqualTo(CANDIDATE);
        assertThat(r.outcomes).extracting(Recorded.Outcome::line).last().isEqualTo(103L);
    }

    @Test
    void rejectsAnOverlongPhysicalLine() {
        Recorded r = csv("url,login,password\nmedireg.example,a," + "x".repeat(9000) + "\nmedireg.example,a,b\n");
        assertThat(r.kinds()).containsExactly(SKIPPED, REJECTED, CANDIDATE);
        assertThat(r.reasons()).containsExactly(RejectReason.LINE_TOO_LONG);
    }

    @Test
    void rejectsRecordsWithAnotherNumberOfFieldsThanTheHeader() {
        Recorded r = csv("url,login,password\nmedireg.example,a\nmedireg.example,a,b,c\n");
        assertThat(r.reasons()).containsExactly(RejectReason.CSV_FIELD_COUNT, RejectReason.CSV_FIELD_COUNT);
    }

    @Test
    void rejectsTextAfterAClosingQuote() {
        assertThat(csv("url,login,password\nmedireg.example,\"a\"b,c\n").reasons())
                .containsExactly(RejectReason.CSV_MALFORMED_QUOTES);
    }

    @Test
    void rejectsEmptyUrlOrLoginAndBadPorts() {
        Recorded r = csv("url,login,password\n,a,b\nmedireg.example,,b\nmedireg.example:http,a,b\n");
        assertThat(r.reasons()).containsExactly(RejectReason.EMPTY_HOST, RejectReason.EMPTY_LOGIN,
                RejectReason.INVALID_PORT);
    }

    @Test
    void readsTheOptionalColumns() {
        ObservationCandidate c = csv("url,login,password,compromised_at,malware_family,kind\n"
                + "https://medireg.example,a,b,2025-11-02T10:15:00Z, RedLine ,Breach\n").candidates().get(0);
        assertThat(c.compromisedOn()).isEqualTo(LocalDate.of(2025, 11, 2));
        assertThat(c.malwareFamily()).isEqualTo("RedLine");
        assertThat(c.kind()).isEqualTo(LeakKind.BREACH);
        assertThat(c.path()).isEmpty();
    }

    @Test
    void fallsBackToTheImportsKindAndDateWhenTheColumnsAreEmpty() {
        ObservationCandidate c = csv("url,login,password,compromised_at,malware_family,kind\n"
                + "medireg.example,a,b,,,\n").candidates().get(0);
        assertThat(c.compromisedOn()).isEqualTo(Scans.IMPORT_DATE);
        assertThat(c.kind()).isEqualTo(LeakKind.COMBOLIST);
        assertThat(c.malwareFamily()).isNull();
    }

    @Test
    void rejectsAnUnknownKindOrAnInvalidDate() {
        Recorded r = csv("url,login,password,compromised_at,kind\nmedireg.example,a,b,,phishing\n"
                + "medireg.example,a,b,2025-02-30,\nmedireg.example,a,b,yesterday,\n"
                + "medireg.example,a,b,2025-02-03 10:00:00,\n");
        assertThat(r.reasons()).containsExactly(RejectReason.INVALID_KIND, RejectReason.INVALID_COMPROMISED_DATE,
                RejectReason.INVALID_COMPROMISED_DATE);
        assertThat(r.candidates()).extracting(ObservationCandidate::compromisedOn)
                .containsExactly(LocalDate.of(2025, 2, 3));
    }

    @Test
    void dropsUserInfoAndReadsAndroidUrls() {
        Recorded r = csv("url,login,password\nhttps://bob@portal.medireg.example/x,a,b\n"
                + "android://sig==@example.itserv.app/,a,b\n");
        assertThat(r.candidates()).extracting(ObservationCandidate::host)
                .containsExactly("portal.medireg.example", "app.itserv.example");
    }

    @Test
    void readsWindows1252Records() {
        byte[] bytes = "url,login,password\nmedireg.example,josé,crème\n".getBytes(Scans.CP1252);
        ObservationCandidate c = Scans.run(Scans.scanner(LeakFormat.CSV), bytes).candidates().get(0);
        assertThat(c.passwordFingerprint()).isEqualTo(fingerprintOf("crème"));
        assertThat(c.loginHash()).isEqualTo(Hmacs.hex(Scans.LOGIN_KEY, "josé"));
    }

    @Test
    void countsUnmatchedRecords() {
        assertThat(csv("url,login,password\nother.example,a@b.example,c\n").kinds())
                .containsExactly(SKIPPED, UNMATCHED);
    }
}
