package eu.nis2registry.report.service;

import eu.nis2registry.report.ReportMessages;
import eu.nis2registry.report.pdf.LayoutBench;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Warm render times of the report layouts themselves: an AUDIT report of 200 questions and an ORGANIZATION
 * register of 2,000 engagements, against the floor of {@link LayoutBench} (bare PDFBox writing the same text,
 * taken from the rendered report line by line, without wrapping, tables, charts or decoration). The data is
 * built in memory and the wording comes from the message bundle through a stand-alone Qute engine, so this
 * measures layout and PDF writing, not the database. Run with {@code src/bench/report-bench.sh}.
 */
public final class ReportBench {

    private static final double AUDIT_TARGET_MS = 300;
    private static final double ORGANIZATION_TARGET_MS = 3000;
    private static final double FLOOR_RATIO_TARGET = 3;

    private ReportBench() {
    }

    public static void main(String[] args) throws Exception {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        ReportMessages messages = StandaloneMessages.of("en");
        AuditReport audit = SampleReports.audit(200, "en");
        OrganizationReport register = SampleReports.organization(2000, "en");

        long coldStart = System.nanoTime();
        byte[] first = AuditReportLayout.render(audit, messages).pdf();
        System.out.printf(Locale.ROOT, "first AUDIT report in a fresh JVM (fonts, classes, JIT): %.0f ms%n",
                (System.nanoTime() - coldStart) / 1e6);

        measure("AUDIT, 200 questions", () -> AuditReportLayout.render(audit, messages).pdf(), first, 9.5f,
                iterations, AUDIT_TARGET_MS);
        measure("ORGANIZATION, 2,000 engagements", () -> OrganizationReportLayout.render(register, messages).pdf(),
                null, 8f, Math.max(5, iterations / 2), ORGANIZATION_TARGET_MS);
    }

    private static void measure(String name, Supplier<byte[]> layout, byte[] sample, float floorSize, int iterations,
            double targetMs) throws IOException {
        byte[] pdf = sample != null ? sample : layout.get();
        int pages;
        List<String[]> lines = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            pages = doc.getNumberOfPages();
            for (String line : new PDFTextStripper().getText(doc).split("\\R")) {
                if (!line.isBlank()) {
                    lines.add(new String[] {"R", line});
                }
            }
        }
        Supplier<byte[]> floor = () -> LayoutBench.writeLines(lines, floorSize, 60);
        double[][] layoutMs = LayoutBench.time(layout, iterations);
        double[][] floorMs = LayoutBench.time(floor, iterations);
        double wall = LayoutBench.median(layoutMs[0]);
        double cpu = LayoutBench.median(layoutMs[1]);
        double floorWall = LayoutBench.median(floorMs[0]);
        double floorCpu = LayoutBench.median(floorMs[1]);
        System.out.printf(Locale.ROOT, "%s: %d pages, %d bytes, %d lines of text%n", name, pages, pdf.length, lines.size());
        System.out.printf(Locale.ROOT, "  report   wall median %7.1f ms (min %7.1f)   cpu median %7.1f ms (min %7.1f)   %5.0f pages/s%n",
                wall, LayoutBench.min(layoutMs[0]), cpu, LayoutBench.min(layoutMs[1]), pages / (wall / 1000));
        System.out.printf(Locale.ROOT, "  floor    wall median %7.1f ms (min %7.1f)   cpu median %7.1f ms (min %7.1f)%n",
                floorWall, LayoutBench.min(floorMs[0]), floorCpu, LayoutBench.min(floorMs[1]));
        System.out.printf(Locale.ROOT, "  ratio report/floor: wall %.2f, cpu %.2f (target at most %.0f); target %.0f ms: %s"
                        + " (wall), %s (cpu)%n", wall / floorWall, cpu / floorCpu, FLOOR_RATIO_TARGET, targetMs,
                wall <= targetMs ? "met" : "MISSED", cpu <= targetMs ? "met" : "MISSED");
    }
}
