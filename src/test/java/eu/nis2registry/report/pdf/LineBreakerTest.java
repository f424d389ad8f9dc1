package eu.nis2registry.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineBreakerTest {

    private static final float SIZE = 9f;
    private final LineBreaker breaker = new LineBreaker(FontLibrary.shared());

    @Test
    void linesNeverExceedTheWidthUnlessASingleCharacterDoes() {
        Random random = new Random(20261127);
        for (int run = 0; run < 2000; run++) {
            String text = TextSanitizer.clean(randomText(random));
            float width = 10 + random.nextInt(300);
            for (String line : breaker.wrap(text, FontFace.REGULAR, SIZE, width)) {
                if (line.codePointCount(0, line.length()) > 1) {
                    assertThat(breaker.width(line, FontFace.REGULAR, SIZE)).as("'%s' in %s pt", line, width)
                            .isLessThanOrEqualTo(width + 0.001f);
                }
            }
        }
    }

    @Test
    void wrappingLosesNoCharacter() {
        Random random = new Random(42);
        for (int run = 0; run < 2000; run++) {
            String text = TextSanitizer.clean(randomText(random));
            List<String> lines = breaker.wrap(text, FontFace.BOLD, SIZE, 5 + random.nextInt(200));
            assertThat(String.join("", lines).replaceAll("[ \n]", "")).isEqualTo(text.replaceAll("[ \n]", ""));
        }
    }

    @Test
    void longTokenIsCutAfterASeparatorWhenThereIsOne() {
        String url = "https://portal.acme-registration.example/patients/registration/" + "a".repeat(40);
        List<String> lines = breaker.wrap(url, FontFace.REGULAR, SIZE, 150);
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(lines.get(0)).matches(".*[/.\\-]");
    }

    @Test
    void hardLineBreaksAreKeptAndTrailingOnesDropped() {
        assertThat(breaker.wrap("one\n\ntwo\n\n", FontFace.REGULAR, SIZE, 400)).containsExactly("one", "", "two");
        assertThat(breaker.wrap("", FontFace.REGULAR, SIZE, 400)).isEmpty();
    }

    @Test
    void ellipsizedTextFitsAndEndsWithAnEllipsis() {
        String cut = breaker.ellipsize("Zorgnet Antwerpen Ziekenhuisnetwerk", FontFace.BOLD, SIZE, 80);
        assertThat(cut).endsWith("\u2026");
        assertThat(breaker.width(cut, FontFace.BOLD, SIZE)).isLessThanOrEqualTo(80f);
        assertThat(breaker.ellipsize("short", FontFace.BOLD, SIZE, 80)).isEqualTo("short");
    }

    private static String randomText(Random random) {
        String[] pieces = {"a", "word ", "  ", "\n", "x".repeat(random.nextInt(80)), "\u0141\u00f3d\u017a",
            "\u533b", "/", "-", "\u2713", "\t", "\uD83D\uDE00", "W", "i", "\u00a0"};
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(40);
        for (int i = 0; i < n; i++) {
            b.append(pieces[random.nextInt(pieces.length)]);
        }
        return b.toString();
    }
}
