package eu.nis2registry.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * SCORING.md property 6: the audit claims MFA everywhere, yet stealer logs newer than the audit
 * hold credentials for the supplier's hosts: factor CLAIM_CONTRADICTED and the flag for a finding.
 */
class ClaimVersusObservedProperties {

    private final RiskEngine engine = new RiskEngine(ScoringModel.defaults());

    record Case(RiskInput input, ApprovedAudit audit, int daysAfterApproval) {
    }

    @Test
    void stealerLogsNewerThanAnMfaClaimContradictIt() {
        PropertyCheck.forAll(0x5C0_0006L, 10_000,
                gen -> new Case(gen.input(), gen.audit(), gen.between(-400, 400, -1, 0, 1)), c -> {
                    ApprovedAudit audit = c.audit();
                    Exposure exposure = new Exposure(c.input().exposure().buckets(),
                            Optional.of(audit.approvedOn().plusDays(c.daysAfterApproval())));
                    RiskResult result = engine.score(new RiskInput(c.input().engagement(), Optional.of(audit), exposure),
                            RiskInputs.AS_OF);

                    boolean newerThanAudit = c.daysAfterApproval() > 0;
                    boolean contradicted = newerThanAudit && audit.mfaEnforcedClaimed();
                    assertThat(result.claimContradicted()).as("claimContradicted").isEqualTo(contradicted);
                    assertThat(result.factors().stream().anyMatch(f -> f.code() == FactorCode.CLAIM_CONTRADICTED))
                            .as("factor CLAIM_CONTRADICTED").isEqualTo(contradicted);
                    assertThat(result.factors().stream().anyMatch(f -> f.code() == FactorCode.STEALER_LOGS_WITHOUT_MFA))
                            .as("factor STEALER_LOGS_WITHOUT_MFA").isEqualTo(newerThanAudit && !audit.mfaEnforcedClaimed());
                });
    }
}
