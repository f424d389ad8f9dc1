package eu.nis2registry.scoring.engine;

import eu.nis2registry.inventory.DataCategory;
import eu.nis2registry.inventory.Access;
import eu.nis2registry.inventory.Criticality;
import eu.nis2registry.inventory.Nis2Category;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Factor points are rounded so that they add up to the score exactly; floors are factors too. */
class FactorRoundingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private final ScoringModel defaults = ScoringModel.defaults();

    @Test
    void fractionsThatRoundDownOneByOneStillAddUpToTheRoundedTotal() {
        // 3.4 + 3.4 + 3.4 = 10.2: rounding each line gives 9, the score is 10.
        ScoringModel thirds = new ScoringModel("test-thirds",
                new ScoringModel.InherentWeights(3.4, 3, 3, 3, 0, 0, 3.4, 4, 0, 0, 0, 3.4, 0, 0, 0),
                defaults.controls(), defaults.exposure(), defaults.thresholds());
        EngagementProfile engagement = new EngagementProfile(Set.of(DataCategory.HEALTH), Access.USER,
                Criticality.CRITICAL, Nis2Category.NONE);
        ApprovedAudit perfect = new ApprovedAudit(1.0, List.of(), TODAY, 12, false);

        RiskResult result = new RiskEngine(thirds).score(new RiskInput(engagement, Optional.of(perfect), Exposure.none()), TODAY);

        assertThat(result.score()).isEqualTo(10);
        assertThat(result.factors()).extracting(Factor::points).containsExactly(4, 3, 3);
    }

    @Test
    void knockOutFloorIsItsOwnFactorAndTheSumStillHolds() {
        EngagementProfile lowStakes = new EngagementProfile(Set.of(), Access.NONE, Criticality.LOW, Nis2Category.NONE);
        ApprovedAudit failing = new ApprovedAudit(0.9, List.of("MFA-01"), TODAY.minusMonths(2), 12, true);

        RiskResult result = new RiskEngine(defaults).score(new RiskInput(lowStakes, Optional.of(failing), Exposure.none()), TODAY);

        assertThat(result.score()).isEqualTo(defaults.thresholds().knockOutFloor());
        assertThat(result.factors()).extracting(Factor::code)
                .containsExactly(FactorCode.AUDIT_GAPS, FactorCode.KNOCKOUT_FAILED, FactorCode.KNOCKOUT_FLOOR);
        int beforeFloor = result.factors().stream().filter(f -> f.code() != FactorCode.KNOCKOUT_FLOOR)
                .mapToInt(Factor::points).sum();
        assertThat(result.factors().get(2).points()).isEqualTo(result.score() - beforeFloor);
    }

    @Test
    void whenBothFloorsApplyTheSecondIsListedWithoutDoubleUplift() {
        EngagementProfile lowStakes = new EngagementProfile(Set.of(), Access.PRIVILEGED, Criticality.LOW, Nis2Category.NONE);
        ApprovedAudit failing = new ApprovedAudit(1.0, List.of("MFA-01"), TODAY.minusMonths(2), 12, false);
        Exposure fresh = new Exposure(List.of(ExposureBucket.observations("ITServ", 0, ObservationKind.STEALER_LOG,
                TODAY.minusDays(3), true, false, 1)), Optional.empty());

        RiskResult result = new RiskEngine(defaults).score(new RiskInput(lowStakes, Optional.of(failing), fresh), TODAY);

        assertThat(result.score()).isEqualTo(50);
        assertThat(result.factors()).filteredOn(f -> f.code() == FactorCode.PRIVILEGED_STEALER_FLOOR)
                .singleElement().satisfies(f -> assertThat(f.points()).isZero());
        assertThat(result.factors()).filteredOn(f -> f.code() == FactorCode.KNOCKOUT_FLOOR)
                .singleElement().satisfies(f -> assertThat(f.points()).isPositive());
    }
}
