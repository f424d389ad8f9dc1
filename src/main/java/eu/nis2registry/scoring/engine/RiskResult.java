package eu.nis2registry.scoring.engine;

import java.util.List;
import java.util.Objects;

/**
 * A score with its explanation.
 *
 * @param claimContradicted the approved audit claims MFA everywhere, yet stealer logs newer than the
 *                          audit hold credentials for the supplier's hosts: the service opens a finding
 */
public record RiskResult(
        int score,
        Tier tier,
        Components components,
        List<Factor> factors,
        String modelVersion,
        boolean claimContradicted) {

    public RiskResult {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(components, "components");
        factors = List.copyOf(Objects.requireNonNull(factors, "factors"));
        Objects.requireNonNull(modelVersion, "modelVersion");
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score must lie in 0..100, got " + score);
        }
        if (factors.stream().mapToInt(Factor::points).sum() != score) {
            throw new IllegalArgumentException("factor points must add up to the score");
        }
    }
}
