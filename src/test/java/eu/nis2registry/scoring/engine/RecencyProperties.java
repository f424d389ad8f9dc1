package eu.nis2registry.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * SCORING.md property 3: the same observations weigh less the older they are, and a year older
 * they weigh at most half (of the exposure component, whatever the mix of kinds and counts).
 */
class RecencyProperties {

    private final RiskEngine engine = new RiskEngine(ScoringModel.defaults());

    @Property(tries = 1500)
    void olderObservationsWeighLessAndAYearOlderAtMostHalf(@ForAll("exposures") Exposure exposure,
            @ForAll("engagements") EngagementProfile engagement, @ForAll @IntRange(min = 1, max = 1200) int days) {
        Exposure older = new Exposure(exposure.buckets().stream()
                .map(b -> Generators.withDate(b, b.compromisedOn().minusDays(days)))
                .toList(), exposure.newestStealerLogOnSupplierHosts());

        double now = exposureOf(engagement, exposure);
        double later = exposureOf(engagement, older);

        assertThat(later).isLessThanOrEqualTo(now);
        if (now > 0) {
            assertThat(later).isLessThan(now);
        }
        if (days >= 365) {
            assertThat(later).isLessThanOrEqualTo(now / 2 + 1e-12);
        }
    }

    private double exposureOf(EngagementProfile engagement, Exposure exposure) {
        return engine.score(new RiskInput(engagement, Optional.empty(), exposure), Generators.AS_OF)
                .components().exposure();
    }

    @Provide
    Arbitrary<Exposure> exposures() {
        return Generators.pastExposures();
    }

    @Provide
    Arbitrary<EngagementProfile> engagements() {
        return Generators.engagements();
    }
}
