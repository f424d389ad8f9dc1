package eu.nis2registry.report.pdf;

/**
 * A table column.
 *
 * @param header column title, repeated on every page the table continues on
 * @param weight relative width; weights are divided by their sum, so fractions that add up to 1
 *               are the natural choice
 * @param align  horizontal alignment of the cell text
 * @param style  how the cell text is set
 */
public record Column(String header, float weight, Align align, CellStyle style) {

    public enum Align { LEFT, CENTER, RIGHT }

    public enum CellStyle {
        /** body text */
        TEXT,
        /** bold, for names that identify the row */
        STRONG,
        /** monospaced, for hashes and identifiers */
        MONO,
        /** grey, for secondary facts */
        MUTED,
        /** a coloured tag; known risk tier names get their tier colour, see {@link Palette#tier} */
        BADGE
    }

    public Column {
        header = header == null ? "" : header;
        if (!(weight > 0) || !Float.isFinite(weight)) {
            throw new IllegalArgumentException("column weight must be positive: " + weight);
        }
        align = align == null ? Align.LEFT : align;
        style = style == null ? CellStyle.TEXT : style;
    }

    public static Column of(String header, float weight) {
        return new Column(header, weight, Align.LEFT, CellStyle.TEXT);
    }

    public Column align(Align newAlign) {
        return new Column(header, weight, newAlign, style);
    }

    public Column style(CellStyle newStyle) {
        return new Column(header, weight, align, newStyle);
    }

    public Column right() {
        return align(Align.RIGHT);
    }

    public Column strong() {
        return style(CellStyle.STRONG);
    }

    public Column mono() {
        return style(CellStyle.MONO);
    }

    public Column muted() {
        return style(CellStyle.MUTED);
    }

    public Column badge() {
        return style(CellStyle.BADGE);
    }
}
