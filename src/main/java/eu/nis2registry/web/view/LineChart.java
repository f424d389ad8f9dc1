package eu.nis2registry.web.view;

import io.quarkus.qute.TemplateData;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A line chart of risk scores (0 to 100) drawn as inline SVG by its template: the geometry is computed here. The
 * background shows the four tier bands, so that a line's height reads as a tier without a legend; the horizontal
 * grid lines are the tier thresholds.
 */
@TemplateData
public record LineChart(List<Band> bands, List<String> grid, List<Tick> yTicks, List<Tick> xTicks, List<Line> lines,
        List<Dot> dots) {

    public static final int WIDTH = 440;
    public static final int HEIGHT = 196;
    static final int LEFT = 30;
    static final int RIGHT = 428;
    static final int TOP = 8;
    static final int BOTTOM = 170;
    private static final String[] TIERS = {"low", "medium", "high", "critical"};

    /** A tier's band: {@code tone} selects its colour class. */
    @TemplateData
    public record Band(String y, String height, String tone) {
    }

    /** A label on an axis, in SVG units; {@code anchor} is the SVG text-anchor (start, middle, end). */
    @TemplateData
    public record Tick(String x, String y, String anchor, String label) {
    }

    /** One series: its polyline points, its colour class and whether it is dashed. */
    @TemplateData
    public record Line(String key, String points, String tone, boolean dashed) {
    }

    /** A marked point with what it stands for, shown as the point's tooltip. */
    @TemplateData
    public record Dot(String x, String y, String tone, String title) {
    }

    /** A point of a series: {@code x} from 0 (left) to 1 (right), {@code score} from 0 to 100. */
    public record Point(double x, double score) {
    }

    public record Series(String key, String tone, boolean dashed, List<Point> points) {
    }

    public record Mark(Point at, String tone, String title) {
    }

    public record Label(double x, String text) {
    }

    /** The lowest score of MEDIUM, HIGH and CRITICAL: where the bands change colour. */
    @TemplateData
    public record Tiers(int medium, int high, int critical) {

        int[] bounds() {
            return new int[] {0, medium, high, critical, 100};
        }

        public int lowTop() {
            return medium - 1;
        }

        public int mediumTop() {
            return high - 1;
        }

        public int highTop() {
            return critical - 1;
        }
    }

    public static LineChart of(Tiers tiers, List<Series> series, List<Label> xLabels, List<Mark> marks) {
        List<Band> bands = new ArrayList<>();
        List<String> grid = new ArrayList<>();
        List<Tick> yTicks = new ArrayList<>();
        int[] bounds = tiers.bounds();
        for (int i = 0; i < TIERS.length; i++) {
            double top = y(bounds[i + 1]);
            bands.add(new Band(n(top), n(y(bounds[i]) - top), TIERS[i]));
        }
        for (int score : bounds) {
            grid.add(n(y(score)));
            yTicks.add(new Tick(n(LEFT - 6), n(y(score) + 4), "end", String.valueOf(score)));
        }
        List<Tick> xTicks = xLabels.stream().map(l -> new Tick(n(x(l.x())), n(BOTTOM + 17),
                l.x() <= 0.02 ? "start" : l.x() >= 0.98 ? "end" : "middle", l.text())).toList();
        List<Line> lines = series.stream().filter(s -> !s.points().isEmpty())
                .map(s -> new Line(s.key(), points(s.points()), s.tone(), s.dashed())).toList();
        List<Dot> dots = marks.stream().map(m -> new Dot(n(x(m.at().x())), n(y(m.at().score())), m.tone(), m.title())).toList();
        return new LineChart(bands, grid, yTicks, xTicks, lines, dots);
    }

    private static String points(List<Point> points) {
        StringBuilder out = new StringBuilder();
        for (Point p : points) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(n(x(p.x()))).append(',').append(n(y(p.score())));
        }
        return out.toString();
    }

    static double x(double fraction) {
        return LEFT + Math.max(0, Math.min(1, fraction)) * (RIGHT - LEFT);
    }

    static double y(double score) {
        return BOTTOM - Math.max(0, Math.min(100, score)) / 100.0 * (BOTTOM - TOP);
    }

    /** SVG numbers with one decimal and a point, whatever the page's language. */
    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return RIGHT;
    }

    public int plotWidth() {
        return RIGHT - LEFT;
    }
}
