package eu.nis2registry.exposure.parse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A {@link DedupeStore} in memory, for tests and tools. Not thread-safe. */
public final class InMemoryDedupeStore implements DedupeStore {

    private final Set<String> keys = new HashSet<>();
    private final List<ObservationCandidate> stored = new ArrayList<>();

    @Override
    public Set<String> existingKeys(Collection<String> dedupeKeys) {
        Set<String> found = new HashSet<>();
        for (String k : dedupeKeys) {
            if (keys.contains(k)) {
                found.add(k);
            }
        }
        return found;
    }

    @Override
    public void store(List<ObservationCandidate> observations) {
        for (ObservationCandidate o : observations) {
            if (keys.add(o.dedupeKey())) {
                stored.add(o);
            }
        }
    }

    /** Everything stored, in order. */
    public List<ObservationCandidate> stored() {
        return Collections.unmodifiableList(stored);
    }

    public int size() {
        return stored.size();
    }
}
