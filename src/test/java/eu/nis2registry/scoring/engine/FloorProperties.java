package eu.nis2registry.scoring.engine;

import eu.nis2registry.inventory.Access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** SCORING.md properties 4 and 5: evidence that forces a tier of at least HIGH. */
class FloorProperties {

    private static final List<String> KNOCK_OUTS = List.of("MFA-01", "EDR-01", "BCK-03");
    private static final List<ObservationKind> STEALER_KINDS =
            List.of(ObservationKind.STEALER_LOG, ObservationKind.STEALER_LOG_WITH_COOKIES);

    private final RiskEngine engine = new RiskEngine(ScoringModel.defaults());

    record KnockOutCase(RiskInput input, ApprovedAudit audit, String knockOut) {
    }

    record StealerLogCase(RiskInput input, int ageDays, long count, ObservationKind kind, boolean attributed) {
    }

    @Test
    void failedKnockOutInTheNewestApprovedAuditMeansAtLeastHigh() {
        PropertyCheck.forAll(0x5C0_0004L, 10_000,
                gen -> new KnockOutCase(gen.input(), gen.audit(), gen.oneOf(KNOCK_OUTS)), c -> {
                    ApprovedAudit audit = c.audit();
                    List<String> failed = new ArrayList<>(audit.failedKnockOuts());
                    failed.add(c.knockOut());
                    ApprovedAudit failing = new ApprovedAudit(audit.score(), failed, audit.approvedOn(),
                            audit.reassessmentIntervalMonths(), audit.mfaEnforcedClaimed());

                    RiskResult result = engine.score(RiskInputs.withAudit(c.input(), Optional.of(failing)),
                            RiskInputs.AS_OF);

                    assertThat(result.tier()).isGreaterThanOrEqualTo(Tier.HIGH);
                    assertThat(result.factors()).extracting(Factor::code).contains(FactorCode.KNOCKOUT_FAILED);
                });
    }

    @Test
    void freshPrivilegedStealerLogAtASupplierWithPrivilegedAccessMeansAtLeastHigh() {
        PropertyCheck.forAll(0x5C0_0005L, 10_000,
                gen -> new StealerLogCase(gen.input(), gen.between(0, 30, 29), gen.longBetween(1, 100_000),
                        gen.oneOf(STEALER_KINDS), gen.bool()), c -> {
                    EngagementProfile e = c.input().engagement();
                    EngagementProfile privileged = new EngagementProfile(e.dataCategories(), Access.PRIVILEGED,
                            e.criticality(), e.nis2Category());
                    List<ExposureBucket> buckets = new ArrayList<>(c.input().exposure().buckets());
                    buckets.add(ExposureBucket.observations("ITServ", 0, c.kind(),
                            RiskInputs.AS_OF.minusDays(c.ageDays()), true, c.attributed(), c.count()));
                    RiskInput withLeak = RiskInputs.withExposure(RiskInputs.withEngagement(c.input(), privileged), buckets);

                    RiskResult result = engine.score(withLeak, RiskInputs.AS_OF);

                    assertThat(result.tier()).isGreaterThanOrEqualTo(Tier.HIGH);
                });
    }
}
