package eu.nis2registry.scoring.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The exposure component. Every record gets an intensity in (0, 1] (kind, privilege, attribution,
 * depth, age). Records are taken from the most intense down, and each block of equally intense
 * records adds {@code intensity * (S(records so far) - S(records before))}, S being the saturating
 * logarithmic count curve. This is the "layer cake" integral over t of S(number of records at least
 * as intense as t): monotonic in every input, and exactly proportional to a common decay of all
 * records, so a leak one year older (half-lives of at most 365 days) weighs at most half.
 */
final class ExposureModel {

    private static final Comparator<GroupKey> GROUP_ORDER = Comparator
            .comparing(GroupKey::code)
            .thenComparingInt(GroupKey::depth)
            .thenComparing(GroupKey::supplier);

    private static final Comparator<ExposureBucket> BUCKET_ORDER = Comparator
            .comparing(ExposureBucket::supplier)
            .thenComparingInt(ExposureBucket::depth)
            .thenComparing(ExposureBucket::kind)
            .thenComparing(ExposureBucket::compromisedOn)
            .thenComparing(ExposureBucket::privileged)
            .thenComparing(ExposureBucket::attributed)
            .thenComparingLong(ExposureBucket::count)
            .thenComparingDouble(ExposureBucket::stealerShare);

    private final ScoringModel.ExposureWeights weights;

    ExposureModel(ScoringModel.ExposureWeights weights) {
        this.weights = weights;
    }

    /** Factor group: one line of the explanation. Subcontractors are grouped per supplier. */
    record GroupKey(FactorCode code, int depth, String supplier) {
    }

    /** What a factor line says about its observations, and its unrounded points. */
    static final class Group {
        long count;
        long privileged;
        long attributed;
        long cookies;
        double stealerRecords;
        LocalDate newest;
        double points;

        private void add(ExposureBucket bucket) {
            count += bucket.count();
            if (bucket.privileged()) {
                privileged += bucket.count();
            }
            if (bucket.attributed()) {
                attributed += bucket.count();
            }
            if (bucket.kind() == ObservationKind.STEALER_LOG_WITH_COOKIES) {
                cookies += bucket.count();
            }
            stealerRecords += bucket.count() * bucket.stealerShare();
            if (newest == null || bucket.compromisedOn().isAfter(newest)) {
                newest = bucket.compromisedOn();
            }
        }
    }

    /**
     * One step of the layer cake, for explaining the component line by line.
     *
     * @param stealerPart   the infostealer share of an aggregate (false: its rest, or an observation bucket)
     * @param curveBefore   S of the records counted before this block of equally intense records
     * @param curveAfter    S once the block is counted
     * @param points        exposure points this part contributes
     */
    record Row(GroupKey key, ExposureBucket bucket, boolean stealerPart, double intensity, double records,
            double curveBefore, double curveAfter, double points) {
    }

    record Outcome(double points, Map<GroupKey, Group> groups, List<Row> rows) {
    }

    private record Part(GroupKey key, ExposureBucket bucket, boolean stealerPart, double intensity, double count) {
    }

    private static final Comparator<Part> PART_ORDER = Comparator
            .comparingDouble(Part::intensity).reversed()
            .thenComparing(Part::key, GROUP_ORDER)
            .thenComparing(Part::bucket, BUCKET_ORDER)
            .thenComparing(Part::stealerPart);

