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

/** SCORING.md property 7, and "unknown is not safe": no audit is the worst control component. */
class AuditStatusTest {

    private final RiskEngine engine = new RiskEngine(ScoringModel.defaults());
    private final EngagementProfile engagement = new EngagementProfile(Set.of(DataCategory.PERSONAL), Access.USER,
            Criticality.MEDIUM, Nis2Category.IMPORTANT);
    private final ApprovedAudit audit = new ApprovedAudit(0.85, List.of(), LocalDate.of(2025, 6, 1), 12, false);

    @Test
    void overdueReassessmentAddsAFactorAndNeverAuditedShowsNoAudit() {
        RiskResult current = engine.score(input(Optional.of(audit)), LocalDate.of(2026, 6, 1));
        RiskResult overdue = engine.score(input(Optional.of(audit)), LocalDate.of(2026, 6, 2));
        RiskResult neverAudited = engine.score(input(Optional.empty()), LocalDate.of(2026, 6, 2));

        assertThat(current.factors()).extracting(Factor::code)
                .doesNotContain(FactorCode.REASSESSMENT_OVERDUE, FactorCode.NO_AUDIT);
        assertThat(overdue.factors()).filteredOn(f -> f.code() == FactorCode.REASSESSMENT_OVERDUE)
                .singleElement().satisfies(f -> assertThat(f.points()).isPositive());
        assertThat(overdue.score()).isGreaterThan(current.score());
        assertThat(neverAudited.factors()).filteredOn(f -> f.code() == FactorCode.NO_AUDIT)
                .singleElement().satisfies(f -> assertThat(f.points()).isEqualTo(30));
    }

    @Test
    void anAuditOneFullIntervalOverdueIsWorthNoMoreThanNone() {
        RiskResult longOverdue = engine.score(input(Optional.of(audit)), LocalDate.of(2027, 6, 1));
        RiskResult neverAudited = engine.score(input(Optional.empty()), LocalDate.of(2027, 6, 1));

        assertThat(longOverdue.components().controls()).isEqualTo(neverAudited.components().controls());
    }

    record Case(RiskInput input, ApprovedAudit anyAudit) {
    }

    @Test
    void noApprovedAuditIsTheWorstControlComponent() {
        PropertyCheck.forAll(0x5C0_0007L, 10_000, gen -> new Case(gen.input(), gen.audit()), c -> {
            double unknown = engine.score(RiskInputs.withAudit(c.input(), Optional.empty()), RiskInputs.AS_OF)
                    .components().controls();
            double audited = engine.score(RiskInputs.withAudit(c.input(), Optional.of(c.anyAudit())), RiskInputs.AS_OF)
                    .components().controls();

            assertThat(audited).isLessThanOrEqualTo(unknown + 1e-9);
        });
    }

    private RiskInput input(Optional<ApprovedAudit> maybeAudit) {
        return new RiskInput(engagement, maybeAudit, Exposure.none());
    }
}
