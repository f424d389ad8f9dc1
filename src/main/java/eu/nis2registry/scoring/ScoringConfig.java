package eu.nis2registry.scoring;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Map;
import java.util.Optional;

/**
 * Overrides of the risk model's weights, by group and name: {@code registry.scoring.exposure.half-life-stealer-log-days=150}.
 * The defaults live in one place, {@code ScoringModel.defaults()}, documented in src/docs/scoring.md. Changing
 * a weight without changing {@link #version()} is refused at start-up: a new weight is a new model version.
 */
@ConfigMapping(prefix = "registry.scoring")
public interface ScoringConfig {

    /** The model version; defaults to the version of the built-in weights. */
    Optional<String> version();

    Map<String, Double> inherent();

    Map<String, Double> controls();

    Map<String, Double> exposure();

    Map<String, Double> thresholds();

    /** When the daily re-scoring for time decay runs. */
    @WithDefault("0 0 4 * * ?")
    String dailyCron();
}
