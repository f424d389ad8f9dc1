package eu.nis2registry.report.pdf;

import java.util.List;

/**
 * The columns of a table and what to show when it has no rows.
 *
 * @param columns   at least one column
 * @param emptyText shown in a single row when there are no rows; null for the document's
 *                  {@link Labels#noEntries()}
 */
public record TableSpec(List<Column> columns, String emptyText) {

    public TableSpec {
        if (columns == null || columns.isEmpty() || columns.stream().anyMatch(c -> c == null)) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        columns = List.copyOf(columns);
    }

    public static TableSpec of(Column... columns) {
        return new TableSpec(java.util.Arrays.asList(columns), null);
    }

    public TableSpec withEmptyText(String text) {
        return new TableSpec(columns, text);
    }

    /** Column widths as fractions of the table width, summing to 1. */
    float[] fractions() {
        double sum = 0;
        for (Column c : columns) {
            sum += c.weight();
        }
        float[] f = new float[columns.size()];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) (columns.get(i).weight() / sum);
        }
        return f;
    }
}
