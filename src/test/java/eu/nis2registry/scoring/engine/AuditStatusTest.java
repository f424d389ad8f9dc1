package eu.nis2registry.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

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

    @Property(tries = 1000)
    void noApprovedAuditIsTheWorstControlComponent(@ForAll("inputs") RiskInput input,
            @ForAll("audits") ApprovedAudit anyAudit) {
        double unknown = engine.score(Generators.withAudit(input, Optional.empty()), Generators.AS_OF)
                .components().controls();
        double audited = engine.score(Generators.withAudit(input, Optional.of(anyAudit)), Generators.AS_OF)
                .components().controls();

        assertThat(audited).isLessThanOrEqualTo(unknown + 1e-9);
    }

    private RiskInput input(Optional<ApprovedAudit> maybeAudit) {
        return new RiskInput(engagement, maybeAudit, Exposure.none());
    }

    @Provide
    Arbitrary<RiskInput> inputs() {
        return Generators.inputs();
    }

    @Provide
    Arbitrary<ApprovedAudit> audits() {
        return Generators.audits();
    }
}
