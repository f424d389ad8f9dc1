package eu.nis2registry.scoring.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Adversarial inputs: boundary audit scores, counts around the saturation point and beyond, dates
 * straddling the audit and the 30-day window, few supplier names so curves collide.
 */
final class Generators {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);
    static final List<String> SUPPLIERS = List.of("MediReg", "ITServ", "CloudCare", "RemoteDesk");

    private Generators() {
    }

    static Arbitrary<LocalDate> asOfDates() {
        return Arbitraries.integers().between(-800, 800).map(AS_OF::plusDays);
    }

    static Arbitrary<EngagementProfile> engagements() {
        return Combinators.combine(
                        Arbitraries.subsetOf(DataCategory.values()),
                        Arbitraries.of(Access.class),
                        Arbitraries.of(Criticality.class),
                        Arbitraries.of(Nis2Category.class))
                .as(EngagementProfile::new);
    }

    static Arbitrary<Double> auditScores() {
        return Arbitraries.doubles().between(0, 1).ofScale(4)
                .withSpecialValue(0.0).withSpecialValue(1.0).withSpecialValue(0.9).withSpecialValue(0.5);
    }

    static Arbitrary<ApprovedAudit> audits() {
        return Combinators.combine(
                        auditScores(),
                        Arbitraries.of("MFA-01", "MFA-02", "EDR-01", "BCK-03", "SES-02", "AUD-01").list().ofMaxSize(4),
                        Arbitraries.integers().between(-1500, 60).map(AS_OF::plusDays),
                        Arbitraries.of(1, 6, 12, 24, 36),
                        Arbitraries.of(true, false))
                .as(ApprovedAudit::new);
    }

    static Arbitrary<Long> counts() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.longs().between(0, 30)),
                Tuple.of(3, Arbitraries.longs().between(0, 20_000)),
                Tuple.of(1, Arbitraries.of(9_999L, 10_000L, 10_001L, 71_000L, 5_000_000_000L)));
    }

    /** Compromise dates from ten years back to a little in the future. */
    static Arbitrary<LocalDate> compromiseDates() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(-40, 0)),
                Tuple.of(5, Arbitraries.integers().between(-3650, 0)),
                Tuple.of(1, Arbitraries.integers().between(1, 30)))
                .map(AS_OF::plusDays);
    }

    static Arbitrary<ExposureBucket> buckets() {
        Arbitrary<ExposureBucket> observations = Combinators.combine(
                        Arbitraries.of(SUPPLIERS),
                        Arbitraries.integers().between(0, 4),
                        Arbitraries.of(ObservationKind.STEALER_LOG_WITH_COOKIES, ObservationKind.STEALER_LOG,
                                ObservationKind.COMBOLIST, ObservationKind.BREACH),
                        compromiseDates(),
                        Arbitraries.of(true, false),
                        Arbitraries.of(true, false),
                        counts())
                .as(ExposureBucket::observations);
        Arbitrary<ExposureBucket> aggregates = Combinators.combine(
                        Arbitraries.of(SUPPLIERS),
                        Arbitraries.integers().between(0, 4),
                        compromiseDates(),
                        Arbitraries.of(true, false),
                        Arbitraries.of(true, false),
                        counts(),
                        Arbitraries.doubles().between(0, 1).ofScale(3).withSpecialValue(0.0).withSpecialValue(1.0))
                .as(ExposureBucket::aggregate);
        return Arbitraries.frequencyOf(Tuple.of(4, observations), Tuple.of(1, aggregates));
    }

    static Arbitrary<Exposure> exposures() {
        return Combinators.combine(
                        buckets().list().ofMaxSize(10),
                        compromiseDates().optional(0.6))
                .as(Exposure::new);
    }

    /** Exposures whose records all lie in the past, so that every record decays with age. */
    static Arbitrary<Exposure> pastExposures() {
        return exposures().map(e -> new Exposure(e.buckets().stream()
                .map(b -> b.compromisedOn().isAfter(AS_OF) ? withDate(b, AS_OF) : b)
                .toList(), e.newestStealerLogOnSupplierHosts()));
    }

    static Arbitrary<RiskInput> inputs() {
        return Combinators.combine(engagements(), audits().optional(0.7), exposures()).as(RiskInput::new);
    }

    static ExposureBucket withDate(ExposureBucket b, LocalDate date) {
        return new ExposureBucket(b.supplier(), b.depth(), b.kind(), date, b.privileged(), b.attributed(), b.count(),
                b.stealerShare());
    }

    static ExposureBucket withDepth(ExposureBucket b, int depth) {
        return new ExposureBucket(b.supplier(), depth, b.kind(), b.compromisedOn(), b.privileged(), b.attributed(),
                b.count(), b.stealerShare());
    }

    static RiskInput withExposure(RiskInput input, List<ExposureBucket> buckets) {
        return new RiskInput(input.engagement(), input.audit(),
                new Exposure(buckets, input.exposure().newestStealerLogOnSupplierHosts()));
    }

    static RiskInput withEngagement(RiskInput input, EngagementProfile engagement) {
        return new RiskInput(engagement, input.audit(), input.exposure());
    }

    static RiskInput withAudit(RiskInput input, Optional<ApprovedAudit> audit) {
        return new RiskInput(input.engagement(), audit, input.exposure());
    }

    static EngagementProfile engagement(Set<DataCategory> data, Access access, Criticality criticality, Nis2Category nis2) {
        return new EngagementProfile(data, access, criticality, nis2);
    }
}
