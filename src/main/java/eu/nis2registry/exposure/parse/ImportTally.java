package eu.nis2registry.exposure.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns the scanner's outcomes into an import's counters: decides, a batch at a time through a
 * {@link DedupeStore}, which candidates are accepted (and stored) and which are duplicates; keeps
 * the first rejects and the accepted and privileged observations per supplier. Call
 * {@link #finish()} after the scan to settle the last batch.
 *
 * <p>{@link #counts()} only counts settled lines, so it balances at any moment; the candidates of
 * the open batch are not in it yet. Not thread-safe: use it on the scanning thread, e.g. from a
 * {@link ProgressListener} that persists the counters.
 */
public final class ImportTally implements LeakScanHandler {

    public static final int DEFAULT_BATCH_SIZE = 1000;
    public static final int DEFAULT_MAX_REJECTS_KEPT = 1000;

    /** Called on every progress report of the scanner with the bytes read and the settled counts. */
    @FunctionalInterface
    public interface ProgressListener {
        void onProgress(long bytesRead, ImportCounts settled);
    }

    private final DedupeStore store;
    private final int batchSize;
    private final int maxRejectsKept;
    private final ProgressListener listener;
    private final Map<String, ObservationCandidate> batch = new LinkedHashMap<>();
    private final List<RejectedLine> rejects = new ArrayList<>();
    private final Map<Long, long[]> bySupplier = new TreeMap<>();
    private long accepted;
    private long duplicates;
    private long unmatched;
    private long rejected;
    private long skipped;
    private long bytesRead;

    public ImportTally(DedupeStore store) {
        this(store, DEFAULT_BATCH_SIZE, DEFAULT_MAX_REJECTS_KEPT, null);
    }

    /**
     * @param maxRejectsKept how many rejects {@link #rejects()} keeps (all are counted)
     * @param listener       may be null
     */
    public ImportTally(DedupeStore store, int batchSize, int maxRejectsKept, ProgressListener listener) {
        if (batchSize < 1 || maxRejectsKept < 0) {
            throw new IllegalArgumentException("batchSize must be positive, maxRejectsKept not negative");
        }
        this.store = store;
        this.batchSize = batchSize;
        this.maxRejectsKept = maxRejectsKept;
        this.listener = listener;
    }

    @Override
    public void skipped(long lineNumber) {
        skipped++;
    }

    @Override
    public void rejected(long lineNumber, RejectReason reason) {
        rejected++;
        if (rejects.size() < maxRejectsKept) {
            rejects.add(new RejectedLine(lineNumber, reason));
        }
    }

    @Override
    public void unmatched(long lineNumber) {
        unmatched++;
    }

    @Override
    public void candidate(long lineNumber, ObservationCandidate candidate) {
        if (batch.putIfAbsent(candidate.dedupeKey(), candidate) != null) {
            duplicates++;
        } else if (batch.size() >= batchSize) {
            flush();
        }
    }

    @Override
    public void progress(long bytesRead) {
        this.bytesRead = bytesRead;
        if (listener != null) {
            listener.onProgress(bytesRead, counts());
        }
    }

    /** Settles the open batch. */
    public void finish() {
        flush();
    }

    public ImportCounts counts() {
        return ImportCounts.of(accepted, duplicates, unmatched, rejected, skipped);
    }

    /** The first rejects, in line order. */
    public List<RejectedLine> rejects() {
        return Collections.unmodifiableList(rejects);
    }

    /** Per supplier with accepted observations, by supplier id. */
    public List<SupplierTally> bySupplier() {
        List<SupplierTally> out = new ArrayList<>();
        bySupplier.forEach((id, c) -> out.add(new SupplierTally(id, c[0], c[1])));
        return out;
    }

    public long bytesRead() {
        return bytesRead;
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        Set<String> existing = store.existingKeys(new ArrayList<>(batch.keySet()));
        List<ObservationCandidate> fresh = new ArrayList<>(batch.size());
        for (ObservationCandidate c : batch.values()) {
            if (existing.contains(c.dedupeKey())) {
                duplicates++;
            } else {
                fresh.add(c);
            }
        }
        store.store(fresh);
        for (ObservationCandidate c : fresh) {
            long[] t = bySupplier.computeIfAbsent(c.supplierId(), k -> new long[2]);
            t[0]++;
            if (c.privileged()) {
                t[1]++;
            }
        }
        accepted += fresh.size();
        batch.clear();
    }
}
