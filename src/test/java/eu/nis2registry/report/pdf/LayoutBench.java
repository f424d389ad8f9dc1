package eu.nis2registry.report.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Warm render times of an audit-sized document (200 question blocks) and a 2,000-row register
 * table, against a "floor": bare PDFBox writing the same strings, one per line, with no
 * wrapping, tables, charts or page decoration. Wall time suffers on a shared machine, so the
 * CPU time of the rendering thread is printed too (it leaves out garbage collection threads).
 * Run with {@code src/bench/report-bench.sh}, which also runs the report layouts' own benchmark
 * ({@code eu.nis2registry.report.service.ReportBench}) on the floor and timing helpers here.
 */
public final class LayoutBench {

    private static TrueTypeFont floorRegular;
    private static TrueTypeFont floorBold;

    private LayoutBench() {
    }

    public static void main(String[] args) throws Exception {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 15;

        long coldStart = System.nanoTime();
        byte[] first = SampleDocuments.audit(200);
        System.out.printf(Locale.ROOT, "first audit document in a fresh JVM (font loading, class loading, JIT): %.0f ms%n",
                (System.nanoTime() - coldStart) / 1e6);

        report("AUDIT, 200 questions", () -> SampleDocuments.audit(200), LayoutBench::auditFloor, iterations,
                first);
        report("ORGANIZATION, 2,000-row table", () -> SampleDocuments.register(2000), LayoutBench::registerFloor,
                Math.max(5, iterations / 2), null);
    }

    private static void report(String name, Supplier<byte[]> layout, Supplier<byte[]> floor, int iterations,
                               byte[] sample) throws IOException {
        byte[] pdf = sample != null ? sample : layout.get();
        int pages;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            pages = doc.getNumberOfPages();
        }
        double[][] layoutMs = time(layout, iterations);
        double[][] floorMs = time(floor, iterations);
        System.out.printf(Locale.ROOT, "%s: %d pages, %d bytes%n", name, pages, pdf.length);
        System.out.printf(Locale.ROOT, "  toolkit  wall median %6.1f ms (min %6.1f)   cpu median %6.1f ms (min %6.1f)   %4.0f pages/s%n",
                median(layoutMs[0]), min(layoutMs[0]), median(layoutMs[1]), min(layoutMs[1]),
                pages / (median(layoutMs[0]) / 1000));
        System.out.printf(Locale.ROOT, "  floor    wall median %6.1f ms (min %6.1f)   cpu median %6.1f ms (min %6.1f)%n",
                median(floorMs[0]), min(floorMs[0]), median(floorMs[1]), min(floorMs[1]));
        System.out.printf(Locale.ROOT, "  ratio toolkit/floor: wall %.2f, cpu %.2f; allocated per document: toolkit %.1f MB, floor %.1f MB%n",
                median(layoutMs[0]) / median(floorMs[0]), median(layoutMs[1]) / median(floorMs[1]),
                median(layoutMs[2]) / 1e6, median(floorMs[2]) / 1e6);
    }

    /** Wall ms, thread CPU ms and allocated bytes of each measured run, after as many warm-up runs. */
    public static double[][] time(Supplier<byte[]> task, int iterations) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.ThreadMXBean allocation = (com.sun.management.ThreadMXBean) threads;
        long self = Thread.currentThread().getId();
        for (int i = 0; i < iterations; i++) {
            task.get();
        }
        double[] wall = new double[iterations];
        double[] cpu = new double[iterations];
        double[] bytes = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long a0 = allocation.getThreadAllocatedBytes(self);
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            byte[] out = task.get();
            wall[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            bytes[i] = allocation.getThreadAllocatedBytes(self) - a0;
            if (out.length == 0) {
                throw new IllegalStateException("empty output");
            }
        }
        return new double[][] {wall, cpu, bytes};
    }

    public static double min(double[] values) {
        return Arrays.stream(values).min().orElse(0);
    }

    public static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    // ------------------------------------------------------------------ the floor

    private static byte[] auditFloor() {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"B", "Supplier audit report"});
        lines.add(new String[] {"R", "Acme Patient Registration NV \u2014 online patient registration"});
        lines.add(new String[] {"R", "Organisation " + SampleDocuments.UNICODE_NAME.replaceAll("[\u533b\u7597]", "?")});
        lines.add(new String[] {"R", "Supplier Acme Patient Registration NV (BE 0123.456.789)"});
        lines.add(new String[] {"B", "Executive summary"});
        lines.add(new String[] {"R", "The supplier hosts the online patient-registration service used by five hospitals."});
        for (int i = 1; i <= 200; i++) {
            if (i % 25 == 1) {
                lines.add(new String[] {"B", "Section " + (i / 25 + 1) + ": access control and authentication"});
            }
            lines.add(new String[] {"B", SampleDocuments.question(i)});
            lines.add(new String[] {"R", SampleDocuments.answerComment(i)});
        }
        lines.add(new String[] {"B", "Sign-off"});
        lines.add(new String[] {"R", "Submitted by Compliance Officer 2026-11-20"});
        return writeLines(lines, 9.5f, 40);
    }

    private static byte[] registerFloor() {
        List<String[]> lines = new ArrayList<>();
        for (List<String> row : SampleDocuments.registerRows(2000)) {
            lines.add(new String[] {"R", String.join("  ", row)});
        }
        return writeLines(lines, 8f, 60);
    }

    /**
     * The same strings, one per line, no wrapping: only PDFBox's own costs remain. Each line is {style, text}
     * with style "B" for bold, anything else regular.
     */
    public static byte[] writeLines(List<String[]> lines, float size, int perPage) {
        loadFloorFonts();
        try (PDDocument doc = new PDDocument()) {
            PDType0Font regular = PDType0Font.load(doc, floorRegular, true);
            PDType0Font bold = PDType0Font.load(doc, floorBold, true);
            PDPageContentStream cs = null;
            int onPage = perPage;
            for (String[] line : lines) {
                if (onPage == perPage) {
                    if (cs != null) {
                        cs.close();
                    }
                    PDPage page = new PDPage(PDRectangle.A4);
                    doc.addPage(page);
                    cs = new PDPageContentStream(doc, page);
                    onPage = 0;
                }
                cs.beginText();
                cs.setFont(line[0].equals("B") ? bold : regular, size);
                cs.newLineAtOffset(56, 780 - onPage * size * 1.4f);
                cs.showText(line[1]);
                cs.endText();
                onPage++;
            }
            if (cs != null) {
                cs.close();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized void loadFloorFonts() {
        if (floorRegular == null) {
            try {
                floorRegular = parse("/fonts/DejaVuSans.ttf");
                floorBold = parse("/fonts/DejaVuSans-Bold.ttf");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static TrueTypeFont parse(String resource) throws IOException {
        try (InputStream in = LayoutBench.class.getResourceAsStream(resource)) {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            ttf.setEnableGsub(false);
            return ttf;
        }
    }
}
