package eu.nis2registry.report.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes the sample documents to target/ for a look with a PDF viewer. */
public final class SampleWriter {

    private SampleWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of("target/sample-pdfs");
        Files.createDirectories(dir);
        Files.write(dir.resolve("audit.pdf"), SampleDocuments.audit(12));
        Files.write(dir.resolve("register.pdf"), SampleDocuments.register(120));
        Files.write(dir.resolve("charts.pdf"), charts());
        System.out.println("written to " + dir.toAbsolutePath());
    }

    static byte[] charts() {
        try (PdfDocumentBuilder doc = new PdfDocumentBuilder(PageSize.A4,
                SampleDocuments.metadata("Supplier exposure"))) {
            doc.runningHeader("Supplier exposure \u00b7 Acme Patient Registration", "Report R-2026-0044");
            doc.heading(1, "Leak exposure");
            doc.barChart("Observations by month",
                    List.of("2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06",
                            "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"),
                    List.of(12, 40, 33, 0, 7, 120, 260, 90, 45, 30, 18, 71));
            doc.tierDistribution("Tier distribution of engagements", java.util.Map.of("LOW", 12, "MEDIUM", 30,
                    "HIGH", 9, "CRITICAL", 3));
            doc.riskMatrix("Risk matrix (engagements)", RiskMatrix.fiveByFive(List.of(
                    List.of(4, 2, 1, 0, 0), List.of(3, 5, 2, 1, 0), List.of(1, 4, 6, 2, 1),
                    List.of(0, 1, 3, 4, 2), List.of(0, 0, 1, 2, 3))));
            doc.heading(2, "Masked samples");
            doc.table(TableSpec.of(Column.of("Login", 0.3f).mono(), Column.of("Host", 0.4f),
                    Column.of("Kind", 0.15f), Column.of("Seen", 0.15f).right()), List.of(
                    List.of("j***@zorgnet.be", "admin.acme-registration.example", "STEALER", "2026-06-02"),
                    List.of("a***@" + SampleDocuments.UNICODE_NAME, "portal.acme-registration.example/"
                            + "x".repeat(300), "COMBOLIST", "2026-07-14")));
            doc.bullets(List.of("Notify the CCB (national CSIRT) within 24 hours.",
                    "Reset the passwords of every exposed account and revoke active sessions.",
                    "Test the backups and scan the network for intrusions."));
            return doc.toBytes();
        }
    }
}
