package eu.nis2registry.scoring.engine;

import java.util.Objects;

/** One line of the explanation: the points of a factor add up, with the others, to the score. */
public record Factor(FactorCode code, String label, int points) {

    public Factor {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        if (points < 0) {
            throw new IllegalArgumentException("points must not be negative");
        }
    }
}
