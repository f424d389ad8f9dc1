package eu.nis2registry.report.pdf;

import java.awt.Color;

/** One part of a {@link PdfDocumentBuilder#distributionBar distribution bar}. */
public record Segment(String label, double value, Color color) {

    public Segment {
        label = label == null ? "" : label;
        // counts only: a negative or undefined part would draw backwards
        value = Double.isFinite(value) && value > 0 ? value : 0;
        color = color == null ? Palette.NEUTRAL : color;
    }
}
