package eu.nis2registry.report.pdf;

import java.io.IOException;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one document: a PDType0Font (subset-embedded) per face, created on first use
 * from fonts borrowed from the {@link FontLibrary}, and given back when the document is done.
 */
final class DocumentFonts {

    private final PDDocument document;
    private final FontLibrary library;
    private final PDType0Font[] loaded = new PDType0Font[FontFace.values().length];
    private TrueTypeFont[] borrowed;

    DocumentFonts(PDDocument document, FontLibrary library) {
        this.document = document;
        this.library = library;
        this.borrowed = library.borrow();
    }

    PDType0Font pdFont(FontFace face) throws IOException {
        PDType0Font font = loaded[face.ordinal()];
        if (font == null) {
            if (borrowed == null) {
                throw new IllegalStateException("document already finished");
            }
            font = PDType0Font.load(document, library.font(borrowed, face), true);
            loaded[face.ordinal()] = font;
        }
        return font;
    }

    FontLibrary library() {
        return library;
    }

    /** Call once the document is saved (subsetting reads the fonts) or abandoned. */
    void release() {
        if (borrowed != null) {
            library.giveBack(borrowed);
            borrowed = null;
        }
    }
}
