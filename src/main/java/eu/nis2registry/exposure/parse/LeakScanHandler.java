package eu.nis2registry.exposure.parse;

/**
 * Receives the outcome of every line of a scan, in line order, on the scanning thread. Each line
 * gets exactly one of {@link #skipped}, {@link #rejected}, {@link #unmatched} or
 * {@link #candidate}; the handler decides whether a candidate is a duplicate or accepted (see
 * {@link ImportTally}).
 *
 * <p>For CSV a "line" is a record: a record whose quoted field spans several physical lines
 * counts once, under the number of its first physical line.
 */
public interface LeakScanHandler {

    /** Blank, white space only, starting with '#', or the CSV header. */
    void skipped(long lineNumber);

    void rejected(long lineNumber, RejectReason reason);

    /** Parsed, but neither host nor login email domain belongs to a supplier. */
    void unmatched(long lineNumber);

    void candidate(long lineNumber, ObservationCandidate candidate);

    /** Called after each read from the input (about every MiB) with the bytes read so far. */
    default void progress(long bytesRead) {
    }
}
