package eu.nis2registry.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** A configuration that would break a property of SCORING.md is refused when the model is built. */
class ScoringModelTest {

    private final ScoringModel defaults = ScoringModel.defaults();
    private final ScoringModel.ExposureWeights e = defaults.exposure();
    private final ScoringModel.ControlWeights c = defaults.controls();

    @Test
    void defaultsUseTheWholeHundredPointsAndTheSpecifiedTiers() {
        assertThat(defaults.inherent().maximum() + c.noAudit() + e.max()).isEqualTo(100.0);
        ScoringModel.Thresholds t = defaults.thresholds();
        assertThat(t.tierOf(24)).isEqualTo(Tier.LOW);
        assertThat(t.tierOf(25)).isEqualTo(Tier.MEDIUM);
        assertThat(t.tierOf(49)).isEqualTo(Tier.MEDIUM);
        assertThat(t.tierOf(50)).isEqualTo(Tier.HIGH);
        assertThat(t.tierOf(74)).isEqualTo(Tier.HIGH);
        assertThat(t.tierOf(75)).isEqualTo(Tier.CRITICAL);
    }

    @Test
    void fingerprintChangesWithAnyWeightSoAChangeNeedsANewVersion() {
        ScoringModel tweaked = new ScoringModel(defaults.version(), defaults.inherent(), defaults.controls(),
                exposure(366 - 1, 0.5), defaults.thresholds());

        assertThat(ScoringModel.defaults().fingerprint()).isEqualTo(defaults.fingerprint()).hasSize(64);
        assertThat(tweaked.fingerprint()).isNotEqualTo(defaults.fingerprint());
    }

    @Test
    void rejectsAHalfLifeLongerThanAYear() {
        assertThatIllegalArgumentException().isThrownBy(() -> exposure(366, 0.5)).withMessageContaining("365");
    }

    @Test
    void rejectsADepthFactorThatWouldNotDampSubcontractors() {
        assertThatIllegalArgumentException().isThrownBy(() -> exposure(180, 1.0)).withMessageContaining("depthFactor");
    }

    @Test
    void rejectsKindWeightsOutOfTheSpecifiedOrder() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ScoringModel.ExposureWeights(40,
                1.0, 0.85, 0.40, 0.45, 0.30, 0.70, 180, 180, 150, 120, 120, 0.8, 0.75, 0.5, 10_000))
                .withMessageContaining("combolist > breach");
    }

    @Test
    void rejectsAnAuditThatCouldScoreWorseThanNoAudit() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ScoringModel.ControlWeights(20, 15, 5, 10, 5, 0.25))
                .withMessageContaining("noAudit");
    }

    @Test
    void rejectsFloorsBelowHigh() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ScoringModel.Thresholds(25, 50, 75, 45, 50, 30))
                .withMessageContaining("floors");
    }

    @Test
    void rejectsComponentsThatAddUpToMoreThanAHundred() {
        ScoringModel.ControlWeights heavier = new ScoringModel.ControlWeights(35, 15, 5, 10, 5, 0.25);
        assertThatIllegalArgumentException().isThrownBy(() -> new ScoringModel(defaults.version(), defaults.inherent(),
                heavier, defaults.exposure(), defaults.thresholds())).withMessageContaining("100");
    }

    @Test
    void rejectsAnInherentModelWhereHealthIsNotTheMostSensitive() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ScoringModel.InherentWeights(9, 9, 7, 6, 1,
                0, 4, 7, 0, 1, 3, 5, 0, 1, 3)).withMessageContaining("dataHealth");
    }

    private ScoringModel.ExposureWeights exposure(double stealerHalfLife, double depthFactor) {
        return new ScoringModel.ExposureWeights(e.max(), e.weightStealerLogWithCookies(), e.weightStealerLog(),
                e.weightCombolist(), e.weightBreach(), e.weightAggregate(), e.weightAggregateStealerShare(),
                stealerHalfLife, stealerHalfLife, e.halfLifeCombolistDays(), e.halfLifeBreachDays(),
                e.halfLifeAggregateDays(), e.unprivilegedFactor(), e.unattributedFactor(), depthFactor,
                e.countSaturation());
    }
}
