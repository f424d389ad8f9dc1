package eu.nis2registry.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * SCORING.md property 6: the audit claims MFA everywhere, yet stealer logs newer than the audit
 * hold credentials for the supplier's hosts: factor CLAIM_CONTRADICTED and the flag for a finding.
 */
class ClaimVersusObservedProperties {

    private final RiskEngine engine = new RiskEngine(ScoringModel.defaults());

    @Property(tries = 1000)
    void stealerLogsNewerThanAnMfaClaimContradictIt(@ForAll("inputs") RiskInput input,
            @ForAll("audits") ApprovedAudit audit, @ForAll @IntRange(min = -400, max = 400) int daysAfterApproval) {
        Exposure exposure = new Exposure(input.exposure().buckets(),
                Optional.of(audit.approvedOn().plusDays(daysAfterApproval)));
        RiskResult result = engine.score(new RiskInput(input.engagement(), Optional.of(audit), exposure),
                Generators.AS_OF);

        boolean newerThanAudit = daysAfterApproval > 0;
        boolean contradicted = newerThanAudit && audit.mfaEnforcedClaimed();
        assertThat(result.claimContradicted()).isEqualTo(contradicted);
        assertThat(result.factors().stream().anyMatch(f -> f.code() == FactorCode.CLAIM_CONTRADICTED))
                .isEqualTo(contradicted);
        assertThat(result.factors().stream().anyMatch(f -> f.code() == FactorCode.STEALER_LOGS_WITHOUT_MFA))
                .isEqualTo(newerThanAudit && !audit.mfaEnforcedClaimed());
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
