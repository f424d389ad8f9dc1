package eu.nis2registry.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextSanitizerTest {

    @Test
    void nullBecomesEmpty() {
        assertThat(TextSanitizer.clean(null)).isEmpty();
        assertThat(TextSanitizer.singleLine(null)).isEmpty();
    }

    @Test
    void controlAndInvisibleFormatCharactersAreRemoved() {
        assertThat(TextSanitizer.clean("a\u0000b\u0007c\u200bd\u00ade\u202ef\uFEFF")).isEqualTo("abcdef");
    }

    @Test
    void tabsBecomeSpacesAndLineEndingsBecomeNewlines() {
        assertThat(TextSanitizer.clean("a\tb\r\nc\rd\u2028e")).isEqualTo("a b\nc\nd\ne");
        assertThat(TextSanitizer.singleLine("a\r\nb\nc")).isEqualTo("a b c");
    }

    @Test
    void decomposedAccentsAreComposed() {
        assertThat(TextSanitizer.clean("Lo\u0301dz\u0301")).isEqualTo("L\u00f3d\u017a");
    }

    @Test
    void brokenSurrogatesBecomeTheReplacementCharacter() {
        assertThat(TextSanitizer.clean("a\uD800b\uDC00c")).isEqualTo("a\uFFFDb\uFFFDc");
        assertThat(TextSanitizer.clean("\uD83D\uDE00")).isEqualTo("\uD83D\uDE00");
    }
}
