package eu.nis2registry.report.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;

/**
 * Drawing on one page. Remembers the current font and colours so that repeated settings are
 * not written again, and draws every code point with the face that has it (fallback chain),
 * or the placeholder glyph when none does; PDFBox is never asked to encode a missing glyph.
 *
 * <p>Content streams are written to memory, so an IOException here means a broken invariant;
 * it is rethrown unchecked to keep the layout code readable.
 */
final class Canvas {

    private static final FontFace[] FACES = FontFace.values();

    private final PDPageContentStream cs;
    private final DocumentFonts fonts;
    private final FontLibrary library;
    private int fontIndex = Integer.MIN_VALUE;
    private float fontSize = -1;
    private Color fill;
    private Color stroke;
    private float lineWidth = -1;

    Canvas(PDDocument document, PDPage page, DocumentFonts fonts) {
        try {
            this.cs = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.fonts = fonts;
        this.library = fonts.library();
    }

    /** Draws one line of sanitized text with its baseline at {@code y}. */
    void text(float x, float y, String text, FontFace face, float size, Color color) {
        try {
            if (text.isEmpty()) {
                return;
            }
            cs.beginText();
            cs.newLineAtOffset(x, y);
            showRuns(text, face, size, color);
            cs.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws text turned 90 degrees counter-clockwise, reading bottom to top. */
    void verticalText(float x, float y, String text, FontFace face, float size, Color color) {
        try {
            if (text.isEmpty()) {
                return;
            }
            cs.beginText();
            cs.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, x, y));
            showRuns(text, face, size, color);
            cs.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void fillRect(float x, float y, float w, float h, Color color) {
        try {
            if (w <= 0 || h <= 0) {
                return;
            }
            fill(color);
            cs.addRect(x, y, w, h);
            cs.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void strokeRect(float x, float y, float w, float h, Color color, float width) {
        try {
            stroke(color, width);
            cs.addRect(x, y, w, h);
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void line(float x1, float y1, float x2, float y2, Color color, float width) {
        try {
            stroke(color, width);
            cs.moveTo(x1, y1);
            cs.lineTo(x2, y2);
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void close() {
        try {
            cs.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void showRuns(String text, FontFace face, float size, Color color) throws IOException {
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            byte drawn = library.resolve(face, cp);
            int j = i + Character.charCount(cp);
            int count = 1;
            while (j < n) {
                int next = text.codePointAt(j);
                if (library.resolve(face, next) != drawn) {
                    break;
                }
                j += Character.charCount(next);
                count++;
            }
            if (drawn == FontLibrary.PLACEHOLDER) {
                font(FontFace.REGULAR.ordinal(), size);
                fill(Palette.PLACEHOLDER);
                cs.showText(String.valueOf((char) FontLibrary.PLACEHOLDER_CODE_POINT).repeat(count));
            } else {
                font(drawn, size);
                fill(color);
                cs.showText(text.substring(i, j));
            }
            i = j;
        }
    }

    private void font(int index, float size) throws IOException {
        if (index != fontIndex || size != fontSize) {
            cs.setFont(fonts.pdFont(FACES[index]), size);
            fontIndex = index;
            fontSize = size;
        }
    }

    private void fill(Color color) throws IOException {
        if (!color.equals(fill)) {
            cs.setNonStrokingColor(color);
            fill = color;
        }
    }

    private void stroke(Color color, float width) throws IOException {
        if (!color.equals(stroke)) {
            cs.setStrokingColor(color);
            stroke = color;
        }
        if (width != lineWidth) {
            cs.setLineWidth(width);
            lineWidth = width;
        }
    }
}
