package eu.nis2registry.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

class PdfDocumentBuilderTest {

    private static PdfDocumentBuilder builder() {
        return new PdfDocumentBuilder(PageSize.A4, SampleDocuments.metadata("Test report"));
    }

    @Test
    void headingsParagraphsAndCellTextsAreExtractable() {
        byte[] pdf;
        try (PdfDocumentBuilder doc = builder()) {
            doc.heading(1, "Executive summary")
                    .paragraph("The supplier hosts the registration portal.")
                    .keyValues(List.of(new KeyValue("Supplier", "Acme Registration NV")))
                    .table(TableSpec.of(Column.of("Supplier", 0.5f), Column.of("Tier", 0.5f).badge()),
                            List.of(List.of("Acme Registration NV", "HIGH"), List.of("Beta Hosting", "LOW")));
            pdf = doc.toBytes();
        }
        String text = PdfTestSupport.text(pdf);
        assertThat(text).contains("Executive summary", "The supplier hosts the registration portal.",
                "Supplier Acme Registration NV", "Acme Registration NV HIGH", "Beta Hosting LOW");
    }

    @Test
    void wrappedParagraphKeepsEveryWordInOrder() {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            words.append("word").append(i).append(' ');
        }
        byte[] pdf;
        try (PdfDocumentBuilder doc = builder()) {
            pdf = doc.paragraph(words.toString()).toBytes();
        }
        assertThat(PdfTestSupport.text(pdf)).contains(words.toString().strip());
        assertThat(PdfTestSupport.glyphs(pdf)).extracting(PdfTestSupport.Glyph::right)
                .allSatisfy(right -> assertThat(right).isLessThanOrEqualTo(PageSize.A4.width() - 56f + 0.5f));
    }

    @Test
    void everyPageSaysPageNOfM() {
        byte[] pdf = SampleDocuments.register(300);
        List<String> pages = PdfTestSupport.pageTexts(pdf);
        assertThat(pages).hasSizeGreaterThan(2);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains("Page " + (i + 1) + " of " + pages.size());
        }
    }

    @Test
    void pageLabelFollowsTheLanguage() {
        DocumentMetadata dutch = new DocumentMetadata("Rapport", null, null, null, null,
                SampleDocuments.CREATED, "nl-BE");
        byte[] pdf;
        try (PdfDocumentBuilder doc = new PdfDocumentBuilder(PageSize.A4, dutch)) {
            pdf = doc.paragraph("Leveranciersregister").table(TableSpec.of(Column.of("Naam", 1f)), List.of())
                    .toBytes();
        }
        assertThat(PdfTestSupport.text(pdf)).contains("Pagina 1 van 1", "Geen gegevens.");
    }

    @Test
    void twoThousandRowTableRepeatsItsHeaderAndLosesNoRow() {
        int rows = 2000;
        byte[] pdf = SampleDocuments.register(rows);
        List<String> pages = PdfTestSupport.pageTexts(pdf);
        assertThat(pages).hasSizeGreaterThan(50);
        String header = "Supplier Service Data categories Access Criticality Tier Next audit";
        for (int p = 0; p < pages.size(); p++) {
            assertThat(pages.get(p)).as("page %d", p + 1).contains(header);
        }
        Matcher m = Pattern.compile("Supplier (\\d+) Health IT").matcher(String.join(" ", pages));
        List<Integer> seen = new ArrayList<>();
        while (m.find()) {
            seen.add(Integer.parseInt(m.group(1)));
        }
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            expected.add(i);
        }
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    void twoThousandSingleLineRowsFillEveryPage() {
        int rows = 2000;
        List<List<String>> data = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            data.add(List.of("row " + i, "value"));
        }
        byte[] pdf;
        try (PdfDocumentBuilder doc = builder()) {
            pdf = doc.table(TableSpec.of(Column.of("Name", 0.5f), Column.of("Value", 0.5f)), data).toBytes();
        }
        float rowHeight = PdfDocumentBuilder.TABLE_LEADING + 2 * PdfDocumentBuilder.CELL_PAD_Y;
        float body = PageSize.A4.height() - PdfDocumentBuilder.MARGIN_TOP - PdfDocumentBuilder.MARGIN_BOTTOM;
        // the header row takes one row's height on every page
        int perPage = (int) Math.floor((body - rowHeight) / rowHeight);
        try (PDDocument doc = PdfTestSupport.open(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo((rows + perPage - 1) / perPage);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void rowTallerThanAPageIsSplitAcrossPagesUnderRepeatedHeaders() {
        StringBuilder tall = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            tall.append("line-").append(i).append('\n');
        }
        byte[] pdf;
        try (PdfDocumentBuilder doc = builder()) {
            pdf = doc.table(TableSpec.of(Column.of("Evidence", 0.3f), Column.of("Comment", 0.7f)),
                    List.of(List.of("before", "short"), List.of("tall", tall.toString()), List.of("after", "end")))
                    .toBytes();
        }
        List<String> pages = PdfTestSupport.pageTexts(pdf);
        assertThat(pages).hasSizeGreaterThanOrEqualTo(2);
        assertThat(pages).allSatisfy(p -> assertThat(p).contains("Evidence Comment"));
        String all = String.join(" ", pages);
        for (int i = 0; i < 150; i++) {
            assertThat(all).contains("line-" + i + " ");
        }
        assertThat(PdfTestSupport.glyphs(pdf)).allSatisfy(g -> assertThat(g.top())
                .isBetween(72f - 1f, PageSize.A4.height() - 30f));
    }

    @Test
    void unicodeNameRendersAndMissingGlyphsBecomePlaceholders() {
        byte[] pdf;
        try (PdfDocumentBuilder doc = builder()) {
            pdf = doc.heading(2, SampleDocuments.UNICODE_NAME)
                    .paragraph("Organisation: " + SampleDocuments.UNICODE_NAME + " (end)")
                    .table(TableSpec.of(Column.of("Name", 1f).mono()), List.of(List.of(SampleDocuments.UNICODE_NAME)))
                    .toBytes();
        }
        String text = PdfTestSupport.text(pdf);
        assertThat(text).contains("Zorgnet-\u0141\u00f3d\u017a \u2713 \u00c6r\u00f8 \ufffd\ufffd")
                .contains("Organisation: Zorgnet-\u0141\u00f3d\u017a \u2713 \u00c6r\u00f8 \ufffd\ufffd (end)")
                .doesNotContain("\u533b");
    }

    @Test
    void glyphsOutsideTheBasicPlaneAndBrokenSurrogatesDoNotCrash() {
        byte[] pdf;
        try (PdfDocumentBuilder doc = builder()) {
            pdf = doc.paragraph("emoji \uD83D\uDE00 ext-b \uD840\uDC00 broken \uD800 end").toBytes();
        }
        // DejaVu Sans has this emoji; nothing bundled has CJK extension B
        assertThat(PdfTestSupport.text(pdf)).contains("emoji \uD83D\uDE00 ext-b \ufffd broken \ufffd end");
    }

    @Test
    void veryLongTokenIsBrokenInsideItsCell() {
        String token = "x".repeat(300);
        byte[] pdf;
        try (PdfDocumentBuilder doc = builder()) {
            pdf = doc.table(TableSpec.of(Column.of("Host", 0.25f), Column.of("Kind", 0.75f)),
                    List.of(List.of(token, "COMBOLIST"))).toBytes();
        }
        float cellRight = 56f + 0.25f * (PageSize.A4.width() - 112f);
        List<PdfTestSupport.Glyph> xs = PdfTestSupport.glyphs(pdf).stream().filter(g -> g.text().equals("x")).toList();
        assertThat(xs).hasSize(300);
        assertThat(xs).allSatisfy(g -> assertThat(g.right()).isLessThanOrEqualTo(cellRight));
        assertThat(xs.stream().map(PdfTestSupport.Glyph::top).distinct().count()).isGreaterThan(5);
    }

    @Test
    void controlCharactersTabsNullsAndEmptyStringsAreHarmless() {
        byte[] pdf;
        try (PdfDocumentBuilder doc = builder()) {
            List<String> rowWithNull = new ArrayList<>();
            rowWithNull.add(null);
            rowWithNull.add("b\u0000c");
            pdf = doc.paragraph(null).paragraph("").heading(1, null).note("   ")
                    .paragraph("tab\there bell\u0007gone\r\nnext line\u200b!")
                    .keyValues(List.of(new KeyValue(null, null)))
                    .table(TableSpec.of(Column.of(null, 1f), Column.of("B", 1f)), List.of(rowWithNull, List.of()))
                    .bullets(List.of("", "item"))
                    .callout(null, null, null)
                    .keyFigures(List.of(new KeyFigure(null, null)))
                    .signOffBlock(List.of(new Signatory(null, null, null)))
                    .barChart(null, List.of(), List.of())
                    .toBytes();
        }
        String text = PdfTestSupport.text(pdf);
        assertThat(text).contains("tab here bellgone next line!", "bc", "item", "No data.");
    }

    @Test
    void headingLongerThanAPageStaysInsideTheMargins() {
        byte[] pdf;
        try (PdfDocumentBuilder doc = builder()) {
            pdf = doc.heading(1, "very long heading ".repeat(600)).paragraph("after").toBytes();
        }
        assertThat(PdfTestSupport.pageTexts(pdf)).hasSizeGreaterThan(1);
        assertThat(PdfTestSupport.glyphs(pdf)).allSatisfy(g -> assertThat(g.top())
                .isBetween(PdfDocumentBuilder.MARGIN_TOP - 1f, PageSize.A4.height() - 30f));
    }

    @Test
    void warmUpLeavesNothingBehind() {
        PdfDocumentBuilder.warmUp();
        assertThat(SampleDocuments.audit(3)).isEqualTo(SampleDocuments.audit(3));
    }

    @Test
    void longRunningHeaderAndFooterAreCutInsideTheMargins() {
        String longName = "Algemeen Ziekenhuis Zorgnet-\u0141\u00f3d\u017a ".repeat(20);
        byte[] pdf;
        try (PdfDocumentBuilder doc = builder()) {
            pdf = doc.runningHeader(longName, longName).runningFooter(longName).keyFigures(
                    List.of(new KeyFigure(longName, longName))).signOffBlock(
                    List.of(new Signatory(longName, longName, longName))).toBytes();
        }
        assertThat(PdfTestSupport.text(pdf)).contains("\u2026", "Page 1 of 1");
        assertThat(PdfTestSupport.glyphs(pdf)).allSatisfy(g -> {
            assertThat(g.left()).isGreaterThanOrEqualTo(PdfDocumentBuilder.MARGIN_X - 0.5f);
            assertThat(g.right()).isLessThanOrEqualTo(PageSize.A4.width() - PdfDocumentBuilder.MARGIN_X + 0.5f);
        });
    }

    @Test
    void emptyTableSaysSo() {
        byte[] pdf;
        try (PdfDocumentBuilder doc = builder()) {
            pdf = doc.table(TableSpec.of(Column.of("Finding", 1f)), List.of())
                    .table(TableSpec.of(Column.of("Sample", 1f)).withEmptyText("No masked samples."), null)
                    .toBytes();
        }
        assertThat(PdfTestSupport.text(pdf)).contains("Finding No entries.", "Sample No masked samples.");
    }

    @Test
    void rowWithMoreCellsThanColumnsIsRejected() {
        try (PdfDocumentBuilder doc = builder()) {
            assertThatThrownBy(() -> doc.table(TableSpec.of(Column.of("A", 1f)), List.of(List.of("1", "2"))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("2 cells");
        }
    }

    @Test
    void builderCannotBeUsedAfterWriting() {
        PdfDocumentBuilder doc = builder();
        doc.paragraph("once").toBytes();
        assertThatThrownBy(() -> doc.paragraph("twice")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(doc::toBytes).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void metadataComesFromTheCaller() throws Exception {
        OffsetDateTime created = OffsetDateTime.parse("2026-03-04T05:06:07+02:00");
        DocumentMetadata meta = new DocumentMetadata("Audit \u0141\u00f3d\u017a & <co>", "CISO Zorgnet",
                "NIS2 supplier audit", "NIS2 registry", List.of("NIS2", "audit"), created, "fr-BE");
        byte[] pdf;
        try (PdfDocumentBuilder doc = new PdfDocumentBuilder(PageSize.A4, meta)) {
            pdf = doc.heading(1, "Synth\u00e8se").toBytes();
        }
        try (PDDocument doc = PdfTestSupport.open(pdf)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Audit \u0141\u00f3d\u017a & <co>");
            assertThat(info.getAuthor()).isEqualTo("CISO Zorgnet");
            assertThat(info.getSubject()).isEqualTo("NIS2 supplier audit");
            assertThat(info.getCreator()).isEqualTo("NIS2 registry");
            assertThat(info.getKeywords()).isEqualTo("NIS2, audit");
            assertThat(info.getProducer()).contains("PDFBox");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(created.toInstant());
            assertThat(info.getCreationDate().get(Calendar.ZONE_OFFSET)).isEqualTo(2 * 3600 * 1000);
            assertThat(info.getModificationDate().toInstant()).isEqualTo(created.toInstant());
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("fr-BE");
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains("Audit \u0141\u00f3d\u017a &amp; &lt;co&gt;", "2026-03-04T05:06:07+02:00",
                    "<pdf:Keywords>NIS2, audit</pdf:Keywords>");
            assertThat(doc.getDocumentCatalog().getOutputIntents()).hasSize(1);
            assertThat(doc.getDocumentCatalog().getDocumentOutline().getFirstChild().getTitle())
                    .isEqualTo("Synth\u00e8se");
            assertThat(doc.getDocument().getTrailer().getCOSArray(COSName.ID)).hasSize(2);
        }
        assertThat(PdfTestSupport.text(pdf)).contains("Page 1 sur 1");
    }

    @Test
    void fontsAreEmbeddedAsSubsets() throws Exception {
        byte[] pdf = SampleWriter.charts();
        try (PDDocument doc = PdfTestSupport.open(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> {
                assertThat(f.isEmbedded()).isTrue();
                assertThat(f.getName()).matches("[A-Z]{6}\\+DejaVuSans.*");
            });
        }
        // subsets keep the file small even with three embedded faces
        assertThat(pdf.length).isLessThan(150_000);
    }

    @Test
    void identicalInputGivesIdenticalBytes() throws Exception {
        byte[] first = SampleDocuments.audit(30);
        byte[] second = SampleDocuments.audit(30);
        assertThat(sha256(second)).isEqualTo(sha256(first));
        byte[] other = SampleDocuments.audit(31);
        assertThat(sha256(other)).isNotEqualTo(sha256(first));
    }

    @Test
    void concurrentDocumentsMatchTheSequentialOnes() throws Exception {
        byte[] expected = SampleDocuments.audit(20);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                results.add(pool.submit(() -> SampleDocuments.audit(20)));
            }
            for (Future<byte[]> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void chartsLeaveInkWhereTheyAreDrawn() throws Exception {
        byte[] pdf;
        try (PdfDocumentBuilder doc = builder()) {
            pdf = doc.barChart("Observations by month", List.of("2026-01", "2026-02", "2026-03"), List.of(5, 20, 9))
                    .tierDistribution("Tiers", Map.of("LOW", 3, "CRITICAL", 1))
                    .toBytes();
        }
        try (PDDocument doc = PdfTestSupport.open(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            // at 72 dpi one pixel is one point; the bar chart fills the 200 points below the top margin
            BufferedImage page = renderer.renderImageWithDPI(0, 72);
            int top = Math.round(PdfDocumentBuilder.MARGIN_TOP);
            int bottom = top + 200;
            assertThat(countNear(page, Palette.ACCENT, 0, top, page.getWidth(), bottom)).isGreaterThan(300);
            assertThat(countNear(page, Palette.TIER_LOW, 0, bottom, page.getWidth(), page.getHeight())).isGreaterThan(100);
            assertThat(countNear(page, Palette.TIER_CRITICAL, 0, bottom, page.getWidth(), page.getHeight()))
                    .isGreaterThan(20);
        }
    }

    @Test
    void everyPageOfTheSampleReportsRenders() throws Exception {
        for (byte[] pdf : List.of(SampleDocuments.audit(40), SampleWriter.charts(), SampleDocuments.register(80))) {
            try (PDDocument doc = PdfTestSupport.open(pdf)) {
                PDFRenderer renderer = new PDFRenderer(doc);
                for (int p = 0; p < doc.getNumberOfPages(); p++) {
                    BufferedImage image = renderer.renderImageWithDPI(p, 30);
                    assertThat(image.getWidth()).isGreaterThan(200);
                }
            }
        }
    }

    @Test
    void samplePdfsAreWrittenForVisualInspection() throws Exception {
        Path dir = Path.of("target", "sample-pdfs");
        Files.createDirectories(dir);
        Files.write(dir.resolve("audit.pdf"), SampleDocuments.audit(40));
        Files.write(dir.resolve("exposure.pdf"), SampleWriter.charts());
        assertThat(dir.resolve("audit.pdf")).isNotEmptyFile();
    }

    private static int countNear(BufferedImage img, Color color, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = y0; y < Math.min(y1, img.getHeight()); y++) {
            for (int x = x0; x < Math.min(x1, img.getWidth()); x++) {
                Color c = new Color(img.getRGB(x, y));
                if (Math.abs(c.getRed() - color.getRed()) < 12 && Math.abs(c.getGreen() - color.getGreen()) < 12
                        && Math.abs(c.getBlue() - color.getBlue()) < 12) {
                    n++;
                }
            }
        }
        return n;
    }

    private static String sha256(byte[] data) throws Exception {
        return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }
}
