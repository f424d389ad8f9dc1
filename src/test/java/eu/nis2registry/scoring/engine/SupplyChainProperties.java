package eu.nis2registry.scoring.engine;

import eu.nis2registry.inventory.DataCategory;
import eu.nis2registry.inventory.Access;
import eu.nis2registry.inventory.Criticality;
import eu.nis2registry.inventory.Nis2Category;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * SCORING.md property 8: a leak at a subcontractor raises the engagement above it, less than the
 * same leak at the engaged supplier itself.
 */
class SupplyChainProperties {

    private final RiskEngine engine = new RiskEngine(ScoringModel.defaults());

    record Case(RiskInput input, ExposureBucket leak, int depth) {
    }

    @Test
    void subcontractorLeakRaisesTheEngagementLessThanTheSameLeakAtTheSupplier() {
        PropertyCheck.forAll(0x5C0_0008L, 10_000, gen -> new Case(gen.input(), gen.leak(), gen.between(1, 4)), c -> {
            RiskInput input = c.input();
            ExposureBucket leak = c.leak();
            RiskResult without = engine.score(input, RiskInputs.AS_OF);
            RiskResult atSubcontractor = engine.score(plus(input, RiskInputs.withDepth(leak, c.depth())), RiskInputs.AS_OF);
            RiskResult atSupplier = engine.score(plus(input, RiskInputs.withDepth(leak, 0)), RiskInputs.AS_OF);

            assertThat(atSubcontractor.score()).isBetween(without.score(), atSupplier.score());
            assertThat(atSubcontractor.components().exposure())
                    .isBetween(without.components().exposure() - 1e-9, atSupplier.components().exposure() + 1e-9);

            // On its own the leak counts strictly: more than nothing, less than at the engaged supplier.
            RiskInput alone = RiskInputs.withExposure(input, List.of());
            double subcontractorAlone = engine.score(plus(alone, RiskInputs.withDepth(leak, c.depth())), RiskInputs.AS_OF)
                    .components().exposure();
            double supplierAlone = engine.score(plus(alone, RiskInputs.withDepth(leak, 0)), RiskInputs.AS_OF)
                    .components().exposure();
            assertThat(subcontractorAlone).isPositive().isLessThan(supplierAlone);
        });
    }

    @Test
    void subcontractorLeakShowsAsItsOwnFactorAndRaisesTheScore() {
        EngagementProfile hospitalIt = new EngagementProfile(Set.of(DataCategory.HEALTH), Access.PRIVILEGED,
                Criticality.HIGH, Nis2Category.ESSENTIAL);
        ApprovedAudit audit = new ApprovedAudit(0.9, List.of(), LocalDate.of(2026, 5, 1), 12, true);
        ExposureBucket leak = ExposureBucket.observations("RemoteDesk", 1, ObservationKind.STEALER_LOG,
                LocalDate.of(2026, 11, 1), true, false, 200);
        RiskInput clean = new RiskInput(hospitalIt, Optional.of(audit), Exposure.none());

        RiskResult without = engine.score(clean, RiskInputs.AS_OF);
        RiskResult withSubcontractorLeak = engine.score(plus(clean, leak), RiskInputs.AS_OF);
        RiskResult withSupplierLeak = engine.score(plus(clean, RiskInputs.withDepth(leak, 0)), RiskInputs.AS_OF);

        assertThat(withSubcontractorLeak.score()).isGreaterThan(without.score()).isLessThan(withSupplierLeak.score());
        assertThat(withSubcontractorLeak.factors()).filteredOn(f -> f.code() == FactorCode.SUBCONTRACTOR_EXPOSURE)
                .singleElement()
                .satisfies(f -> assertThat(f.label()).contains("RemoteDesk", "depth 1"));
    }

    private static RiskInput plus(RiskInput input, ExposureBucket bucket) {
        List<ExposureBucket> buckets = new ArrayList<>(input.exposure().buckets());
        buckets.add(bucket);
        return RiskInputs.withExposure(input, buckets);
    }
}
