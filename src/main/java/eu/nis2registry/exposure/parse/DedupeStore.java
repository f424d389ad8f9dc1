package eu.nis2registry.exposure.parse;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Where observations are stored, as {@link ImportTally} sees it: one batch at a time, first a
 * look-up of the batch's keys, then a store of the new ones. Called on the scanning thread.
 *
 * <p>A database implementation answers {@link #existingKeys} with one
 * {@code SELECT dedupe_key ... WHERE dedupe_key IN (...)} and stores with one batched insert; a
 * unique index on the key (and {@code ON CONFLICT DO NOTHING}) keeps two concurrent imports
 * from storing the same observation twice. For a re-run after a failed import to count like a
 * clean run, keys of observations of a failed import must not count as existing.
 */
public interface DedupeStore {

    /** Of these keys (distinct), the ones already stored, by this import or an earlier one. */
    Set<String> existingKeys(Collection<String> dedupeKeys);

    /** Stores observations whose keys were just reported as not existing; their keys are distinct. */
    void store(List<ObservationCandidate> observations);
}
