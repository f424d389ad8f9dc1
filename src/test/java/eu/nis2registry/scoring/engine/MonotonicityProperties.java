package eu.nis2registry.scoring.engine;

import eu.nis2registry.inventory.DataCategory;
import eu.nis2registry.inventory.Access;
import eu.nis2registry.inventory.Criticality;
import eu.nis2registry.inventory.Nis2Category;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

/**
 * SCORING.md property 2: more exposure, a more sensitive data category, wider access or a worse
 * answer never lowers the score. One random worsening is applied to a random input; neither the
 * score nor any single component may fall.
 */
class MonotonicityProperties {

    private final RiskEngine engine = new RiskEngine(ScoringModel.defaults());
    private static final ScoringModel.InherentWeights WEIGHTS = ScoringModel.defaults().inherent();

    /** A change that makes the input worse; its description names it in a failure message. */
    static final class Worsening {
        private final String description;
        private final UnaryOperator<RiskInput> apply;

        Worsening(String description, UnaryOperator<RiskInput> apply) {
            this.description = description;
            this.apply = apply;
        }

        RiskInput apply(RiskInput input) {
            return apply.apply(input);
        }

        @Override
        public String toString() {
            return description;
        }
    }

    record Case(RiskInput input, Worsening worsening) {
    }

    @Test
    void aWorseInputNeverLowersTheScore() {
        PropertyCheck.forAll(0x5C0_0002L, 10_000, gen -> new Case(gen.input(), worsening(gen)), c -> {
            RiskInput worse = c.worsening().apply(c.input());

            RiskResult before = engine.score(c.input(), RiskInputs.AS_OF);
            RiskResult after = engine.score(worse, RiskInputs.AS_OF);

            assertThat(after.score()).as(c.worsening().toString()).isGreaterThanOrEqualTo(before.score());
            assertThat(after.components().inherent()).isGreaterThanOrEqualTo(before.components().inherent() - 1e-9);
            assertThat(after.components().controls()).isGreaterThanOrEqualTo(before.components().controls() - 1e-9);
            assertThat(after.components().exposure()).isGreaterThanOrEqualTo(before.components().exposure() - 1e-9);
        });
    }

    /** The kinds of worsening, each as likely as the next; a bucket is picked by index, modulo the list. */
    private static final List<Function<RiskInputs, Worsening>> WORSENINGS = List.of(
            gen -> {
                ExposureBucket b = gen.bucket();
                return new Worsening("add " + RiskInputs.describe(b), in -> addBucket(in, b));
            },
            gen -> {
                int i = gen.between(0, 15);
                long d = gen.count();
                return new Worsening("count +" + d + " at " + i, in -> mapBucket(in, i, b -> withCount(b, b.count() + d)));
            },
            gen -> {
                int i = gen.between(0, 15);
                int days = gen.between(1, 900);
                return new Worsening(days + " days newer at " + i,
                        in -> mapBucket(in, i, b -> RiskInputs.withDate(b, b.compromisedOn().plusDays(days))));
            },
            gen -> {
                int i = gen.between(0, 15);
                return new Worsening("privileged at " + i, in -> mapBucket(in, i, b -> withFlags(b, true, b.attributed())));
            },
            gen -> {
                int i = gen.between(0, 15);
                return new Worsening("attributed at " + i, in -> mapBucket(in, i, b -> withFlags(b, b.privileged(), true)));
            },
            gen -> {
                int i = gen.between(0, 15);
                return new Worsening("one level up the chain at " + i,
                        in -> mapBucket(in, i, b -> RiskInputs.withDepth(b, Math.max(0, b.depth() - 1))));
            },
            gen -> {
                int i = gen.between(0, 15);
                return new Worsening("more dangerous kind at " + i,
                        in -> mapBucket(in, i, MonotonicityProperties::moreDangerousKind));
            },
            gen -> {
                int i = gen.between(0, 15);
                double d = gen.share(3, List.of());
                return new Worsening("stealer share +" + d + " at " + i, in -> mapBucket(in, i, b -> moreStealerShare(b, d)));
            },
            gen -> {
                DataCategory c = gen.oneOf(DataCategory.class);
                return new Worsening("more sensitive data " + c, in -> moreSensitiveData(in, c));
            },
            gen -> {
                DataCategory c = gen.oneOf(DataCategory.class);
                return new Worsening("further data " + c, in -> addData(in, c));
            },
            gen -> new Worsening("wider access", MonotonicityProperties::widerAccess),
            gen -> new Worsening("higher criticality", MonotonicityProperties::higherCriticality),
            gen -> new Worsening("stricter NIS2 category", MonotonicityProperties::stricterNis2),
            gen -> {
                double d = gen.share(4, List.of());
                return new Worsening("audit score -" + d,
                        in -> mapAudit(in, a -> new ApprovedAudit(Math.max(0, a.score() - d), a.failedKnockOuts(),
                                a.approvedOn(), a.reassessmentIntervalMonths(), a.mfaEnforcedClaimed())));
            },
            gen -> {
                String ko = gen.oneOf(List.of("MFA-01", "EDR-01", "NEW-KO"));
                return new Worsening("failed knock-out " + ko,
                        in -> mapAudit(in, a -> new ApprovedAudit(a.score(), append(a.failedKnockOuts(), ko),
                                a.approvedOn(), a.reassessmentIntervalMonths(), a.mfaEnforcedClaimed())));
            },
            gen -> new Worsening("MFA no longer claimed",
                    in -> mapAudit(in, a -> new ApprovedAudit(a.score(), a.failedKnockOuts(), a.approvedOn(),
                            a.reassessmentIntervalMonths(), false))),
            gen -> {
                int days = gen.between(1, 2000);
                return new Worsening("stealer log on the supplier's hosts " + days + " days newer",
                        in -> newerStealerLog(in, days));
            });