    Outcome compute(List<ExposureBucket> buckets, LocalDate asOf) {
        Map<GroupKey, Group> groups = new TreeMap<>(GROUP_ORDER);
        List<Part> parts = new ArrayList<>();
        // A fixed processing order makes the result independent of the order the service lists buckets in.
        for (ExposureBucket bucket : buckets.stream().sorted(BUCKET_ORDER).toList()) {
            if (bucket.count() == 0) {
                continue;
            }
            GroupKey key = groupOf(bucket);
            groups.computeIfAbsent(key, k -> new Group()).add(bucket);
            parts.addAll(partsOf(bucket, key, asOf));
        }
        parts.sort(PART_ORDER);

        List<Row> rows = new ArrayList<>(parts.size());
        double total = 0;
        double counted = 0;
        int i = 0;
        while (i < parts.size()) {
            // Records of equal intensity share their layer in proportion to their counts, so the
            // split between factor lines does not depend on the order of ties.
            int end = i;
            double blockCount = 0;
            while (end < parts.size() && parts.get(end).intensity() == parts.get(i).intensity()) {
                blockCount += parts.get(end).count();
                end++;
            }
            double curveBefore = saturation(counted);
            double curveAfter = saturation(counted + blockCount);
            double layer = parts.get(i).intensity() * (curveAfter - curveBefore);
            for (int j = i; j < end; j++) {
                Part part = parts.get(j);
                double points = weights.max() * layer * (part.count() / blockCount);
                groups.get(part.key()).points += points;
                rows.add(new Row(part.key(), part.bucket(), part.stealerPart(), part.intensity(), part.count(),
                        curveBefore, curveAfter, points));
            }
            total += layer;
            counted += blockCount;
            i = end;
        }
        return new Outcome(weights.max() * total, groups, rows);
    }

    /** S(n): 0 for none, about 1/5 for one record, one more fifth per tenfold, 1 from countSaturation on. */
    double saturation(double records) {
        if (records <= 0) {
            return 0;
        }
        double value = StrictMath.log10(1 + 9 * records) / StrictMath.log10(1 + 9 * weights.countSaturation());
        return Math.min(1.0, value);
    }

    /** Intensity of one record of the given kind and flags: all multipliers lie in (0, 1]. */
    double intensity(double kindWeight, double halfLifeDays, ExposureBucket bucket, LocalDate asOf) {
        // A date after the scoring date (clock skew, bad feed data) counts as today.
        long ageDays = Math.max(0, ChronoUnit.DAYS.between(bucket.compromisedOn(), asOf));
        double value = kindWeight;
        value *= bucket.privileged() ? 1.0 : weights.unprivilegedFactor();
        value *= bucket.attributed() ? 1.0 : weights.unattributedFactor();
        value *= StrictMath.pow(weights.depthFactor(), bucket.depth());
        value *= StrictMath.pow(2.0, -ageDays / halfLifeDays);
        return value;
    }

    private List<Part> partsOf(ExposureBucket bucket, GroupKey key, LocalDate asOf) {
        ObservationKind kind = bucket.kind();
        if (kind != ObservationKind.AGGREGATE_ONLY) {
            double w = intensity(weights.weight(kind), weights.halfLifeDays(kind), bucket, asOf);
            return List.of(new Part(key, bucket, false, w, bucket.count()));
        }
        // The stealer share of an aggregate counts as unverified stealer logs, the rest as the
        // least informative kind; both decay like what they are.
        List<Part> parts = new ArrayList<>(2);
        double stealer = bucket.count() * bucket.stealerShare();
        double rest = bucket.count() - stealer;
        if (stealer > 0) {
            double w = intensity(weights.weightAggregateStealerShare(),
                    weights.halfLifeDays(ObservationKind.STEALER_LOG), bucket, asOf);
            parts.add(new Part(key, bucket, true, w, stealer));
        }
        if (rest > 0) {
            double w = intensity(weights.weight(kind), weights.halfLifeDays(kind), bucket, asOf);
            parts.add(new Part(key, bucket, false, w, rest));
        }
        return parts;
    }

    private static GroupKey groupOf(ExposureBucket bucket) {
        if (bucket.depth() > 0) {
            return new GroupKey(FactorCode.SUBCONTRACTOR_EXPOSURE, bucket.depth(), bucket.supplier());
        }
        FactorCode code = switch (bucket.kind()) {
            case STEALER_LOG_WITH_COOKIES -> bucket.privileged()
                    ? FactorCode.PRIVILEGED_STEALER_LOG : FactorCode.STEALER_LOG_COOKIES;
            case STEALER_LOG -> bucket.privileged() ? FactorCode.PRIVILEGED_STEALER_LOG : FactorCode.STEALER_LOG;
            case COMBOLIST -> FactorCode.COMBOLIST;
            case BREACH -> FactorCode.BREACH;
            case AGGREGATE_ONLY -> FactorCode.AGGREGATE_LEAK;
        };
        return new GroupKey(code, 0, "");
    }
}
