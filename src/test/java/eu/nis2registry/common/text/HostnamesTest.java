package eu.nis2registry.common.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class HostnamesTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "example.be                 | example.be",
            "Portal.Example.BE          | portal.example.be",
            "portal.example.be.         | portal.example.be",
            "'  portal.example.be  '    | portal.example.be",
            "ziekenhuis-ü.example       | xn--ziekenhuis--3hb.example",
            "BÜCHER.example             | xn--bcher-kva.example",
            "xn--bcher-kva.example      | xn--bcher-kva.example",
            "_dmarc.example.be          | _dmarc.example.be",
            "localhost                  | localhost",
            "a1-b2.c3                   | a1-b2.c3"})
    void normalisesToLowerCaseAsciiWithoutTrailingDot(String input, String expected) {
        assertThat(Hostnames.normalize(input)).hasValue(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "not a domain",
            ".",
            "example..be",
            ".example.be",
            "example.be..",
            "-portal.example.be",
            "portal-.example.be",
            "portal.example.be/login",
            "https://portal.example.be",
            "user@example.be",
            "portal:8443",
            "exa*mple.be"})
    void refusesWhatCannotBeAHostName(String input) {
        assertThat(Hostnames.normalize(input)).isEmpty();
    }

    @Test
    void refusesALabelLongerThanSixtyThreeCharacters() {
        assertThat(Hostnames.normalize("a".repeat(63) + ".example")).isPresent();
        assertThat(Hostnames.normalize("a".repeat(64) + ".example")).isEmpty();
    }

    @Test
    void refusesANameLongerThan253Characters() {
        String label = "a".repeat(49) + ".";
        String name253 = label.repeat(5) + "b".repeat(3);
        assertThat(name253).hasSize(253);

        assertThat(Hostnames.normalize(name253)).isPresent();
        assertThat(Hostnames.normalize(name253 + "c")).isEmpty();
        assertThat(Hostnames.normalize(name253 + ".")).hasValue(name253);
    }

    @Test
    void aDomainNeedsTwoLabelsAndIsNotAnAddress() {
        assertThat(Hostnames.normalizeDomain("Example.BE.")).hasValue("example.be");
        assertThat(Hostnames.normalizeDomain("localhost")).isEmpty();
        assertThat(Hostnames.normalizeDomain("192.168.1.10")).isEmpty();
        assertThat(Hostnames.normalizeDomain("not a domain")).isEmpty();
    }

    @Test
    void aHostIsAtOrBelowItsDomainOnALabelBoundary() {
        assertThat(Hostnames.isAtOrBelow("example.be", "example.be")).isTrue();
        assertThat(Hostnames.isAtOrBelow("portal.example.be", "example.be")).isTrue();
        assertThat(Hostnames.isAtOrBelow("a.b.portal.example.be", "example.be")).isTrue();
        assertThat(Hostnames.isAtOrBelow("x.example.be", "example.be")).isTrue();

        assertThat(Hostnames.isAtOrBelow("badexample.be", "example.be")).isFalse();
        assertThat(Hostnames.isAtOrBelow(".example.be", "example.be")).isFalse();
        assertThat(Hostnames.isAtOrBelow("example.be", "portal.example.be")).isFalse();
        assertThat(Hostnames.isAtOrBelow("example.be.evil.example", "example.be")).isFalse();
        assertThat(Hostnames.isAtOrBelow("example.com", "example.be")).isFalse();
    }
}
