package eu.nis2registry.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * SCORING.md property 2: more exposure, a more sensitive data category, wider access or a worse
 * answer never lowers the score. One random worsening is applied to a random input; neither the
 * score nor any single component may fall.
 */
class MonotonicityProperties {

    private final RiskEngine engine = new RiskEngine(ScoringModel.defaults());
    private static final ScoringModel.InherentWeights WEIGHTS = ScoringModel.defaults().inherent();

    record Worsening(String description, UnaryOperator<RiskInput> apply) {
        @Override
        public String toString() {
            return description;
        }
    }

    @Property(tries = 3000)
    void aWorseInputNeverLowersTheScore(@ForAll("inputs") RiskInput input, @ForAll("worsenings") Worsening worsening) {
        RiskInput worse = worsening.apply().apply(input);

        RiskResult before = engine.score(input, Generators.AS_OF);
        RiskResult after = engine.score(worse, Generators.AS_OF);

        assertThat(after.score()).as(worsening.description()).isGreaterThanOrEqualTo(before.score());
        assertThat(after.components().inherent()).isGreaterThanOrEqualTo(before.components().inherent() - 1e-9);
        assertThat(after.components().controls()).isGreaterThanOrEqualTo(before.components().controls() - 1e-9);
        assertThat(after.components().exposure()).isGreaterThanOrEqualTo(before.components().exposure() - 1e-9);
    }

    @Provide
    Arbitrary<RiskInput> inputs() {
        return Generators.inputs();
    }

    @Provide
    Arbitrary<Worsening> worsenings() {
        Arbitrary<Integer> index = Arbitraries.integers().between(0, 15);
        return Arbitraries.oneOf(List.of(
                Generators.buckets().map(b -> new Worsening("add " + b, in -> addBucket(in, b))),
                Combinators.combine(index, Generators.counts()).as((i, d) -> new Worsening(
                        "count +" + d + " at " + i, in -> mapBucket(in, i, b -> withCount(b, b.count() + d)))),
                Combinators.combine(index, Arbitraries.integers().between(1, 900)).as((i, days) -> new Worsening(
                        days + " days newer at " + i,
                        in -> mapBucket(in, i, b -> Generators.withDate(b, b.compromisedOn().plusDays(days))))),
                index.map(i -> new Worsening("privileged at " + i, in -> mapBucket(in, i, b -> withFlags(b, true, b.attributed())))),
                index.map(i -> new Worsening("attributed at " + i, in -> mapBucket(in, i, b -> withFlags(b, b.privileged(), true)))),
                index.map(i -> new Worsening("one level up the chain at " + i,
                        in -> mapBucket(in, i, b -> Generators.withDepth(b, Math.max(0, b.depth() - 1))))),
                index.map(i -> new Worsening("more dangerous kind at " + i, in -> mapBucket(in, i, MonotonicityProperties::moreDangerousKind))),
                Combinators.combine(index, Arbitraries.doubles().between(0, 1).ofScale(3)).as((i, d) -> new Worsening(
                        "stealer share +" + d + " at " + i, in -> mapBucket(in, i, b -> moreStealerShare(b, d)))),
                Arbitraries.of(DataCategory.class).map(c -> new Worsening("more sensitive data " + c, in -> moreSensitiveData(in, c))),
                Arbitraries.of(DataCategory.class).map(c -> new Worsening("further data " + c, in -> addData(in, c))),
                Arbitraries.just(new Worsening("wider access", MonotonicityProperties::widerAccess)),
                Arbitraries.just(new Worsening("higher criticality", MonotonicityProperties::higherCriticality)),
                Arbitraries.just(new Worsening("stricter NIS2 category", MonotonicityProperties::stricterNis2)),
                Arbitraries.doubles().between(0, 1).ofScale(4).map(d -> new Worsening("audit score -" + d,
                        in -> mapAudit(in, a -> new ApprovedAudit(Math.max(0, a.score() - d), a.failedKnockOuts(),
                                a.approvedOn(), a.reassessmentIntervalMonths(), a.mfaEnforcedClaimed())))),
                Arbitraries.of("MFA-01", "EDR-01", "NEW-KO").map(ko -> new Worsening("failed knock-out " + ko,
                        in -> mapAudit(in, a -> new ApprovedAudit(a.score(), append(a.failedKnockOuts(), ko),
                                a.approvedOn(), a.reassessmentIntervalMonths(), a.mfaEnforcedClaimed())))),
                Arbitraries.just(new Worsening("MFA no longer claimed",
                        in -> mapAudit(in, a -> new ApprovedAudit(a.score(), a.failedKnockOuts(), a.approvedOn(),
                                a.reassessmentIntervalMonths(), false)))),
                Arbitraries.integers().between(1, 2000).map(days -> new Worsening(
                        "stealer log on the supplier's hosts " + days + " days newer", in -> newerStealerLog(in, days)))));
    }

    private static RiskInput addBucket(RiskInput in, ExposureBucket bucket) {
        return Generators.withExposure(in, append(in.exposure().buckets(), bucket));
    }

