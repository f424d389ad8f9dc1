package eu.nis2registry.web.view;

import io.quarkus.qute.TemplateData;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn as inline SVG by its template: the geometry is computed here, the labels are
 * looked up by key in the page's language there.
 */
@TemplateData
public record BarChart(List<Bar> bars, int height, long total) {

    public static final int ROW = 30;
    public static final int LABEL_WIDTH = 130;
    public static final int BAR_SPACE = 210;

    /** One bar: {@code key} selects its label, {@code tone} its colour class. */
    @TemplateData
    public record Bar(String key, long value, int rectY, int textY, int width, int valueX, String tone) {
    }

    public record Input(String key, long value, String tone) {
    }

    public static BarChart of(List<Input> inputs) {
        long max = Math.max(1, inputs.stream().mapToLong(Input::value).max().orElse(1));
        List<Bar> bars = new ArrayList<>();
        int y = 0;
        for (Input input : inputs) {
            int width = input.value() == 0 ? 0 : (int) Math.max(3, Math.round((double) input.value() * BAR_SPACE / max));
            bars.add(new Bar(input.key(), input.value(), y + 7, y + 20, width, LABEL_WIDTH + width + 6, input.tone()));
            y += ROW;
        }
        return new BarChart(bars, Math.max(ROW, y), inputs.stream().mapToLong(Input::value).sum());
    }

    public int labelWidth() {
        return LABEL_WIDTH;
    }

    public boolean empty() {
        return total == 0;
    }
}
