package eu.nis2registry.exposure.parse;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static eu.nis2registry.exposure.parse.Recorded.Kind.CANDIDATE;
import static eu.nis2registry.exposure.parse.Recorded.Kind.SKIPPED;
import static eu.nis2registry.exposure.parse.Scans.jsonl;
import static org.assertj.core.api.Assertions.assertThat;

class JsonlFormatTest {

    @Test
    void readsTheFieldsOfAnObject() {
        ObservationCandidate c = jsonl("{\"url\":\"https://vpn.itserv.example/remote/login?lang=en\","
                + "\"login\":\"Jan@Itserv.Example\",\"password\":\"p:w\\u00e9\",\"compromisedAt\":\"2025-12-01\","
                + "\"malwareFamily\":\"Lumma\",\"kind\":\"STEALER_LOG\",\"cookies\":true,\"extra\":{\"a\":[1,2]}}\n")
                .only().candidate();
        assertThat(c.host()).isEqualTo("vpn.itserv.example");
        assertThat(c.path()).isEqualTo("/remote/login");
        assertThat(c.supplierId()).isEqualTo(Scans.ITSERV);
        assertThat(c.cookies()).isTrue();
        assertThat(c.kind()).isEqualTo(LeakKind.STEALER_LOG);
        assertThat(c.malwareFamily()).isEqualTo("Lumma");
        assertThat(c.compromisedOn()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(c.loginHash()).isEqualTo(Hmacs.hex(Scans.LOGIN_KEY, "jan@itserv.example"));
        assertThat(c.passwordFingerprint()).isEqualTo(Hmacs.hex(Scans.PASSWORD_KEY, "p:wé"));
        assertThat(c.loginEmailDomain()).isEqualTo("itserv.example");
        assertThat(c.privileged()).isTrue();
    }

    @Test
    void defaultsCookiesToFalseAndKindAndDateToTheImports() {
        ObservationCandidate c = jsonl("{\"url\":\"medireg.example\",\"login\":\"a\",\"password\":\"b\"}")
                .only().candidate();
        assertThat(c.cookies()).isFalse();
        assertThat(c.kind()).isEqualTo(LeakKind.COMBOLIST);
        assertThat(c.compromisedOn()).isEqualTo(Scans.IMPORT_DATE);
        ObservationCandidate nulls = jsonl("{\"url\":\"medireg.example\",\"login\":\"a\",\"password\":\"b\","
                + "\"cookies\":null,\"kind\":null,\"compromisedAt\":null}").only().candidate();
        assertThat(nulls.cookies()).isFalse();
        assertThat(nulls.kind()).isEqualTo(LeakKind.COMBOLIST);
    }

    @Test
    void rejectsInvalidJson() {
        Recorded r = jsonl("{\"url\":\"medireg.example\",\"login\":\"a\",\"password\":\"b\"\n"
                + "{url:'medireg.example'}\n"
                + "{\"url\":\"medireg.example\",\"login\":\"a\",\"password\":\"b\"} trailing\n"
                + "{\"url\":\"medireg.example\",\"login\":\"a\",\"password\":\"b\",\"login\":\"c\"}\n"
                + "medireg.example:a:b\n");
        assertThat(r.reasons()).containsOnly(RejectReason.INVALID_JSON).hasSize(5);
    }

    @Test
    void rejectsJsonThatIsNotAnObject() {
        assertThat(jsonl("[1,2]\n\"text\"\n42\n").reasons()).containsOnly(RejectReason.JSON_NOT_AN_OBJECT)
                .hasSize(3);
    }

    @Test
    void rejectsFieldsOfTheWrongType() {
        Recorded r = jsonl("{\"url\":\"medireg.example\",\"login\":42,\"password\":\"b\"}\n"
                + "{\"url\":\"medireg.example\",\"login\":\"a\",\"password\":\"b\",\"cookies\":\"yes\"}\n"
                + "{\"url\":[\"medireg.example\"],\"login\":\"a\",\"password\":\"b\"}\n");
        assertThat(r.reasons()).containsOnly(RejectReason.JSON_WRONG_TYPE).hasSize(3);
    }

    @Test
    void rejectsMissingFields() {
        Recorded r = jsonl("{\"url\":\"medireg.example\",\"login\":\"a\"}\n{\"login\":\"a\",\"password\":\"b\"}\n"
                + "{\"url\":\"medireg.example\",\"login\":\"\",\"password\":\"b\"}\n");
        assertThat(r.reasons()).containsExactly(RejectReason.TOO_FEW_FIELDS, RejectReason.TOO_FEW_FIELDS,
                RejectReason.EMPTY_LOGIN);
    }

    @Test
    void rejectsAnUnknownKindOrDate() {
        Recorded r = jsonl("{\"url\":\"medireg.example\",\"login\":\"a\",\"password\":\"b\",\"kind\":\"rumour\"}\n"
                + "{\"url\":\"medireg.example\",\"login\":\"a\",\"password\":\"b\",\"compromisedAt\":\"01/02/2025\"}\n");
        assertThat(r.reasons()).containsExactly(RejectReason.INVALID_KIND, RejectReason.INVALID_COMPROMISED_DATE);
    }

    @Test
    void skipsBlankAndCommentLines() {
        assertThat(jsonl("\n  \n# note\n{\"url\":\"medireg.example\",\"login\":\"a\",\"password\":\"b\"}\n").kinds())
                .containsExactly(SKIPPED, SKIPPED, SKIPPED, CANDIDATE);
    }

    @Test
    void readsWindows1252Lines() {
        byte[] line = "{\"url\":\"medireg.example\",\"login\":\"josé\",\"password\":\"crème\"}\n"
                .getBytes(Scans.CP1252);
        ObservationCandidate c = Scans.run(Scans.scanner(LeakFormat.JSONL), line).only().candidate();
        assertThat(c.passwordFingerprint()).isEqualTo(Hmacs.hex(Scans.PASSWORD_KEY, "crème"));
    }

    @Test
    void rejectsLinesOver8KiB() {
        String line = "{\"url\":\"medireg.example\",\"login\":\"a\",\"password\":\"" + "x".repeat(9000) + "\"}";
        assertThat(jsonl(line).only().reason()).isEqualTo(RejectReason.LINE_TOO_LONG);
    }

    @Test
    void neverPutsJsonContentInAReject() {
        Recorded r = jsonl("{\"url\":\"medireg.example\",\"login\":\"a\",\"password\":\"TopSecret\" oops}\n");
        assertThat(r.only().reason().message()).doesNotContain("TopSecret").doesNotContain("oops");
    }
}
