package eu.nis2registry.report.pdf;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * Glyph coverage and advance widths of one font, read once and then shared by all threads
 * (immutable after construction).
 *
 * <p>Widths are in 1/1000 text space units, rounded the way PDFBox rounds them into the
 * font's /W array, so measured lines are exactly as wide as the viewer draws them.
 */
final class FaceMetrics {

    /** Marks a BMP code point without a glyph. */
    private static final float MISSING = -1f;

    private final float[] bmp = new float[0x10000];
    private final Map<Integer, Float> supplementary = new HashMap<>();

    FaceMetrics(TrueTypeFont ttf) throws IOException {
        java.util.Arrays.fill(bmp, MISSING);
        float scale = 1000f / ttf.getUnitsPerEm();
        CmapLookup cmap = ttf.getUnicodeCmapLookup();
        int glyphs = ttf.getNumberOfGlyphs();
        for (int gid = 1; gid < glyphs; gid++) {
            List<Integer> codes = cmap.getCharCodes(gid);
            if (codes == null) {
                continue;
            }
            float width = Math.round(ttf.getAdvanceWidth(gid) * scale);
            for (int code : codes) {
                if (code < 0x10000) {
                    bmp[code] = width;
                } else {
                    supplementary.put(code, width);
                }
            }
        }
    }

    boolean has(int codePoint) {
        if (codePoint < 0x10000) {
            return codePoint >= 0 && bmp[codePoint] != MISSING;
        }
        return supplementary.containsKey(codePoint);
    }

    /** Advance width of a covered code point. */
    float width(int codePoint) {
        return codePoint < 0x10000 ? bmp[codePoint] : supplementary.get(codePoint);
    }
}
