package eu.nis2registry.common.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HostnamesTest {

    @Test
    void lowerCasesAndDropsOneTrailingDot() {
        assertThat(Hostnames.normalize("Portal.MEDIREG.Example.")).contains("portal.medireg.example");
    }

    @Test
    void convertsInternationalNamesToPunycode() {
        assertThat(Hostnames.normalize("Bücher.example")).contains("xn--bcher-kva.example");
        assertThat(Hostnames.normalize("xn--bcher-kva.example")).contains("xn--bcher-kva.example");
    }

    @Test
    void keepsWwwAsAnOrdinaryLabel() {
        assertThat(Hostnames.normalize("www.medireg.be")).contains("www.medireg.be");
    }

    @Test
    void acceptsIpv4AddressesAsHostsButNotAsDomains() {
        assertThat(Hostnames.normalize("10.0.0.5")).contains("10.0.0.5");
        assertThat(Hostnames.isIpv4Address("10.0.0.5")).isTrue();
        assertThat(Hostnames.isValidDomain("10.0.0.5")).isFalse();
        assertThat(Hostnames.checkDomain("10.0.0.5").problem()).isEqualTo(Hostnames.Problem.NOT_A_DOMAIN);
    }

    @Test
    void acceptsUnderscoresAndHyphens() {
        assertThat(Hostnames.normalize("my_host-1.example")).contains("my_host-1.example");
    }

    @Test
    void rejectsHostWithSpace() {
        assertThat(Hostnames.check("ho st.example").problem()).isEqualTo(Hostnames.Problem.INVALID_CHARACTER);
    }

    @Test
    void rejectsCharactersAHostCannotHave() {
        for (String bad : new String[] {"a@b.example", "a/b", "a:b", "[::1]", "a*b.example", "tab\there"}) {
            assertThat(Hostnames.check(bad).problem()).as(bad).isEqualTo(Hostnames.Problem.INVALID_CHARACTER);
        }
    }

    @Test
    void rejectsEmptyHosts() {
        assertThat(Hostnames.check("").problem()).isEqualTo(Hostnames.Problem.EMPTY);
        assertThat(Hostnames.check(".").problem()).isEqualTo(Hostnames.Problem.EMPTY);
        assertThat(Hostnames.check(null).problem()).isEqualTo(Hostnames.Problem.EMPTY);
    }

    @Test
    void rejectsEmptyLabels() {
        assertThat(Hostnames.check("a..example").problem()).isEqualTo(Hostnames.Problem.EMPTY_LABEL);
        assertThat(Hostnames.check(".example").problem()).isEqualTo(Hostnames.Problem.EMPTY_LABEL);
        assertThat(Hostnames.check("example..").problem()).isEqualTo(Hostnames.Problem.EMPTY_LABEL);
    }

    @Test
    void rejectsLabelsLongerThan63() {
        assertThat(Hostnames.check("a".repeat(63) + ".example").isValid()).isTrue();
        assertThat(Hostnames.check("a".repeat(64) + ".example").problem())
                .isEqualTo(Hostnames.Problem.LABEL_TOO_LONG);
    }

    @Test
    void rejectsHostsLongerThan253() {
        String label = "a".repeat(50);
        String host253 = String.join(".", label, label, label, label, "b".repeat(49));
        assertThat(host253).hasSize(253);
        assertThat(Hostnames.check(host253).isValid()).isTrue();
        assertThat(Hostnames.check(host253 + "c").problem()).isEqualTo(Hostnames.Problem.TOO_LONG);
    }

    @Test
    void normalizeOrThrowGivesTheProblemWithoutTheInput() {
        assertThatThrownBy(() -> Hostnames.normalizeOrThrow("secret host.example"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("host has a character a host cannot have")
                .hasMessageNotContaining("secret");
    }

    @Test
    void domainsNeedTwoLabelsAndANonNumericTopLabel() {
        assertThat(Hostnames.isValidDomain("medireg.be")).isTrue();
        assertThat(Hostnames.isValidDomain("MEDIREG.BE.")).isTrue();
        assertThat(Hostnames.isValidDomain("localhost")).isFalse();
        assertThat(Hostnames.isValidDomain("example.123")).isFalse();
        assertThat(Hostnames.normalizeDomain("Medireg.BE")).contains("medireg.be");
        assertThatThrownBy(() -> Hostnames.normalizeDomainOrThrow("localhost"))
                .isInstanceOf(Hostnames.InvalidHostException.class)
                .satisfies(e -> assertThat(((Hostnames.InvalidHostException) e).problem())
                        .isEqualTo(Hostnames.Problem.NOT_A_DOMAIN));
    }

    @Test
    void sameOrBelowRespectsLabelBoundaries() {
        assertThat(Hostnames.isSameOrBelow("medireg.be", "medireg.be")).isTrue();
        assertThat(Hostnames.isSameOrBelow("portal.medireg.be", "medireg.be")).isTrue();
        assertThat(Hostnames.isSameOrBelow("evil-medireg.be", "medireg.be")).isFalse();
        assertThat(Hostnames.isSameOrBelow("medireg.be.evil.com", "medireg.be")).isFalse();
        assertThat(Hostnames.isSameOrBelow("be", "medireg.be")).isFalse();
    }

    @Test
    void rejectsInvalidInternationalNames() {
        // U+FFFD (what undecodable bytes become) is prohibited in IDNA
        assertThat(Hostnames.check("caf\ufffd.example").problem()).isEqualTo(Hostnames.Problem.INVALID_IDN);
        // a no-break space folds to a plain space, which no host may hold
        assertThat(Hostnames.check("caf\u00e9\u00a0x.example").problem())
                .isEqualTo(Hostnames.Problem.INVALID_CHARACTER);
    }
}
