package eu.nis2registry.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/** SCORING.md property 1, and the output contract: factors add up, tiers follow the thresholds. */
class BoundedAndDeterministicProperties {

    private final RiskEngine engine = new RiskEngine(ScoringModel.defaults());

    record Case(RiskInput input, LocalDate asOf) {
    }

    @Test
    void scoreIsBoundedDeterministicAndAddsUpFromItsFactors() {
        PropertyCheck.forAll(0x5C0_0001L, 10_000, gen -> new Case(gen.input(), gen.asOf()), c -> {
            RiskInput input = c.input();
            RiskResult result = engine.score(input, c.asOf());

            List<ExposureBucket> reordered = new ArrayList<>(input.exposure().buckets());
            Collections.reverse(reordered);
            RiskInput sameInput = RiskInputs.withExposure(
                    new RiskInput(input.engagement(), input.audit(), input.exposure()), reordered);
            RiskResult again = new RiskEngine(ScoringModel.defaults()).score(sameInput, c.asOf());

            assertThat(result.score()).isBetween(0, 100);
            assertThat(again).isEqualTo(result);
            assertThat(result.factors()).extracting(Factor::points).allSatisfy(p -> assertThat(p).isNotNegative());
            assertThat(result.factors().stream().mapToInt(Factor::points).sum()).isEqualTo(result.score());
            assertThat(result.tier()).isEqualTo(tierBySpecification(result.score()));
            assertThat(result.modelVersion()).isEqualTo(ScoringModel.defaults().version());
            assertThat(result.components().total()).isBetween(0.0, 100.0 + 1e-9);
        });
    }

    /** The thresholds of SCORING.md, written out independently of the model's own mapping. */
    private static Tier tierBySpecification(int score) {
        if (score < 25) {
            return Tier.LOW;
        }
        if (score < 50) {
            return Tier.MEDIUM;
        }
        return score < 75 ? Tier.HIGH : Tier.CRITICAL;
    }
}
