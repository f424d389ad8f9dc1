package eu.nis2registry.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** SCORING.md properties 4 and 5: evidence that forces a tier of at least HIGH. */
class FloorProperties {

    private final RiskEngine engine = new RiskEngine(ScoringModel.defaults());

    @Property(tries = 1000)
    void failedKnockOutInTheNewestApprovedAuditMeansAtLeastHigh(@ForAll("inputs") RiskInput input,
            @ForAll("audits") ApprovedAudit audit, @ForAll("knockOuts") String knockOut) {
        List<String> failed = new ArrayList<>(audit.failedKnockOuts());
        failed.add(knockOut);
        ApprovedAudit failing = new ApprovedAudit(audit.score(), failed, audit.approvedOn(),
                audit.reassessmentIntervalMonths(), audit.mfaEnforcedClaimed());

        RiskResult result = engine.score(Generators.withAudit(input, Optional.of(failing)), Generators.AS_OF);

        assertThat(result.tier()).isGreaterThanOrEqualTo(Tier.HIGH);
        assertThat(result.factors()).extracting(Factor::code).contains(FactorCode.KNOCKOUT_FAILED);
    }

    @Property(tries = 1000)
    void freshPrivilegedStealerLogAtASupplierWithPrivilegedAccessMeansAtLeastHigh(@ForAll("inputs") RiskInput input,
            @ForAll @IntRange(min = 0, max = 30) int ageDays, @ForAll @LongRange(min = 1, max = 100_000) long count,
            @ForAll("stealerKinds") ObservationKind kind, @ForAll boolean attributed) {
        EngagementProfile e = input.engagement();
        EngagementProfile privileged = new EngagementProfile(e.dataCategories(), Access.PRIVILEGED, e.criticality(),
                e.nis2Category());
        List<ExposureBucket> buckets = new ArrayList<>(input.exposure().buckets());
        buckets.add(ExposureBucket.observations("ITServ", 0, kind, Generators.AS_OF.minusDays(ageDays), true,
                attributed, count));
        RiskInput withLeak = Generators.withExposure(Generators.withEngagement(input, privileged), buckets);

        RiskResult result = engine.score(withLeak, Generators.AS_OF);

        assertThat(result.tier()).isGreaterThanOrEqualTo(Tier.HIGH);
    }

    @Provide
    Arbitrary<RiskInput> inputs() {
        return Generators.inputs();
    }

    @Provide
    Arbitrary<ApprovedAudit> audits() {
        return Generators.audits();
    }

    @Provide
    Arbitrary<String> knockOuts() {
        return Arbitraries.of("MFA-01", "EDR-01", "BCK-03");
    }

    @Provide
    Arbitrary<ObservationKind> stealerKinds() {
        return Arbitraries.of(ObservationKind.STEALER_LOG, ObservationKind.STEALER_LOG_WITH_COOKIES);
    }
}
