/**
 * Document layout for the PDF reports, on Apache PDFBox 3 and nothing else.
 *
 * <p>{@link eu.nis2registry.report.pdf.PdfDocumentBuilder} lays out blocks top to bottom and
 * starts pages as needed; the report classes compose it:
 *
 * <pre>{@code
 * DocumentMetadata meta = new DocumentMetadata("Supplier audit report", "Zorgnet Antwerpen",
 *         "NIS2 supplier audit", "NIS2 supplier risk registry", List.of("NIS2"), frozenAt, "nl");
 * try (PdfDocumentBuilder doc = new PdfDocumentBuilder(PageSize.A4, meta)) {
 *     doc.runningHeader("Supplier audit \u00b7 Acme", "Report R-42");
 *     doc.title("Supplier audit report", "Acme Patient Registration NV");
 *     doc.keyValues(List.of(new KeyValue("Organisation", org.name())));
 *     doc.heading(1, "Findings");
 *     doc.table(TableSpec.of(Column.of("Finding", 0.5f), Column.of("Owner", 0.3f),
 *             Column.of("Due", 0.2f).right()), rows);
 *     byte[] pdf = doc.toBytes();
 * }
 * }</pre>
 *
 * <p>Guarantees: any string renders (missing glyphs become a red U+FFFD, never an exception);
 * text stays inside its box; tables repeat their header on every page they continue on; every
 * page carries "page N of M"; the same calls give the same bytes; the output is PDF/A-2u
 * (fonts embedded as subsets, sRGB output intent, XMP metadata), checked by veraPDF in the
 * tests. Not supported: right-to-left scripts and scripts that need shaping (Arabic, Indic),
 * images, hyphenation.
 */
package eu.nis2registry.report.pdf;
