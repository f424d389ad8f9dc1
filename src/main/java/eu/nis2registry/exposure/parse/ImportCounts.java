package eu.nis2registry.exposure.parse;

/** The counters of an import; always {@code linesRead = accepted + duplicates + unmatched + rejected + skipped}. */
public record ImportCounts(long linesRead, long accepted, long duplicates, long unmatched, long rejected,
        long skipped) {

    public static ImportCounts of(long accepted, long duplicates, long unmatched, long rejected, long skipped) {
        return new ImportCounts(accepted + duplicates + unmatched + rejected + skipped, accepted, duplicates,
                unmatched, rejected, skipped);
    }

    public boolean isBalanced() {
        return linesRead == accepted + duplicates + unmatched + rejected + skipped;
    }
}
