package eu.nis2registry.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * SCORING.md property 3: the same observations weigh less the older they are, and a year older
 * they weigh at most half (of the exposure component, whatever the mix of kinds and counts).
 */
class RecencyProperties {

    private final RiskEngine engine = new RiskEngine(ScoringModel.defaults());

    record Case(Exposure exposure, EngagementProfile engagement, int days) {
    }

    @Test
    void olderObservationsWeighLessAndAYearOlderAtMostHalf() {
        PropertyCheck.forAll(0x5C0_0003L, 10_000,
                gen -> new Case(gen.pastExposure(), gen.engagement(), gen.between(1, 1200, 364, 365, 366)), c -> {
                    Exposure older = new Exposure(c.exposure().buckets().stream()
                            .map(b -> RiskInputs.withDate(b, b.compromisedOn().minusDays(c.days())))
                            .toList(), c.exposure().newestStealerLogOnSupplierHosts());

                    double now = exposureOf(c.engagement(), c.exposure());
                    double later = exposureOf(c.engagement(), older);

                    assertThat(later).isLessThanOrEqualTo(now);
                    if (now > 0) {
                        assertThat(later).isLessThan(now);
                    }
                    if (c.days() >= 365) {
                        assertThat(later).isLessThanOrEqualTo(now / 2 + 1e-12);
                    }
                });
    }

    private double exposureOf(EngagementProfile engagement, Exposure exposure) {
        return engine.score(new RiskInput(engagement, Optional.empty(), exposure), RiskInputs.AS_OF)
                .components().exposure();
    }
}