    private static RiskInput mapBucket(RiskInput in, int index, UnaryOperator<ExposureBucket> change) {
        List<ExposureBucket> buckets = new ArrayList<>(in.exposure().buckets());
        if (buckets.isEmpty()) {
            return in;
        }
        int i = index % buckets.size();
        buckets.set(i, change.apply(buckets.get(i)));
        return Generators.withExposure(in, buckets);
    }

    private static ExposureBucket withCount(ExposureBucket b, long count) {
        return new ExposureBucket(b.supplier(), b.depth(), b.kind(), b.compromisedOn(), b.privileged(), b.attributed(),
                count, b.stealerShare());
    }

    private static ExposureBucket withFlags(ExposureBucket b, boolean privileged, boolean attributed) {
        return new ExposureBucket(b.supplier(), b.depth(), b.kind(), b.compromisedOn(), privileged, attributed,
                b.count(), b.stealerShare());
    }

    /** One step up the kind order among individual observations; an aggregate is no observation kind. */
    private static ExposureBucket moreDangerousKind(ExposureBucket b) {
        if (b.kind() == ObservationKind.AGGREGATE_ONLY || b.kind().ordinal() == 0) {
            return b;
        }
        ObservationKind worse = ObservationKind.values()[b.kind().ordinal() - 1];
        return ExposureBucket.observations(b.supplier(), b.depth(), worse, b.compromisedOn(), b.privileged(),
                b.attributed(), b.count());
    }

    private static ExposureBucket moreStealerShare(ExposureBucket b, double delta) {
        if (b.kind() != ObservationKind.AGGREGATE_ONLY) {
            return b;
        }
        return ExposureBucket.aggregate(b.supplier(), b.depth(), b.compromisedOn(), b.privileged(), b.attributed(),
                b.count(), Math.min(1.0, b.stealerShare() + delta));
    }

    /** Replaces the least sensitive category by a more sensitive one, or adds it if there is none. */
    private static RiskInput moreSensitiveData(RiskInput in, DataCategory category) {
        Set<DataCategory> data = EnumSet.noneOf(DataCategory.class);
        data.addAll(in.engagement().dataCategories());
        if (data.contains(category)) {
            return in;
        }
        Optional<DataCategory> leastSensitive = data.stream().min(Comparator.comparingDouble(WEIGHTS::data));
        if (leastSensitive.isPresent()) {
            if (WEIGHTS.data(leastSensitive.get()) >= WEIGHTS.data(category)) {
                return in;
            }
            data.remove(leastSensitive.get());
        }
        data.add(category);
        EngagementProfile e = in.engagement();
        return Generators.withEngagement(in, new EngagementProfile(data, e.access(), e.criticality(), e.nis2Category()));
    }

    private static RiskInput addData(RiskInput in, DataCategory category) {
        Set<DataCategory> data = EnumSet.noneOf(DataCategory.class);
        data.addAll(in.engagement().dataCategories());
        data.add(category);
        EngagementProfile e = in.engagement();
        return Generators.withEngagement(in, new EngagementProfile(data, e.access(), e.criticality(), e.nis2Category()));
    }

    private static RiskInput widerAccess(RiskInput in) {
        EngagementProfile e = in.engagement();
        Access wider = Access.values()[Math.min(Access.values().length - 1, e.access().ordinal() + 1)];
        return Generators.withEngagement(in, new EngagementProfile(e.dataCategories(), wider, e.criticality(), e.nis2Category()));
    }

    private static RiskInput higherCriticality(RiskInput in) {
        EngagementProfile e = in.engagement();
        Criticality higher = Criticality.values()[Math.min(Criticality.values().length - 1, e.criticality().ordinal() + 1)];
        return Generators.withEngagement(in, new EngagementProfile(e.dataCategories(), e.access(), higher, e.nis2Category()));
    }

    private static RiskInput stricterNis2(RiskInput in) {
        EngagementProfile e = in.engagement();
        Nis2Category stricter = switch (e.nis2Category()) {
            case NONE -> Nis2Category.IMPORTANT;
            case IMPORTANT, ESSENTIAL -> Nis2Category.ESSENTIAL;
        };
        return Generators.withEngagement(in, new EngagementProfile(e.dataCategories(), e.access(), e.criticality(), stricter));
    }

    private static RiskInput mapAudit(RiskInput in, UnaryOperator<ApprovedAudit> change) {
        return Generators.withAudit(in, in.audit().map(change));
    }

    private static RiskInput newerStealerLog(RiskInput in, int days) {
        var newer = in.exposure().newestStealerLogOnSupplierHosts()
                .map(d -> d.plusDays(days))
                .orElse(Generators.AS_OF.minusDays(2000).plusDays(days));
        return new RiskInput(in.engagement(), in.audit(), new Exposure(in.exposure().buckets(), Optional.of(newer)));
    }

    private static <T> List<T> append(List<T> list, T element) {
        List<T> copy = new ArrayList<>(list);
        copy.add(element);
        return copy;
    }
}
