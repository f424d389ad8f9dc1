package eu.nis2registry.web.view;

import io.quarkus.qute.TemplateData;

/** "23 of 41 answered" and the width of its bar in an SVG 100 units wide. */
@TemplateData
public record Progress(int done, int total) {

    public int width() {
        return total == 0 ? 0 : (int) Math.round(100.0 * done / total);
    }

    public int percent() {
        return width();
    }
}
