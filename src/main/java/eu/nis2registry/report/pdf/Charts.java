package eu.nis2registry.report.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Vector charts, drawn with lines, rectangles and text only. */
final class Charts {

    static final float BAR_CHART_HEIGHT = 170f;
    static final float DISTRIBUTION_BAR_HEIGHT = 20f;

    private static final float TICK_SIZE = 7f;
    private static final float LEGEND_SIZE = 8f;
    private static final float LEGEND_LEADING = 13f;
    private static final float MATRIX_CELL_MAX = 46f;
    private static final float MATRIX_LABEL_SIZE = 7.5f;

    private final LineBreaker measure;
    private final Labels labels;

    Charts(LineBreaker measure, Labels labels) {
        this.measure = measure;
        this.labels = labels;
    }

    // ---------------------------------------------------------------- bar chart

    void barChart(Canvas c, float x, float top, float w, float h, List<String> names, double[] values)
            {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, v);
        }
        double[] scale = niceScale(max);
        double step = scale[1];
        double axisMax = scale[0];
        int ticks = (int) Math.round(axisMax / step);
        float tickLabelWidth = 0;
        for (int t = 0; t <= ticks; t++) {
            tickLabelWidth = Math.max(tickLabelWidth, measure.width(number(t * step), FontFace.REGULAR, TICK_SIZE));
        }
        float plotLeft = x + tickLabelWidth + 6f;
        float plotRight = x + w;
        float plotTop = top - 10f;
        float plotBottom = top - h + 14f;
        float plotH = plotTop - plotBottom;

        for (int t = 0; t <= ticks; t++) {
            float gy = plotBottom + (float) (t * step / axisMax) * plotH;
            if (t > 0) {
                c.line(plotLeft, gy, plotRight, gy, Palette.HAIRLINE, 0.5f);
            }
            String label = number(t * step);
            c.text(plotLeft - 4f - measure.width(label, FontFace.REGULAR, TICK_SIZE), gy - 2.5f,
                    label, FontFace.REGULAR, TICK_SIZE, Palette.MUTED);
        }
        int n = values.length;
        if (n == 0 || max <= 0) {
            String none = TextSanitizer.singleLine(labels.noData());
            float nw = measure.width(none, FontFace.REGULAR, LEGEND_SIZE);
            c.text(plotLeft + (plotRight - plotLeft - nw) / 2, plotBottom + plotH / 2, none,
                    FontFace.REGULAR, LEGEND_SIZE, Palette.MUTED);
        }
        if (n > 0) {
            float slot = (plotRight - plotLeft) / n;
            float barW = Math.max(1f, Math.min(slot * 0.62f, 42f));
            float maxLabel = 0;
            String[] shown = new String[n];
            for (int i = 0; i < n; i++) {
                shown[i] = TextSanitizer.singleLine(names.get(i));
                maxLabel = Math.max(maxLabel, measure.width(shown[i], FontFace.REGULAR, TICK_SIZE));
            }
            // label every k-th bar so that the labels never overlap
            int every = Math.max(1, (int) Math.ceil((maxLabel + 4f) / slot));
            for (int i = 0; i < n; i++) {
                float cx = plotLeft + slot * (i + 0.5f);
                float bh = (float) (values[i] / axisMax) * plotH;
                c.fillRect(cx - barW / 2, plotBottom, barW, bh, Palette.ACCENT);
                String value = number(values[i]);
                float vw = measure.width(value, FontFace.REGULAR, TICK_SIZE);
                if (values[i] > 0 && vw <= slot) {
                    c.text(cx - vw / 2, plotBottom + bh + 2.5f, value, FontFace.REGULAR, TICK_SIZE, Palette.INK);
                }
                if (i % every == 0) {
                    String label = measure.ellipsize(shown[i], FontFace.REGULAR, TICK_SIZE, slot * every - 2f);
                    float lw = measure.width(label, FontFace.REGULAR, TICK_SIZE);
                    c.text(cx - lw / 2, plotBottom - 10f, label, FontFace.REGULAR, TICK_SIZE, Palette.MUTED);
                }
            }
        }
        c.line(plotLeft, plotBottom, plotRight, plotBottom, Palette.MUTED, 0.8f);
    }

    // ---------------------------------------------------------------- distribution bar

    /** Height of a distribution bar with its legend. */
    float distributionHeight(float w, List<Segment> segments) {
        return DISTRIBUTION_BAR_HEIGHT + 8f + legendRows(w, segments).size() * LEGEND_LEADING;
    }

    void distributionBar(Canvas c, float x, float top, float w, List<Segment> segments) {
        double total = 0;
        for (Segment s : segments) {
            total += s.value();
        }
        float barBottom = top - DISTRIBUTION_BAR_HEIGHT;
        if (total <= 0) {
            c.fillRect(x, barBottom, w, DISTRIBUTION_BAR_HEIGHT, Palette.HAIRLINE);
            String none = TextSanitizer.singleLine(labels.noData());
            c.text(x + 6f, barBottom + 6.5f, none, FontFace.REGULAR, LEGEND_SIZE, Palette.MUTED);
        } else {
            float cursor = x;
            for (Segment s : segments) {
                float sw = (float) (s.value() / total) * w;
                if (sw <= 0) {
                    continue;
                }
                c.fillRect(cursor, barBottom, sw, DISTRIBUTION_BAR_HEIGHT, s.color());
                String count = number(s.value());
                float cw = measure.width(count, FontFace.BOLD, LEGEND_SIZE);
                if (cw + 6f <= sw) {
                    c.text(cursor + (sw - cw) / 2, barBottom + 6.8f, count, FontFace.BOLD, LEGEND_SIZE,
                            Palette.textOn(s.color()));
                }
                cursor += sw;
            }
        }
        float ly = barBottom - 8f;
        for (List<String[]> row : legendRowsText(w, segments, total)) {
            float lx = x;
            for (String[] item : row) {
                Color color = segments.get(Integer.parseInt(item[1])).color();
                c.fillRect(lx, ly - 8f, 8f, 8f, color);
                c.text(lx + 11f, ly - 7.2f, item[0], FontFace.REGULAR, LEGEND_SIZE, Palette.INK);
                lx += 11f + measure.width(item[0], FontFace.REGULAR, LEGEND_SIZE) + 16f;
            }
            ly -= LEGEND_LEADING;
        }
    }

    private List<List<String[]>> legendRows(float w, List<Segment> segments) {
        double total = segments.stream().mapToDouble(Segment::value).sum();
        return legendRowsText(w, segments, total);
    }

    /** Legend items as {text, segment index}, wrapped into rows that fit the width. */
    private List<List<String[]>> legendRowsText(float w, List<Segment> segments, double total) {
        List<List<String[]>> rows = new ArrayList<>();
        List<String[]> row = new ArrayList<>();
        float used = 0;
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            String pct = total > 0 ? " (" + Math.round(s.value() * 100 / total) + " %)" : "";
            String text = measure.ellipsize(TextSanitizer.singleLine(s.label()) + "  " + number(s.value()) + pct,
                    FontFace.REGULAR, LEGEND_SIZE, w - 11f);
            float itemW = 11f + measure.width(text, FontFace.REGULAR, LEGEND_SIZE) + 16f;
            if (!row.isEmpty() && used + itemW > w) {
                rows.add(row);
                row = new ArrayList<>();
                used = 0;
            }
            row.add(new String[] {text, Integer.toString(i)});
            used += itemW;
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    // ---------------------------------------------------------------- risk matrix

    float matrixCell(float w, RiskMatrix m) {
        float labelW = matrixLabelWidth(m);
        return Math.min(MATRIX_CELL_MAX, (w - labelW - 20f) / m.impactLabels().size());
    }

    float matrixHeight(float w, RiskMatrix m) {
        return m.likelihoodLabels().size() * matrixCell(w, m) + 30f;
    }

    void riskMatrix(Canvas c, float x, float top, float w, RiskMatrix m) {
        int rows = m.likelihoodLabels().size();
        int cols = m.impactLabels().size();
        float cell = matrixCell(w, m);
        float labelW = matrixLabelWidth(m);
        float gridLeft = x + 16f + labelW;
        float gridTop = top;
        int max = 0;
        for (int l = 0; l < rows; l++) {
            for (int i = 0; i < cols; i++) {
                max = Math.max(max, m.count(l, i));
            }
        }
        for (int l = 0; l < rows; l++) {
            // the highest likelihood is the top row
            float cy = gridTop - (rows - l) * cell;
            for (int i = 0; i < cols; i++) {
                float cx = gridLeft + i * cell;
                Color fill = severityFill((l + 1f) * (i + 1f) / (rows * (float) cols));
                c.fillRect(cx, cy, cell, cell, fill);
                c.strokeRect(cx, cy, cell, cell, Color.WHITE, 1.5f);
                int count = m.count(l, i);
                String text = Integer.toString(count);
                FontFace face = count > 0 ? FontFace.BOLD : FontFace.REGULAR;
                float size = count > 0 ? 10f : 7.5f;
                float tw = measure.width(text, face, size);
                c.text(cx + (cell - tw) / 2, cy + cell / 2 - size * 0.36f, text, face, size,
                        count > 0 ? Palette.INK : Palette.MUTED);
            }
            String label = measure.ellipsize(TextSanitizer.singleLine(m.likelihoodLabels().get(l)),
                    FontFace.REGULAR, MATRIX_LABEL_SIZE, labelW);
            float lw = measure.width(label, FontFace.REGULAR, MATRIX_LABEL_SIZE);
            c.text(gridLeft - 4f - lw, cy + cell / 2 - 2.7f, label, FontFace.REGULAR, MATRIX_LABEL_SIZE, Palette.MUTED);
        }
        float gridBottom = gridTop - rows * cell;
        for (int i = 0; i < cols; i++) {
            String label = measure.ellipsize(TextSanitizer.singleLine(m.impactLabels().get(i)),
                    FontFace.REGULAR, MATRIX_LABEL_SIZE, cell - 2f);
            float lw = measure.width(label, FontFace.REGULAR, MATRIX_LABEL_SIZE);
            c.text(gridLeft + i * cell + (cell - lw) / 2, gridBottom - 10f, label, FontFace.REGULAR,
                    MATRIX_LABEL_SIZE, Palette.MUTED);
        }
        String impact = measure.ellipsize(TextSanitizer.singleLine(m.impactTitle()), FontFace.BOLD,
                MATRIX_LABEL_SIZE, cols * cell);
        float iw = measure.width(impact, FontFace.BOLD, MATRIX_LABEL_SIZE);
        c.text(gridLeft + (cols * cell - iw) / 2, gridBottom - 23f, impact + "  \u2192", FontFace.BOLD,
                MATRIX_LABEL_SIZE, Palette.INK);
        String likelihood = measure.ellipsize(TextSanitizer.singleLine(m.likelihoodTitle()), FontFace.BOLD,
                MATRIX_LABEL_SIZE, rows * cell);
        float tw = measure.width(likelihood, FontFace.BOLD, MATRIX_LABEL_SIZE);
        c.verticalText(x + 7f, gridBottom + (rows * cell - tw) / 2, likelihood + "  \u2192", FontFace.BOLD,
                MATRIX_LABEL_SIZE, Palette.INK);
    }

    private float matrixLabelWidth(RiskMatrix m) {
        float w = 0;
        for (String s : m.likelihoodLabels()) {
            w = Math.max(w, measure.width(TextSanitizer.singleLine(s), FontFace.REGULAR, MATRIX_LABEL_SIZE));
        }
        return Math.min(w, 90f);
    }

    private static Color severityFill(float ratio) {
        if (ratio <= 0.16f) {
            return Palette.tint(Palette.TIER_LOW, 0.55f);
        }
        if (ratio <= 0.36f) {
            return Palette.tint(Palette.TIER_MEDIUM, 0.45f);
        }
        if (ratio <= 0.64f) {
            return Palette.tint(Palette.TIER_HIGH, 0.45f);
        }
        return Palette.tint(Palette.TIER_CRITICAL, 0.45f);
    }

    // ---------------------------------------------------------------- numbers

    /** Axis maximum and tick step: 1, 2 or 5 times a power of ten, about five ticks. */
    static double[] niceScale(double max) {
        if (!(max > 0)) {
            return new double[] {1, 1};
        }
        double rough = max / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double step;
        double r = rough / magnitude;
        if (r <= 1) {
            step = magnitude;
        } else if (r <= 2) {
            step = 2 * magnitude;
        } else if (r <= 5) {
            step = 5 * magnitude;
        } else {
            step = 10 * magnitude;
        }
        if (max >= 1 && step < 1) {
            step = 1;
        }
        return new double[] {Math.ceil(max / step) * step, step};
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
