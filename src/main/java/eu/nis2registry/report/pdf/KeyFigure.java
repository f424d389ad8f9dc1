package eu.nis2registry.report.pdf;

import java.awt.Color;

/**
 * A headline number shown as a tile, e.g. the risk score or the count of open findings.
 *
 * @param label  short caption under the value
 * @param value  the figure, already formatted
 * @param accent colour of the tile's top bar; null for the document accent
 */
public record KeyFigure(String label, String value, Color accent) {

    public KeyFigure {
        label = label == null ? "" : label;
        value = value == null ? "" : value;
        accent = accent == null ? Palette.ACCENT : accent;
    }

    public KeyFigure(String label, String value) {
        this(label, value, null);
    }
}
