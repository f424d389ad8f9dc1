package eu.nis2registry.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The bundled fonts, loaded once per JVM.
 *
 * <p>Metrics and the fallback decision for every code point are immutable and shared. Parsed
 * {@link TrueTypeFont} objects are not: PDFBox reads glyph data lazily through a seekable
 * stream and subsets the font while a document is saved, so one parsed font is lent to one
 * document at a time and returned to a small pool afterwards. That keeps parsing (about 10 ms
 * per face) out of the per-document path without relying on PDFBox internals being
 * thread-safe.
 */
final class FontLibrary {

    /** Drawn, in {@link Palette#PLACEHOLDER}, for a code point no bundled font covers. */
    static final int PLACEHOLDER_CODE_POINT = 0xFFFD;
    /** Face index meaning "no font has it: draw the placeholder". */
    static final byte PLACEHOLDER = -1;

    private static final int MAX_IDLE_SETS = 4;
    private static final FontFace[] FACES = FontFace.values();
    private static final FontLibrary SHARED = new FontLibrary();

    private final byte[][] data = new byte[FACES.length][];
    private final FaceMetrics[] metrics = new FaceMetrics[FACES.length];
    /** [requested face][BMP code point] -> face that draws it, or PLACEHOLDER. */
    private final byte[][] bmpFace = new byte[FACES.length][0x10000];
    /** [requested face][BMP code point] -> advance width as drawn. */
    private final float[][] bmpWidth = new float[FACES.length][0x10000];
    private final float placeholderWidth;

    // last in, first out: the most recently used fonts have the warmest glyph caches
    private final ConcurrentLinkedDeque<TrueTypeFont[]> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger idleCount = new AtomicInteger();

    private FontLibrary() {
        TrueTypeFont[] first = new TrueTypeFont[FACES.length];
        try {
            for (FontFace face : FACES) {
                try (InputStream in = FontLibrary.class.getResourceAsStream(face.resource)) {
                    if (in == null) {
                        throw new IllegalStateException("bundled font missing: " + face.resource);
                    }
                    data[face.ordinal()] = in.readAllBytes();
                }
                first[face.ordinal()] = parse(face);
                metrics[face.ordinal()] = new FaceMetrics(first[face.ordinal()]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled fonts", e);
        }
        placeholderWidth = metrics[FontFace.REGULAR.ordinal()].width(PLACEHOLDER_CODE_POINT);
        for (FontFace face : FACES) {
            for (int cp = 0; cp < 0x10000; cp++) {
                byte drawn = resolveSlow(face, cp);
                bmpFace[face.ordinal()][cp] = drawn;
                bmpWidth[face.ordinal()][cp] = drawn == PLACEHOLDER ? placeholderWidth : metrics[drawn].width(cp);
            }
        }
        giveBack(first);
    }

    static FontLibrary shared() {
        return SHARED;
    }

    /** The face that draws {@code codePoint} when {@code face} is wanted, or PLACEHOLDER. */
    byte resolve(FontFace face, int codePoint) {
        if (codePoint >= 0 && codePoint < 0x10000) {
            return bmpFace[face.ordinal()][codePoint];
        }
        return resolveSlow(face, codePoint);
    }

    /** Advance width in 1/1000 em of {@code codePoint} as drawn when {@code face} is wanted. */
    float width(FontFace face, int codePoint) {
        if (codePoint >= 0 && codePoint < 0x10000) {
            return bmpWidth[face.ordinal()][codePoint];
        }
        byte drawn = resolveSlow(face, codePoint);
        return drawn == PLACEHOLDER ? placeholderWidth : metrics[drawn].width(codePoint);
    }

    /** Advance width of a string in 1/1000 em, as drawn when {@code face} is wanted. */
    float advance(String text, FontFace face) {
        return advance(text, 0, text.length(), face);
    }

    /** Advance width of {@code text[from, to)} in 1/1000 em. */
    float advance(String text, int from, int to, FontFace face) {
        float[] table = bmpWidth[face.ordinal()];
        float w = 0;
        for (int i = from; i < to; ) {
            char c = text.charAt(i);
            if (!Character.isSurrogate(c)) {
                w += table[c];
                i++;
            } else {
                int cp = text.codePointAt(i);
                w += width(face, cp);
                i += Character.charCount(cp);
            }
        }
        return w;
    }

    FaceMetrics metrics(FontFace face) {
        return metrics[face.ordinal()];
    }

    /** Lends a set of parsed fonts (entries parsed on first use) to one document. */
    TrueTypeFont[] borrow() {
        TrueTypeFont[] set = idle.pollFirst();
        if (set == null) {
            return new TrueTypeFont[FACES.length];
        }
        idleCount.decrementAndGet();
        return set;
    }

    TrueTypeFont font(TrueTypeFont[] set, FontFace face) throws IOException {
        TrueTypeFont ttf = set[face.ordinal()];
        if (ttf == null) {
            ttf = parse(face);
            set[face.ordinal()] = ttf;
        }
        return ttf;
    }

    /** Takes a set back once its document is saved or discarded. */
    void giveBack(TrueTypeFont[] set) {
        if (idleCount.incrementAndGet() <= MAX_IDLE_SETS) {
            idle.offerFirst(set);
        } else {
            idleCount.decrementAndGet();
        }
    }

    private TrueTypeFont parse(FontFace face) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(data[face.ordinal()]));
        // Without GSUB, PDFBox draws one glyph per code point: no ligatures, so measured widths
        // match the drawn ones and extracted text is the text we were given.
        ttf.setEnableGsub(false);
        return ttf;
    }

    private byte resolveSlow(FontFace face, int codePoint) {
        for (FontFace candidate : face.chain()) {
            if (metrics[candidate.ordinal()].has(codePoint)) {
                return (byte) candidate.ordinal();
            }
        }
        return PLACEHOLDER;
    }
}
