package eu.nis2registry.exposure.parse;

/**
 * Totals of one scan, counted by the scanner itself: {@code linesRead = skipped + rejected +
 * unmatched + candidates}. {@code physicalLines} differs from {@code linesRead} only for CSV
 * records that span several lines.
 */
public record ScanSummary(long linesRead, long skipped, long rejected, long unmatched, long candidates,
        long physicalLines, long bytesRead) {
}
