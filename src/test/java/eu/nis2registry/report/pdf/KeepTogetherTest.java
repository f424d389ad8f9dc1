package eu.nis2registry.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What must not be split: a table header from its first row, a block the caller keeps together. */
class KeepTogetherTest {

    private static PdfDocumentBuilder builder() {
        return new PdfDocumentBuilder(PageSize.A4, SampleDocuments.metadata("Keep together"));
    }

    /** Fills page 1 with lines up to a little above its foot. */
    private static void fillFirstPage(PdfDocumentBuilder doc, int lines) {
        for (int i = 0; i < lines; i++) {
            doc.paragraph("filler " + i);
        }
    }

    @Test
    void tableHeaderMovesToTheNextPageWithItsTallFirstRow() {
        String tall = "first row line\n".repeat(8) + "last line of the first row";
        byte[] pdf;
        try (PdfDocumentBuilder doc = builder()) {
            fillFirstPage(doc, 34);
            doc.table(TableSpec.of(Column.of("Question", 0.6f), Column.of("Answer", 0.4f)), List.of(List.of(tall, "yes")));
            pdf = doc.toBytes();
        }
        List<String> pages = PdfTestSupport.pageTexts(pdf);
        assertThat(pages).hasSize(2);
        assertThat(pages.get(0)).doesNotContain("Question Answer");
        assertThat(pages.get(1)).contains("Question Answer first row line", "last line of the first row");
    }

    @Test
    void keepTogetherStartsANewPageOnlyWhenTheRoomIsShort() {
        byte[] pdf;
        try (PdfDocumentBuilder doc = builder()) {
            fillFirstPage(doc, 34);
            doc.keepTogether(20f).paragraph("fits on page one");
            doc.keepTogether(200f).heading(2, "Moved heading").paragraph("after the heading");
            pdf = doc.toBytes();
        }
        List<String> pages = PdfTestSupport.pageTexts(pdf);
        assertThat(pages).hasSize(2);
        assertThat(pages.get(0)).contains("fits on page one").doesNotContain("Moved heading");
        assertThat(pages.get(1)).contains("Moved heading after the heading");
    }

    @Test
    void keepTogetherTallerThanAPageDoesNotLoop() {
        byte[] pdf;
        try (PdfDocumentBuilder doc = builder()) {
            doc.paragraph("one").keepTogether(100_000f).paragraph("two");
            pdf = doc.toBytes();
        }
        assertThat(PdfTestSupport.pageTexts(pdf)).hasSizeLessThanOrEqualTo(2);
    }
}
