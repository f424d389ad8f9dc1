package eu.nis2registry.report.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts on a likelihood x impact grid.
 *
 * @param likelihoodTitle  axis title, e.g. "Likelihood"
 * @param likelihoodLabels row labels from lowest to highest likelihood
 * @param impactTitle      axis title, e.g. "Impact"
 * @param impactLabels     column labels from lowest to highest impact
 * @param counts           {@code counts.get(likelihood).get(impact)}; missing or negative
 *                         entries count as 0
 */
public record RiskMatrix(
        String likelihoodTitle,
        List<String> likelihoodLabels,
        String impactTitle,
        List<String> impactLabels,
        List<List<Integer>> counts) {

    public RiskMatrix {
        if (likelihoodLabels == null || likelihoodLabels.isEmpty()
                || impactLabels == null || impactLabels.isEmpty()) {
            throw new IllegalArgumentException("a risk matrix needs at least one row and one column");
        }
        if (likelihoodLabels.size() > 10 || impactLabels.size() > 10) {
            throw new IllegalArgumentException("a risk matrix has at most 10 rows and 10 columns");
        }
        likelihoodTitle = likelihoodTitle == null ? "" : likelihoodTitle;
        impactTitle = impactTitle == null ? "" : impactTitle;
        likelihoodLabels = copyLabels(likelihoodLabels);
        impactLabels = copyLabels(impactLabels);
        List<List<Integer>> copy = new ArrayList<>();
        for (int l = 0; l < likelihoodLabels.size(); l++) {
            List<Integer> row = counts != null && l < counts.size() && counts.get(l) != null
                    ? counts.get(l) : List.of();
            List<Integer> rowCopy = new ArrayList<>();
            for (int i = 0; i < impactLabels.size(); i++) {
                Integer v = i < row.size() ? row.get(i) : null;
                rowCopy.add(v == null || v < 0 ? 0 : v);
            }
            copy.add(List.copyOf(rowCopy));
        }
        counts = List.copyOf(copy);
    }

    /** Grid of the usual 5 x 5 size with English axis titles and 1-5 labels. */
    public static RiskMatrix fiveByFive(List<List<Integer>> counts) {
        List<String> levels = List.of("1", "2", "3", "4", "5");
        return new RiskMatrix("Likelihood", levels, "Impact", levels, counts);
    }

    public int count(int likelihood, int impact) {
        return counts.get(likelihood).get(impact);
    }

    private static List<String> copyLabels(List<String> labels) {
        return labels.stream().map(s -> s == null ? "" : s).toList();
    }
}