    private static Worsening worsening(RiskInputs gen) {
        return gen.oneOf(WORSENINGS).apply(gen);
    }

    private static RiskInput addBucket(RiskInput in, ExposureBucket bucket) {
        return RiskInputs.withExposure(in, append(in.exposure().buckets(), bucket));
    }

    private static RiskInput mapBucket(RiskInput in, int index, UnaryOperator<ExposureBucket> change) {
        List<ExposureBucket> buckets = new ArrayList<>(in.exposure().buckets());
        if (buckets.isEmpty()) {
            return in;
        }
        int i = index % buckets.size();
        buckets.set(i, change.apply(buckets.get(i)));
        return RiskInputs.withExposure(in, buckets);
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
        return RiskInputs.withEngagement(in, new EngagementProfile(data, e.access(), e.criticality(), e.nis2Category()));
    }

    private static RiskInput addData(RiskInput in, DataCategory category) {
        Set<DataCategory> data = EnumSet.noneOf(DataCategory.class);
        data.addAll(in.engagement().dataCategories());
        data.add(category);
        EngagementProfile e = in.engagement();
        return RiskInputs.withEngagement(in, new EngagementProfile(data, e.access(), e.criticality(), e.nis2Category()));
    }

    private static RiskInput widerAccess(RiskInput in) {
        EngagementProfile e = in.engagement();
        Access wider = Access.values()[Math.min(Access.values().length - 1, e.access().ordinal() + 1)];
        return RiskInputs.withEngagement(in, new EngagementProfile(e.dataCategories(), wider, e.criticality(), e.nis2Category()));
    }

    private static RiskInput higherCriticality(RiskInput in) {
        EngagementProfile e = in.engagement();
        Criticality higher = Criticality.values()[Math.min(Criticality.values().length - 1, e.criticality().ordinal() + 1)];
        return RiskInputs.withEngagement(in, new EngagementProfile(e.dataCategories(), e.access(), higher, e.nis2Category()));
    }

    private static RiskInput stricterNis2(RiskInput in) {
        EngagementProfile e = in.engagement();
        Nis2Category stricter = switch (e.nis2Category()) {
            case NONE -> Nis2Category.IMPORTANT;
            case IMPORTANT, ESSENTIAL -> Nis2Category.ESSENTIAL;
        };
        return RiskInputs.withEngagement(in, new EngagementProfile(e.dataCategories(), e.access(), e.criticality(), stricter));
    }

    private static RiskInput mapAudit(RiskInput in, UnaryOperator<ApprovedAudit> change) {
        return RiskInputs.withAudit(in, in.audit().map(change));
    }

    private static RiskInput newerStealerLog(RiskInput in, int days) {
        var newer = in.exposure().newestStealerLogOnSupplierHosts()
                .map(d -> d.plusDays(days))
                .orElse(RiskInputs.AS_OF.minusDays(2000).plusDays(days));
        return new RiskInput(in.engagement(), in.audit(), new Exposure(in.exposure().buckets(), Optional.of(newer)));
    }

    private static <T> List<T> append(List<T> list, T element) {
        List<T> copy = new ArrayList<>(list);
        copy.add(element);
        return copy;
    }
}
