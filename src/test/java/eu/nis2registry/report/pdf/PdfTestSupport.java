package eu.nis2registry.report.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reading generated PDFs back with PDFBox. */
final class PdfTestSupport {

    private PdfTestSupport() {
    }

    static PDDocument open(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Extracted text of each page, whitespace collapsed to single spaces. */
    static List<String> pageTexts(byte[] pdf) {
        try (PDDocument doc = open(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(collapse(stripper.getText(doc)));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(byte[] pdf) {
        return String.join(" ", pageTexts(pdf));
    }

    static String collapse(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** Every glyph drawn, with its page and position, for geometric checks. */
    static List<Glyph> glyphs(byte[] pdf) {
        try (PDDocument doc = open(pdf)) {
            List<Glyph> glyphs = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    glyphs.add(new Glyph(getCurrentPageNo(), t.getUnicode(), t.getXDirAdj(),
                            t.getXDirAdj() + t.getWidthDirAdj(), t.getYDirAdj()));
                }
            };
            stripper.getText(doc);
            return glyphs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Glyph(int page, String text, float left, float right, float top) {
    }
}
