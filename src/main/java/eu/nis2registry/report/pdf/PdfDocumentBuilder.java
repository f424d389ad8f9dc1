package eu.nis2registry.report.pdf;

import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Composes a report page by page: blocks are laid out top to bottom as they are added, and
 * a new page starts whenever the next piece does not fit. Running headers and "page N of M"
 * footers are drawn when the document is finished, once M is known.
 *
 * <p>Every text argument may be null, empty, contain control characters, very long words or
 * characters no bundled font has: such input is rendered (placeholder glyph for the missing
 * characters), never rejected. Output is deterministic: no clock, no random document ID, so
 * the same calls produce the same bytes.
 *
 * <p>One instance builds one document on one thread. Finish with {@link #toBytes()} or
 * {@link #writeTo(OutputStream)}; {@link #close()} releases resources of an unfinished one.
 */
public final class PdfDocumentBuilder implements AutoCloseable {

    private static final String PRODUCER = "Apache PDFBox " + org.apache.pdfbox.util.Version.getVersion()
            + " (NIS2 supplier risk registry report toolkit)";

    // page geometry
    static final float MARGIN_X = 56f;
    static final float MARGIN_TOP = 72f;
    static final float MARGIN_BOTTOM = 66f;
    private static final float HEADER_BASELINE = 40f;
    private static final float FOOTER_BASELINE = 34f;

    // type scale
    private static final float TITLE_SIZE = 22f;
    private static final float SUBTITLE_SIZE = 12f;
    private static final float[] HEADING_SIZE = {15f, 12f, 10f};
    private static final float[] HEADING_SPACE_BEFORE = {20f, 14f, 10f};
    private static final float[] HEADING_SPACE_AFTER = {9f, 5f, 3f};
    private static final float BODY_SIZE = 9.5f;
    private static final float BODY_LEADING = 13.6f;
    private static final float SMALL_SIZE = 8f;
    private static final float SMALL_LEADING = 11f;
    private static final float TABLE_SIZE = 8f;
    static final float TABLE_LEADING = 10.6f;
    private static final float KV_SIZE = 8.5f;
    private static final float KV_LEADING = 11.6f;
    private static final float CAPTION_SIZE = 9.5f;
    private static final float RUNNING_SIZE = 7.5f;
    private static final float CELL_PAD_X = 4.5f;
    static final float CELL_PAD_Y = 3.4f;
    private static final float BLOCK_GAP = 8f;

    private static volatile byte[] srgbProfile;

    private final PageSize pageSize;
    private final DocumentMetadata metadata;
    private final PDDocument document;
    private final DocumentFonts fonts;
    private final LineBreaker text;
    private final MessageDigest fingerprint;
    private final byte[] digestBuffer = new byte[512];
    private final List<PDPage> pages = new ArrayList<>();
    private final List<Canvas> canvases = new ArrayList<>();
    private final float left;
    private final float width;
    private final float top;
    private final float bottom;

    private Labels labels;
    private Charts charts;
    private Canvas canvas;
    private float y;
    private boolean pageHasContent;
    private String headerLeft = "";
    private String headerRight = "";
    private boolean headerOnFirstPage = true;
    private String footerLeft = "";
    private PDDocumentOutline outline;
    private PDOutlineItem lastChapter;
    private boolean finished;

    public PdfDocumentBuilder(PageSize pageSize, DocumentMetadata metadata) {
        if (pageSize == null || metadata == null) {
            throw new IllegalArgumentException("page size and metadata are required");
        }
        this.pageSize = pageSize;
        this.metadata = metadata;
        this.document = new PDDocument();
        this.fonts = new DocumentFonts(document, FontLibrary.shared());
        this.text = new LineBreaker(FontLibrary.shared());
        this.labels = Labels.forLanguage(metadata.language());
        this.charts = new Charts(text, labels);
        this.left = MARGIN_X;
        this.width = pageSize.width() - 2 * MARGIN_X;
        this.top = pageSize.height() - MARGIN_TOP;
        this.bottom = MARGIN_BOTTOM;
        try {
            this.fingerprint = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
        mix("meta", metadata.title(), metadata.author(), metadata.subject(), metadata.creator(),
                String.join("\u0000", metadata.keywords()), metadata.creationDate().toString(), metadata.language(),
                pageSize.toString());
    }

    /**
     * Loads the bundled fonts and renders a small document once, so that the first real report
     * does not pay for font parsing and class loading (about a second on a cold JVM). Call it
     * at application start-up; calling it again is cheap.
     */
    public static void warmUp() {
        try (PdfDocumentBuilder doc = new PdfDocumentBuilder(PageSize.A4,
                DocumentMetadata.of("warm-up", java.time.OffsetDateTime.parse("2000-01-01T00:00:00Z")))) {
            doc.heading(1, "Warm-up").paragraph("\u0141\u00f3d\u017a \u2713 \u00c6r\u00f8 \u2312")
                    .table(TableSpec.of(Column.of("A", 1f).mono(), Column.of("B", 1f).badge()),
                            List.of(List.of("x", "HIGH")))
                    .toBytes();
        }
    }

    // ------------------------------------------------------------------ page decoration

    /** A line at the top of every page, e.g. the report title left and the report id right. */
    public PdfDocumentBuilder runningHeader(String leftText, String rightText) {
        checkOpen();
        headerLeft = TextSanitizer.singleLine(leftText);
        headerRight = TextSanitizer.singleLine(rightText);
        mix("header", headerLeft, headerRight);
        return this;
    }

    /** Whether the running header also appears on page 1 (default yes; a cover page may not want it). */
    public PdfDocumentBuilder headerOnFirstPage(boolean show) {
        checkOpen();
        headerOnFirstPage = show;
        mix("headerOnFirst", Boolean.toString(show));
        return this;
    }

    /** Text at the bottom left of every page; the page number is always at the bottom right. */
    public PdfDocumentBuilder runningFooter(String leftText) {
        checkOpen();
        footerLeft = TextSanitizer.singleLine(leftText);
        mix("footer", footerLeft);
        return this;
    }

    /** The words the toolkit writes itself; by default chosen from the metadata language. */
    public PdfDocumentBuilder labels(Labels newLabels) {
        checkOpen();
        if (newLabels == null) {
            throw new IllegalArgumentException("labels are required");
        }
        labels = newLabels;
        charts = new Charts(text, labels);
        mix("labels", newLabels.toString());
        return this;
    }

    // ------------------------------------------------------------------ text blocks

    /** The large title of a cover or first page, with an optional subtitle. */
    public PdfDocumentBuilder title(String title, String subtitle) {
        checkOpen();
        mix("title", title, subtitle);
        String t = TextSanitizer.clean(title);
        String s = TextSanitizer.clean(subtitle);
        flow(t, FontFace.BOLD, TITLE_SIZE, TITLE_SIZE * 1.22f, Palette.ACCENT, 0);
        if (!s.isEmpty()) {
            y -= 3f;
            flow(s, FontFace.REGULAR, SUBTITLE_SIZE, SUBTITLE_SIZE * 1.35f, Palette.MUTED, 0);
        }
        y -= 8f;
        ensure(2f);
        canvas.fillRect(left, y - 2f, width, 2f, Palette.ACCENT);
        y -= 2f + 16f;
        return this;
    }

    /** A section heading, level 1 to 3; levels 1 and 2 also become PDF bookmarks. */
    public PdfDocumentBuilder heading(int level, String heading) {
        checkOpen();
        int l = Math.max(1, Math.min(3, level)) - 1;
        mix("heading", Integer.toString(l), heading);
        String t = TextSanitizer.clean(heading);
        float size = HEADING_SIZE[l];
        float leading = size * 1.3f;
        FontFace face = FontFace.BOLD;
        List<String> lines = text.wrap(t, face, size, width);
        if (lines.isEmpty()) {
            return this;
        }
        float ruleSpace = l == 0 ? 5f : 0f;
        float height = lines.size() * leading + ruleSpace;
        gap(HEADING_SPACE_BEFORE[l]);
        // keep the heading with the first lines of what follows it
        ensure(height + HEADING_SPACE_AFTER[l] + 3 * BODY_LEADING);
        bookmark(l, t);
        Color color = l == 0 ? Palette.ACCENT : Palette.INK;
        for (String line : lines) {
            ensure(leading);
            canvas.text(left, baseline(y, leading, size), line, face, size, color);
            y -= leading;
            pageHasContent = true;
        }
        if (l == 0) {
            y -= 3f;
            canvas.line(left, y, left + width, y, Palette.RULE, 0.7f);
            y -= 2f;
        }
        y -= HEADING_SPACE_AFTER[l];
        pageHasContent = true;
        return this;
    }

    /** Body text, wrapped to the page width; '\n' starts a new line. */
    public PdfDocumentBuilder paragraph(String paragraph) {
        checkOpen();
        mix("paragraph", paragraph);
        flow(TextSanitizer.clean(paragraph), FontFace.REGULAR, BODY_SIZE, BODY_LEADING, Palette.INK, 0);
        gap(BLOCK_GAP - 2f);
        return this;
    }

    /** Small grey text, for remarks, sources and methodology notes. */
    public PdfDocumentBuilder note(String note) {
        checkOpen();
        mix("note", note);
        flow(TextSanitizer.clean(note), FontFace.REGULAR, SMALL_SIZE, SMALL_LEADING, Palette.MUTED, 0);
        gap(BLOCK_GAP - 2f);
        return this;
    }

    /** A bulleted list; each item wraps with a hanging indent. */
    public PdfDocumentBuilder bullets(List<String> items) {
        checkOpen();
        if (items == null || items.isEmpty()) {
            return this;
        }
        float indent = 13f;
        for (String item : items) {
            mix("bullet", item);
            List<String> lines = text.wrap(TextSanitizer.clean(item), FontFace.REGULAR, BODY_SIZE, width - indent);
            if (lines.isEmpty()) {
                continue;
            }
            for (int i = 0; i < lines.size(); i++) {
                ensure(BODY_LEADING);
                float base = baseline(y, BODY_LEADING, BODY_SIZE);
                if (i == 0) {
                    canvas.text(left + 2f, base, "\u2022", FontFace.REGULAR, BODY_SIZE, Palette.ACCENT);
                }
                canvas.text(left + indent, base, lines.get(i), FontFace.REGULAR, BODY_SIZE, Palette.INK);
                y -= BODY_LEADING;
                pageHasContent = true;
            }
            y -= 2f;
        }
        gap(BLOCK_GAP - 2f);
        return this;
    }

    /** A highlighted box (failed knock-outs, urgent actions) with a coloured bar on its left. */
    public PdfDocumentBuilder callout(String title, String body, Color accent) {
        checkOpen();
        mix("callout", title, body, String.valueOf(accent));
        Color bar = accent == null ? Palette.ACCENT : accent;
        Color fill = Palette.tint(bar, 0.9f);
        float inner = width - 20f;
        List<String> titleLines = text.wrap(TextSanitizer.clean(title), FontFace.BOLD, BODY_SIZE, inner);
        List<String> bodyLines = text.wrap(TextSanitizer.clean(body), FontFace.REGULAR, BODY_SIZE, inner);
        if (titleLines.isEmpty() && bodyLines.isEmpty()) {
            return this;
        }
        float pad = 6f;
        ensure(pad + 2 * BODY_LEADING);
        // drawn strip by strip, so the box continues naturally on the next page
        calloutStrip(pad, fill, bar);
        for (String line : titleLines) {
            ensure(BODY_LEADING);
            calloutStrip(BODY_LEADING, fill, bar);
            canvas.text(left + 12f, baseline(y + BODY_LEADING, BODY_LEADING, BODY_SIZE), line, FontFace.BOLD,
                    BODY_SIZE, Palette.INK);
        }
        for (String line : bodyLines) {
            ensure(BODY_LEADING);
            calloutStrip(BODY_LEADING, fill, bar);
            canvas.text(left + 12f, baseline(y + BODY_LEADING, BODY_LEADING, BODY_SIZE), line, FontFace.REGULAR,
                    BODY_SIZE, Palette.INK);
        }
        ensure(pad);
        calloutStrip(pad, fill, bar);
        gap(BLOCK_GAP + 2f);
        return this;
    }

    /** Headline figures as a row of tiles (at most four per row). */
    public PdfDocumentBuilder keyFigures(List<KeyFigure> figures) {
        checkOpen();
        if (figures == null || figures.isEmpty()) {
            return this;
        }
        int perRow = Math.min(4, figures.size());
        float gapX = 10f;
        float tileW = (width - gapX * (perRow - 1)) / perRow;
        float tileH = 58f;
        for (int start = 0; start < figures.size(); start += perRow) {
            ensure(tileH);
            for (int i = start; i < Math.min(figures.size(), start + perRow); i++) {
                KeyFigure f = figures.get(i);
                mix("figure", f.label(), f.value(), String.valueOf(f.accent()));
                float x = left + (i - start) * (tileW + gapX);
                float tileBottom = y - tileH;
                canvas.fillRect(x, tileBottom, tileW, tileH, Palette.ZEBRA);
                canvas.fillRect(x, y - 3f, tileW, 3f, f.accent());
                String value = text.ellipsize(TextSanitizer.singleLine(f.value()), FontFace.BOLD, 17f, tileW - 16f);
                canvas.text(x + 8f, y - 24f, value, FontFace.BOLD, 17f, Palette.INK);
                List<String> caption = text.wrap(TextSanitizer.clean(f.label()), FontFace.REGULAR, 7.5f, tileW - 16f);
                for (int k = 0; k < Math.min(2, caption.size()); k++) {
                    String line = k == 1 && caption.size() > 2
                            ? text.ellipsize(caption.get(1) + " " + caption.get(2), FontFace.REGULAR, 7.5f, tileW - 16f)
                            : caption.get(k);
                    canvas.text(x + 8f, y - 38f - k * 9.5f, line, FontFace.REGULAR, 7.5f, Palette.MUTED);
                }
            }
            y -= tileH + 8f;
            pageHasContent = true;
        }
        gap(BLOCK_GAP - 6f);
        return this;
    }

    // ------------------------------------------------------------------ tables

    /** Labelled facts in two columns (label left, value right, wrapped). */
    public PdfDocumentBuilder keyValues(List<KeyValue> entries) {
        return keyValues(entries, 0.3f);
    }

    /**
     * Labelled facts with the label column this share of the width (0.15 to 0.5): narrower labels leave a
     * 64-digit hash room for one line.
     */
    public PdfDocumentBuilder keyValues(List<KeyValue> entries, float labelFraction) {
        checkOpen();
        float labels = Float.isFinite(labelFraction) ? Math.max(0.15f, Math.min(0.5f, labelFraction)) : 0.3f;
        if (entries == null || entries.isEmpty()) {
            return this;
        }
        List<String[]> rows = new ArrayList<>(entries.size());
        for (KeyValue kv : entries) {
            if (kv != null) {
                mix("kv", kv.key(), kv.value());
                rows.add(new String[] {kv.key(), kv.value()});
            }
        }
        Cell[] cells = {
            new Cell(FontFace.REGULAR, Palette.MUTED, Column.Align.LEFT, false),
            new Cell(FontFace.REGULAR, Palette.INK, Column.Align.LEFT, false)
        };
        mix("kvLabels", Float.toString(labels));
        drawTable(new float[] {labels, 1f - labels}, cells, null, rows, KV_SIZE, KV_LEADING, false, "");
        gap(BLOCK_GAP);
        return this;
    }

    /**
     * A table whose cells wrap. It continues across pages with its header row repeated; a row
     * taller than a page is split between pages. Rows shorter than the column list are padded
     * with empty cells; null cells are empty.
     *
     * @throws IllegalArgumentException if a row has more cells than there are columns
     */
    public PdfDocumentBuilder table(TableSpec spec, List<? extends List<String>> rows) {
        checkOpen();
        if (spec == null) {
            throw new IllegalArgumentException("table spec is required");
        }
        List<Column> columns = spec.columns();
        int n = columns.size();
        String[] headers = new String[n];
        Cell[] cells = new Cell[n];
        for (int i = 0; i < n; i++) {
            Column c = columns.get(i);
            headers[i] = c.header();
            cells[i] = Cell.of(c);
            mix("col", c.header(), Float.toString(c.weight()), c.align().name(), c.style().name());
        }
        List<String[]> data = new ArrayList<>(rows == null ? 0 : rows.size());
        if (rows != null) {
            for (List<String> row : rows) {
                if (row != null && row.size() > n) {
                    throw new IllegalArgumentException("row has " + row.size() + " cells, table has " + n + " columns");
                }
                String[] r = new String[n];
                for (int i = 0; i < n; i++) {
                    r[i] = row != null && i < row.size() ? row.get(i) : null;
                }
                mix("row", r);
                data.add(r);
            }
        }
        String empty = spec.emptyText() == null ? labels.noEntries() : spec.emptyText();
        mix("empty", empty);
        drawTable(spec.fractions(), cells, headers, data, TABLE_SIZE, TABLE_LEADING, true, empty);
        gap(BLOCK_GAP + 2f);
        return this;
    }

    // ------------------------------------------------------------------ charts

    /** Vertical bars, e.g. observations by month. Labels and values must pair up. */
    public PdfDocumentBuilder barChart(String title, List<String> labelList, List<? extends Number> values) {
        checkOpen();
        List<String> names = labelList == null ? List.of() : labelList;
        List<? extends Number> vals = values == null ? List.of() : values;
        if (names.size() != vals.size()) {
            throw new IllegalArgumentException(names.size() + " labels for " + vals.size() + " values");
        }
        double[] v = new double[vals.size()];
        for (int i = 0; i < v.length; i++) {
            Number num = vals.get(i);
            double d = num == null ? 0 : num.doubleValue();
            v[i] = Double.isFinite(d) && d > 0 ? d : 0;
        }
        mix("bars", title, String.join("\u0000", names.stream().map(String::valueOf).toList()), Arrays.toString(v));
        float captionH = captionHeight(title);
        ensure(captionH + Charts.BAR_CHART_HEIGHT);
        caption(title);
        charts.barChart(canvas, left, y, width, Charts.BAR_CHART_HEIGHT, names, v);
        y -= Charts.BAR_CHART_HEIGHT;
        pageHasContent = true;
        gap(BLOCK_GAP + 4f);
        return this;
    }

    /** One horizontal bar split into coloured parts, with a legend of counts and shares. */
    public PdfDocumentBuilder distributionBar(String title, List<Segment> segments) {
        checkOpen();
        List<Segment> parts = segments == null ? List.of()
                : segments.stream().filter(s -> s != null).toList();
        mix("distribution", title, parts.toString());
        float h = charts.distributionHeight(width, parts);
        float captionH = captionHeight(title);
        ensure(captionH + h);
        caption(title);
        charts.distributionBar(canvas, left, y, width, parts);
        y -= h;
        pageHasContent = true;
        gap(BLOCK_GAP + 4f);
        return this;
    }

    /**
     * Distribution of risk tiers in tier colours: LOW, MEDIUM, HIGH, CRITICAL first (even when
     * 0), then any other keys in the map's order.
     */
    public PdfDocumentBuilder tierDistribution(String title, Map<String, ? extends Number> countsByTier) {
        Map<String, Double> ordered = new LinkedHashMap<>();
        for (String tier : List.of("LOW", "MEDIUM", "HIGH", "CRITICAL")) {
            ordered.put(tier, 0d);
        }
        if (countsByTier != null) {
            countsByTier.forEach((k, v) -> {
                String key = k == null ? "" : k.strip().toUpperCase(Locale.ROOT);
                ordered.merge(key, v == null ? 0d : v.doubleValue(), Double::sum);
            });
        }
        List<Segment> segments = new ArrayList<>();
        ordered.forEach((k, v) -> segments.add(new Segment(k, v, Palette.tier(k))));
        return distributionBar(title, segments);
    }

    /** A likelihood x impact grid with the count in each cell, coloured by severity. */
    public PdfDocumentBuilder riskMatrix(String title, RiskMatrix matrix) {
        checkOpen();
        if (matrix == null) {
            throw new IllegalArgumentException("matrix is required");
        }
        mix("matrix", title, matrix.toString());
        float h = charts.matrixHeight(width, matrix);
        ensure(captionHeight(title) + h);
        caption(title);
        charts.riskMatrix(canvas, left, y, width, matrix);
        y -= h;
        pageHasContent = true;
        gap(BLOCK_GAP + 4f);
        return this;
    }

    // ------------------------------------------------------------------ sign-off and flow control

    /** Boxes for names, dates and signatures, two per row. */
    public PdfDocumentBuilder signOffBlock(List<Signatory> signatories) {
        checkOpen();
        if (signatories == null || signatories.isEmpty()) {
            return this;
        }
        float gapX = 14f;
        float boxW = (width - gapX) / 2;
        float boxH = 92f;
        for (int start = 0; start < signatories.size(); start += 2) {
            ensure(boxH);
            for (int i = start; i < Math.min(signatories.size(), start + 2); i++) {
                Signatory s = signatories.get(i);
                mix("sign", s.role(), s.name(), s.dateText());
                signBox(left + (i - start) * (boxW + gapX), y, boxW, boxH, s);
            }
            y -= boxH + 10f;
            pageHasContent = true;
        }
        gap(BLOCK_GAP - 4f);
        return this;
    }

    /** Vertical white space in points. */
    public PdfDocumentBuilder spacer(float points) {
        checkOpen();
        mix("spacer", Float.toString(points));
        if (points > 0 && Float.isFinite(points)) {
            ensure(0f);
            y -= points;
        }
        return this;
    }

    /**
     * Starts a new page unless {@code points} of height remain on this one, so that what follows (a heading
     * with the start of its table, a block of signature boxes) is not split from itself.
     */
    public PdfDocumentBuilder keepTogether(float points) {
        checkOpen();
        mix("keep", Float.toString(points));
        if (points > 0 && Float.isFinite(points)) {
            ensure(Math.min(points, top - bottom));
        }
        return this;
    }

    /** Continues on a new page (no blank pages: a break on an empty page does nothing). */
    public PdfDocumentBuilder pageBreak() {
        checkOpen();
        mix("break");
        if (canvas != null && pageHasContent) {
            newPage();
        }
        return this;
    }

    // ------------------------------------------------------------------ output

    /** Pages laid out so far; after {@link #toBytes()} or {@link #writeTo}, the page count of the document. */
    public int pageCount() {
        return pages.size();
    }

    /** Finishes the document and returns its bytes. The builder cannot be used afterwards. */
    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        writeTo(out);
        return out.toByteArray();
    }

    /** Finishes the document and writes it. The builder cannot be used afterwards. */
    public void writeTo(OutputStream out) {
        checkOpen();
        finished = true;
        try {
            finish();
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write PDF", e);
        } finally {
            closeQuietly();
        }
    }

    @Override
    public void close() {
        if (!finished) {
            finished = true;
            closeQuietly();
        }
    }

    // ------------------------------------------------------------------ layout internals

    /** Per-column text settings of a table. */
    private record Cell(FontFace face, Color color, Column.Align align, boolean badge) {
        static Cell of(Column c) {
            return switch (c.style()) {
                case STRONG -> new Cell(FontFace.BOLD, Palette.INK, c.align(), false);
                case MONO -> new Cell(FontFace.MONO, Palette.INK, c.align(), false);
                case MUTED -> new Cell(FontFace.REGULAR, Palette.MUTED, c.align(), false);
                case BADGE -> new Cell(FontFace.BOLD, Palette.INK, c.align(), true);
                case TEXT -> new Cell(FontFace.REGULAR, Palette.INK, c.align(), false);
            };
        }
    }

    private void drawTable(float[] fractions, Cell[] cells, String[] headers, List<String[]> rows,
                           float size, float leading, boolean zebra, String emptyText) {
        int n = cells.length;
        float[] colX = new float[n];
        float[] colW = new float[n];
        float x = left;
        for (int i = 0; i < n; i++) {
            colX[i] = x;
            colW[i] = fractions[i] * width;
            x += colW[i];
        }
        List<List<String>> headerLines = null;
        float headerH = 0;
        if (headers != null) {
            headerLines = new ArrayList<>(n);
            int maxLines = 1;
            for (int i = 0; i < n; i++) {
                List<String> lines = text.wrap(TextSanitizer.clean(headers[i]), FontFace.BOLD, size,
                        colW[i] - 2 * CELL_PAD_X);
                headerLines.add(lines);
                maxLines = Math.max(maxLines, lines.size());
            }
            headerH = maxLines * leading + 2 * CELL_PAD_Y;
        }
        // the header stays with the whole first row (up to what a page holds), never alone at a page foot
        float firstRow = rows.isEmpty() ? leading + 2 * CELL_PAD_Y
                : Math.min(rowHeight(rows.get(0), cells, colW, size, leading), top - bottom - headerH);
        ensure(headerH + firstRow);
        TableHeader header = new TableHeader(headerLines, headerH, colX, colW, cells, size, leading);
        header.draw();
        if (rows.isEmpty()) {
            if (emptyText != null && !emptyText.isEmpty()) {
                List<String> lines = text.wrap(TextSanitizer.clean(emptyText), FontFace.REGULAR, size,
                        width - 2 * CELL_PAD_X);
                float h = Math.max(1, lines.size()) * leading + 2 * CELL_PAD_Y;
                ensure(h);
                float lineTop = y - CELL_PAD_Y;
                for (String line : lines) {
                    canvas.text(left + CELL_PAD_X, baseline(lineTop, leading, size), line, FontFace.REGULAR, size,
                            Palette.MUTED);
                    lineTop -= leading;
                }
                y -= h;
                canvas.line(left, y, left + width, y, Palette.HAIRLINE, 0.5f);
            }
            return;
        }
        float pageRoom = top - bottom - headerH;
        int index = 0;
        for (String[] row : rows) {
            List<List<String>> cellLines = new ArrayList<>(n);
            int maxLines = 1;
            for (int i = 0; i < n; i++) {
                List<String> lines;
                if (cells[i].badge()) {
                    String t = TextSanitizer.singleLine(row[i]).strip();
                    lines = t.isEmpty() ? List.of() : List.of(t);
                } else {
                    lines = text.wrap(TextSanitizer.clean(row[i]), cells[i].face(), size, colW[i] - 2 * CELL_PAD_X);
                }
                cellLines.add(lines);
                maxLines = Math.max(maxLines, lines.size());
            }
            float rowH = maxLines * leading + 2 * CELL_PAD_Y;
            boolean shade = zebra && index % 2 == 1;
            if (y - rowH >= bottom) {
                drawRow(cellLines, cells, colX, colW, 0, maxLines, rowH, size, leading, shade);
            } else if (rowH <= pageRoom) {
                newPage();
                header.draw();
                drawRow(cellLines, cells, colX, colW, 0, maxLines, rowH, size, leading, shade);
            } else {
                // taller than a page: fill the rest of this page, continue below the header on the next
                int from = 0;
                boolean freshPage = false;
                while (from < maxLines) {
                    int fit = (int) Math.floor((y - bottom - 2 * CELL_PAD_Y) / leading);
                    if (fit < 2 && !freshPage) {
                        newPage();
                        header.draw();
                        freshPage = true;
                        continue;
                    }
                    // a header taller than the page leaves no room: progress beats an endless loop
                    fit = Math.max(1, fit);
                    freshPage = false;
                    int to = Math.min(maxLines, from + fit);
                    drawRow(cellLines, cells, colX, colW, from, to, (to - from) * leading + 2 * CELL_PAD_Y,
                            size, leading, shade);
                    from = to;
                    if (from < maxLines) {
                        newPage();
                        header.draw();
                        freshPage = true;
                    }
                }
            }
            index++;
        }
    }

    /** Height of a row once its cells are wrapped, as drawTable lays it out. */
    private float rowHeight(String[] row, Cell[] cells, float[] colW, float size, float leading) {
        int maxLines = 1;
        for (int i = 0; i < cells.length; i++) {
            if (!cells[i].badge()) {
                maxLines = Math.max(maxLines, text.wrap(TextSanitizer.clean(row[i]), cells[i].face(), size,
                        colW[i] - 2 * CELL_PAD_X).size());
            }
        }
        return maxLines * leading + 2 * CELL_PAD_Y;
    }

    /** Draws lines [from, to) of every cell of a row at the cursor and moves the cursor below it. */
    private void drawRow(List<List<String>> cellLines, Cell[] cells, float[] colX, float[] colW, int from, int to,
                         float rowH, float size, float leading, boolean shade) {
        if (shade) {
            canvas.fillRect(left, y - rowH, width, rowH, Palette.ZEBRA);
        }
        for (int i = 0; i < cells.length; i++) {
            List<String> lines = cellLines.get(i);
            Cell cell = cells[i];
            float lineTop = y - CELL_PAD_Y;
            if (cell.badge()) {
                if (from == 0 && !lines.isEmpty()) {
                    badge(lines.get(0), colX[i], colW[i], lineTop, size, leading, cell.align());
                }
                continue;
            }
            for (int k = from; k < Math.min(to, lines.size()); k++) {
                String line = lines.get(k);
                float tx = alignX(line, cell.face(), size, colX[i], colW[i], cell.align());
                canvas.text(tx, baseline(lineTop, leading, size), line, cell.face(), size, cell.color());
                lineTop -= leading;
            }
        }
        y -= rowH;
        canvas.line(left, y, left + width, y, Palette.HAIRLINE, 0.5f);
        pageHasContent = true;
    }

    private void badge(String label, float colX, float colW, float lineTop, float size, float leading,
                       Column.Align align) {
        // shrink a long tag before cutting it: "CRITICAL" should stay readable in a narrow column
        float room = colW - 2 * CELL_PAD_X - 6f;
        float fontSize = size - 0.5f;
        float tw = text.width(label, FontFace.BOLD, fontSize);
        if (tw > room) {
            fontSize = Math.max(5.5f, fontSize * room / tw);
            label = text.ellipsize(label, FontFace.BOLD, fontSize, room);
            tw = text.width(label, FontFace.BOLD, fontSize);
        }
        float bw = tw + 6f;
        float bh = size + 4.1f;
        float bx = switch (align) {
            case LEFT -> colX + CELL_PAD_X;
            case CENTER -> colX + (colW - bw) / 2;
            case RIGHT -> colX + colW - CELL_PAD_X - bw;
        };
        float by = lineTop - leading / 2 - bh / 2;
        Color fill = Palette.tier(label);
        canvas.fillRect(bx, by, bw, bh, fill);
        canvas.text(bx + 3f, baseline(lineTop, leading, fontSize), label, FontFace.BOLD, fontSize, Palette.textOn(fill));
    }

    private float alignX(String line, FontFace face, float size, float colX, float colW, Column.Align align) {
        return switch (align) {
            case LEFT -> colX + CELL_PAD_X;
            case RIGHT -> colX + colW - CELL_PAD_X - text.width(line, face, size);
            case CENTER -> colX + (colW - text.width(line, face, size)) / 2;
        };
    }

    /** The header row of a table, drawn at the top of the table and of every continuation page. */
    private final class TableHeader {
        private final List<List<String>> lines;
        private final float height;
        private final float[] colX;
        private final float[] colW;
        private final Cell[] cells;
        private final float size;
        private final float leading;

        TableHeader(List<List<String>> lines, float height, float[] colX, float[] colW, Cell[] cells, float size,
                    float leading) {
            this.lines = lines;
            this.height = height;
            this.colX = colX;
            this.colW = colW;
            this.cells = cells;
            this.size = size;
            this.leading = leading;
        }

        void draw() {
            if (lines == null) {
                return;
            }
            canvas.fillRect(left, y - height, width, height, Palette.HEADER_FILL);
            for (int i = 0; i < lines.size(); i++) {
                float lineTop = y - CELL_PAD_Y;
                for (String line : lines.get(i)) {
                    canvas.text(alignX(line, FontFace.BOLD, size, colX[i], colW[i], cells[i].align()),
                            baseline(lineTop, leading, size), line, FontFace.BOLD, size, Palette.INK);
                    lineTop -= leading;
                }
            }
            y -= height;
            canvas.line(left, y, left + width, y, Palette.ACCENT, 0.8f);
            pageHasContent = true;
        }
    }

    private void signBox(float x, float boxTop, float w, float h, Signatory s) {
        canvas.strokeRect(x, boxTop - h, w, h, Palette.RULE, 0.7f);
        float inner = w - 16f;
        String role = text.ellipsize(TextSanitizer.singleLine(s.role()), FontFace.BOLD, 9f, inner);
        canvas.text(x + 8f, boxTop - 15f, role, FontFace.BOLD, 9f, Palette.ACCENT);
        float labelW = Math.max(text.width(TextSanitizer.singleLine(labels.name()), FontFace.REGULAR, 7.5f),
                text.width(TextSanitizer.singleLine(labels.date()), FontFace.REGULAR, 7.5f)) + 8f;
        signField(x + 8f, boxTop - 32f, labelW, inner, labels.name(), s.name());
        signField(x + 8f, boxTop - 48f, labelW, inner, labels.date(), s.dateText());
        float lineY = boxTop - h + 20f;
        canvas.line(x + 8f, lineY, x + w - 8f, lineY, Palette.MUTED, 0.5f);
        canvas.text(x + 8f, lineY - 10f, TextSanitizer.singleLine(labels.signature()), FontFace.REGULAR, 7f,
                Palette.MUTED);
    }

    private void signField(float x, float baseline, float labelW, float inner, String label, String value) {
        canvas.text(x, baseline, TextSanitizer.singleLine(label), FontFace.REGULAR, 7.5f, Palette.MUTED);
        String v = TextSanitizer.singleLine(value).strip();
        if (v.isEmpty()) {
            canvas.line(x + labelW, baseline - 2f, x + inner, baseline - 2f, Palette.RULE, 0.5f);
        } else {
            canvas.text(x + labelW, baseline, text.ellipsize(v, FontFace.REGULAR, 9f, inner - labelW), FontFace.REGULAR,
                    9f, Palette.INK);
        }
    }

    private void calloutStrip(float h, Color fill, Color bar) {
        canvas.fillRect(left, y - h, width, h, fill);
        canvas.fillRect(left, y - h, 3f, h, bar);
        y -= h;
        pageHasContent = true;
    }

    private float captionHeight(String title) {
        return TextSanitizer.singleLine(title).isBlank() ? 0f : CAPTION_SIZE * 1.4f + 4f;
    }

    private void caption(String title) {
        String t = TextSanitizer.singleLine(title).strip();
        if (t.isEmpty()) {
            return;
        }
        float leading = CAPTION_SIZE * 1.4f;
        canvas.text(left, baseline(y, leading, CAPTION_SIZE), text.ellipsize(t, FontFace.BOLD, CAPTION_SIZE, width),
                FontFace.BOLD, CAPTION_SIZE, Palette.INK);
        y -= leading + 4f;
    }

    /** Wrapped text, line by line, starting new pages as needed. */
    private void flow(String t, FontFace face, float size, float leading, Color color, float indent) {
        List<String> lines = text.wrap(t, face, size, width - indent);
        for (String line : lines) {
            ensure(leading);
            canvas.text(left + indent, baseline(y, leading, size), line, face, size, color);
            y -= leading;
            pageHasContent = true;
        }
    }

    /** Baseline that centres a line of capitals in a line box whose top is {@code lineTop}. */
    private static float baseline(float lineTop, float leading, float size) {
        return lineTop - leading / 2 - 0.36f * size;
    }

    /** Starts a new page unless {@code height} still fits on this one (or this page is empty). */
    private void ensure(float height) {
        if (canvas == null || (y - height < bottom && pageHasContent)) {
            newPage();
        }
    }

    /** White space between blocks; dropped at the top of a page. */
    private void gap(float points) {
        if (canvas != null && pageHasContent) {
            y -= points;
        }
    }

    private void newPage() {
        PDPage page = new PDPage(new PDRectangle(pageSize.width(), pageSize.height()));
        document.addPage(page);
        pages.add(page);
        canvas = new Canvas(document, page, fonts);
        canvases.add(canvas);
        y = top;
        pageHasContent = false;
    }

    private void bookmark(int level, String title) {
        if (level > 1) {
            return;
        }
        if (outline == null) {
            outline = new PDDocumentOutline();
        }
        PDPageXYZDestination dest = new PDPageXYZDestination();
        dest.setPage(pages.get(pages.size() - 1));
        dest.setLeft(0);
        dest.setTop(Math.round(y + 6f));
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(text.ellipsize(TextSanitizer.singleLine(title), FontFace.REGULAR, 10f, 1000f));
        item.setDestination(dest);
        if (level == 0 || lastChapter == null) {
            outline.addLast(item);
            if (level == 0) {
                lastChapter = item;
            }
        } else {
            lastChapter.addLast(item);
        }
    }

    // ------------------------------------------------------------------ finishing

    private void finish() throws IOException {
        if (canvas == null) {
            newPage();
        }
        int total = pages.size();
        mix("pages", Integer.toString(total));
        for (int i = 0; i < total; i++) {
            Canvas c = canvases.get(i);
            decorate(c, i + 1, total);
            c.close();
        }
        canvases.clear();
        writeMetadata();
    }

    private void decorate(Canvas c, int number, int total) {
        float h = pageSize.height();
        float right = left + width;
        if ((number > 1 || headerOnFirstPage) && !(headerLeft.isBlank() && headerRight.isBlank())) {
            float base = h - HEADER_BASELINE;
            String r = text.ellipsize(headerRight, FontFace.REGULAR, RUNNING_SIZE, width * 0.38f);
            float rw = text.width(r, FontFace.REGULAR, RUNNING_SIZE);
            String l = text.ellipsize(headerLeft, FontFace.BOLD, RUNNING_SIZE, width - rw - 16f);
            c.text(left, base, l, FontFace.BOLD, RUNNING_SIZE, Palette.MUTED);
            c.text(right - rw, base, r, FontFace.REGULAR, RUNNING_SIZE, Palette.MUTED);
            c.line(left, base - 6f, right, base - 6f, Palette.RULE, 0.5f);
        }
        String pageText = String.format(Locale.ROOT, labels.pageOf(), number, total);
        float pw = text.width(pageText, FontFace.REGULAR, RUNNING_SIZE);
        c.line(left, FOOTER_BASELINE + 11f, right, FOOTER_BASELINE + 11f, Palette.RULE, 0.5f);
        c.text(right - pw, FOOTER_BASELINE, pageText, FontFace.REGULAR, RUNNING_SIZE, Palette.MUTED);
        if (!footerLeft.isBlank()) {
            String l = text.ellipsize(footerLeft, FontFace.REGULAR, RUNNING_SIZE, width - pw - 16f);
            c.text(left, FOOTER_BASELINE, l, FontFace.REGULAR, RUNNING_SIZE, Palette.MUTED);
        }
    }

    private void writeMetadata() throws IOException {
        document.setVersion(1.7f);
        String title = TextSanitizer.singleLine(metadata.title());
        String author = TextSanitizer.singleLine(metadata.author());
        String subject = TextSanitizer.singleLine(metadata.subject());
        String creator = TextSanitizer.singleLine(metadata.creator());
        String keywords = TextSanitizer.singleLine(String.join(", ", metadata.keywords()));
        DocumentMetadata clean = new DocumentMetadata(title, author, subject, creator, metadata.keywords(),
                metadata.creationDate(), TextSanitizer.singleLine(metadata.language()));

        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        if (!author.isBlank()) {
            info.setAuthor(author);
        }
        if (!subject.isBlank()) {
            info.setSubject(subject);
        }
        if (!keywords.isBlank()) {
            info.setKeywords(keywords);
        }
        if (!creator.isBlank()) {
            info.setCreator(creator);
        }
        info.setProducer(PRODUCER);
        Calendar created = GregorianCalendar.from(metadata.creationDate().withNano(0).toZonedDateTime());
        info.setCreationDate(created);
        info.setModificationDate(created);

        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage(clean.language());
        PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
        prefs.setDisplayDocTitle(true);
        catalog.setViewerPreferences(prefs);
        if (outline != null) {
            catalog.setDocumentOutline(outline);
            catalog.setPageMode(PageMode.USE_OUTLINES);
        }
        PDMetadata xmp = new PDMetadata(document);
        xmp.importXMPMetadata(Xmp.packet(clean, PRODUCER, keywords));
        catalog.setMetadata(xmp);

        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(srgb()));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);

        // A fixed ID derived from the content instead of PDFBox's time-based one: same input, same bytes.
        byte[] id = Arrays.copyOf(fingerprint.digest(), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] srgb() {
        byte[] profile = srgbProfile;
        if (profile == null) {
            profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
            srgbProfile = profile;
        }
        return profile;
    }

    private void mix(String tag, String... parts) {
        update(tag);
        for (String p : parts) {
            update(p == null ? "\u0001null" : p);
        }
    }

    /** Feeds a string, length first, into the content fingerprint without copying it to UTF-8. */
    private void update(String s) {
        int n = s.length();
        digestBuffer[0] = (byte) (n >>> 24);
        digestBuffer[1] = (byte) (n >>> 16);
        digestBuffer[2] = (byte) (n >>> 8);
        digestBuffer[3] = (byte) n;
        int pos = 4;
        for (int i = 0; i < n; i++) {
            if (pos + 2 > digestBuffer.length) {
                fingerprint.update(digestBuffer, 0, pos);
                pos = 0;
            }
            char c = s.charAt(i);
            digestBuffer[pos++] = (byte) (c >>> 8);
            digestBuffer[pos++] = (byte) c;
        }
        fingerprint.update(digestBuffer, 0, pos);
    }

    private void checkOpen() {
        if (finished) {
            throw new IllegalStateException("document already written or closed");
        }
    }

    private void closeQuietly() {
        try {
            document.close();
        } catch (IOException ignored) {
            // nothing was written by a failed close of an in-memory document
        } finally {
            fonts.release();
        }
    }
}
