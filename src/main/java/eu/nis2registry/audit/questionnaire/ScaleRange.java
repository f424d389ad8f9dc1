package eu.nis2registry.audit.questionnaire;

import java.util.Map;
import java.util.TreeMap;

/** Bounds of a SCALE question and the optional labels of some of its points. */
public record ScaleRange(int min, int max, Map<Integer, String> labels) {

    public ScaleRange {
        if (min >= max) {
            throw new IllegalArgumentException("min must be below max");
        }
        labels = Map.copyOf(labels);
    }

    public boolean contains(int value) {
        return value >= min && value <= max;
    }

    /** The labels in ascending order of their point. */
    public Map<Integer, String> sortedLabels() {
        return new TreeMap<>(labels);
    }
}
