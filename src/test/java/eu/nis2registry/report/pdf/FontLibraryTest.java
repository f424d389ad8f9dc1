package eu.nis2registry.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FontLibraryTest {

    private final FontLibrary fonts = FontLibrary.shared();

    @Test
    void latinPolishAndDanishComeFromTheRequestedFace() {
        for (int cp : "Zorgnet-\u0141\u00f3d\u017a \u2713 \u00c6r\u00f8".codePoints().toArray()) {
            assertThat(fonts.resolve(FontFace.REGULAR, cp)).isEqualTo((byte) FontFace.REGULAR.ordinal());
            assertThat(fonts.resolve(FontFace.BOLD, cp)).isEqualTo((byte) FontFace.BOLD.ordinal());
        }
    }

    @Test
    void glyphOnlyTheMonospacedFaceHasFallsBackToIt() {
        int arc = 0x2312;
        assertThat(fonts.metrics(FontFace.REGULAR).has(arc)).isFalse();
        assertThat(fonts.resolve(FontFace.REGULAR, arc)).isEqualTo((byte) FontFace.MONO.ordinal());
        assertThat(fonts.resolve(FontFace.BOLD, arc)).isEqualTo((byte) FontFace.MONO.ordinal());
    }

    @Test
    void glyphNoFaceHasBecomesThePlaceholder() {
        assertThat(fonts.resolve(FontFace.REGULAR, 0x533B)).isEqualTo(FontLibrary.PLACEHOLDER);
        assertThat(fonts.resolve(FontFace.MONO, 0x20000)).isEqualTo(FontLibrary.PLACEHOLDER);
        assertThat(fonts.width(FontFace.REGULAR, 0x533B))
                .isEqualTo(fonts.metrics(FontFace.REGULAR).width(FontLibrary.PLACEHOLDER_CODE_POINT));
    }

    @Test
    void fallbackGlyphIsDrawnAndExtractable() {
        byte[] pdf;
        try (PdfDocumentBuilder doc = new PdfDocumentBuilder(PageSize.A4, SampleDocuments.metadata("Fallback"))) {
            pdf = doc.heading(1, "arc \u2312 here").toBytes();
        }
        assertThat(PdfTestSupport.text(pdf)).contains("arc \u2312 here");
    }

    @Test
    void borrowedFontsAreReusedAfterTheyAreGivenBack() {
        var set = fonts.borrow();
        fonts.giveBack(set);
        var again = fonts.borrow();
        fonts.giveBack(again);
        assertThat(again).isSameAs(set);
    }
}
