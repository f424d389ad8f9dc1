package eu.nis2registry.scoring.engine;

import eu.nis2registry.inventory.DataCategory;
import eu.nis2registry.inventory.Access;
import eu.nis2registry.inventory.Criticality;
import eu.nis2registry.inventory.Nis2Category;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Seeded generator of adversarial engine inputs: audit scores on rounding boundaries, counts around
 * the saturation point and far beyond, dates straddling the audit, its due date and the 30-day window,
 * few supplier names so curves collide. One instance per case, derived from the test's seed and the
 * case index, so a failing case can be rebuilt on its own with {@link #forCase(long, int)}.
 */
final class RiskInputs {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);
    static final List<String> SUPPLIERS = List.of("MediReg", "ITServ", "CloudCare", "RemoteDesk");
    static final List<String> KNOCK_OUTS = List.of("MFA-01", "MFA-02", "EDR-01", "BCK-03", "SES-02", "AUD-01");
    static final List<Integer> INTERVALS = List.of(1, 6, 12, 24, 36);

    /** Share of draws taken from the edges of a range rather than from inside it. */
    private static final double EDGE_SHARE = 0.15;
    private static final List<Double> SPECIAL_AUDIT_SCORES = specialAuditScores();

    private final Random random;

    private RiskInputs(long seed) {
        this.random = new Random(seed);
    }

    static RiskInputs forCase(long seed, int index) {
        return new RiskInputs(mix(seed, index));
    }

    /** SplitMix64's finaliser: neighbouring case indexes get unrelated streams. */
    private static long mix(long seed, int index) {
        long z = seed + 0x9E3779B97F4A7C15L * (index + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Audit scores whose gap points (15 * (1 - score) by default) end in exactly one half. */
    private static List<Double> specialAuditScores() {
        List<Double> scores = new ArrayList<>(List.of(0.0, 1.0, 0.9, 0.5));
        for (int k = 0; k < 15; k++) {
            scores.add(1 - (2 * k + 1) / 30.0);
        }
        return List.copyOf(scores);
    }


    /** An int in [min, max]; now and then min, max or one of the given edges. */
    int between(int min, int max, int... edges) {
        if (random.nextDouble() < EDGE_SHARE) {
            int pick = random.nextInt(edges.length + 2);
            return pick == 0 ? min : pick == 1 ? max : edges[pick - 2];
        }
        return min + random.nextInt(max - min + 1);
    }

    /** A long in [min, max]; now and then min or max. */
    long longBetween(long min, long max) {
        if (random.nextDouble() < EDGE_SHARE) {
            return random.nextBoolean() ? min : max;
        }
        return random.nextLong(min, max + 1);
    }

    /** A decimal in [0, 1] with the given number of digits; now and then 0, 1 or one of the specials. */
    double share(int digits, List<Double> specials) {
        if (random.nextDouble() < EDGE_SHARE) {
            int pick = random.nextInt(specials.size() + 2);
            return pick == 0 ? 0.0 : pick == 1 ? 1.0 : specials.get(pick - 2);
        }
        int scale = (int) Math.pow(10, digits);
        return random.nextInt(scale + 1) / (double) scale;
    }

    boolean bool() {
        return random.nextBoolean();
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T oneOf(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    <E extends Enum<E>> E oneOf(Class<E> type) {
        E[] values = type.getEnumConstants();
        return values[random.nextInt(values.length)];
    }

    /** Index of the alternative chosen, each with the given relative weight. */
    int weighted(int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int draw = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        throw new IllegalStateException("weights must be positive");
    }


    LocalDate asOf() {
        return AS_OF.plusDays(between(-800, 800, -1, 0, 1));
    }

    Set<DataCategory> dataCategories() {
        if (chance(EDGE_SHARE)) {
            return bool() ? EnumSet.noneOf(DataCategory.class) : EnumSet.allOf(DataCategory.class);
        }
        Set<DataCategory> data = EnumSet.noneOf(DataCategory.class);
        for (DataCategory category : DataCategory.values()) {
            if (bool()) {
                data.add(category);
            }
        }
        return data;
    }

    EngagementProfile engagement() {
        return new EngagementProfile(dataCategories(), oneOf(Access.class), oneOf(Criticality.class),
                oneOf(Nis2Category.class));
    }

    double auditScore() {
        return share(4, SPECIAL_AUDIT_SCORES);
    }

    List<String> knockOuts() {
        int size = between(0, 4);
        List<String> failed = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            failed.add(oneOf(KNOCK_OUTS));
        }
        return failed;
    }

    /** Mostly anywhere in four years; now and then just around the due date or the fully faded date. */
    LocalDate approvalDate(int intervalMonths) {
        if (chance(EDGE_SHARE)) {
            int periods = bool() ? 1 : 2;
            return AS_OF.minusMonths((long) periods * intervalMonths).plusDays(between(-2, 2));
        }
        return AS_OF.plusDays(between(-1500, 60, 0));
    }

    ApprovedAudit audit() {
        double score = auditScore();
        List<String> failed = knockOuts();
        int interval = oneOf(INTERVALS);
        return new ApprovedAudit(score, failed, approvalDate(interval), interval, bool());
    }

    long count() {
        return switch (weighted(5, 3, 1)) {
            case 0 -> longBetween(0, 30);
            case 1 -> longBetween(0, 20_000);
            default -> oneOf(List.of(9_999L, 10_000L, 10_001L, 71_000L, 5_000_000_000L));
        };
    }

    /** Compromise dates from ten years back to a little in the future, often inside the 30-day window. */
    LocalDate compromiseDate() {
        int days = switch (weighted(3, 5, 1)) {
            case 0 -> between(-40, 0, -31, -30, -29);
            case 1 -> between(-3650, 0, -366, -365, -364);
            default -> between(1, 30);
        };
        return AS_OF.plusDays(days);
    }

    ExposureBucket bucket() {
        String supplier = oneOf(SUPPLIERS);
        int depth = between(0, 4);
        if (weighted(4, 1) == 0) {
            ObservationKind kind = oneOf(List.of(ObservationKind.STEALER_LOG_WITH_COOKIES, ObservationKind.STEALER_LOG,
                    ObservationKind.COMBOLIST, ObservationKind.BREACH));
            return ExposureBucket.observations(supplier, depth, kind, compromiseDate(), bool(), bool(), count());
        }
        return ExposureBucket.aggregate(supplier, depth, compromiseDate(), bool(), bool(), count(),
                share(3, List.of()));
    }

    /** A bucket that holds at least one record. */
    ExposureBucket leak() {
        ExposureBucket bucket = bucket();
        while (bucket.count() == 0) {
            bucket = bucket();
        }
        return bucket;
    }

    List<ExposureBucket> buckets() {
        int size = between(0, 10);
        List<ExposureBucket> buckets = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            buckets.add(bucket());
        }
        return buckets;
    }

    Exposure exposure() {
        Optional<LocalDate> newestStealerLog = chance(0.6) ? Optional.of(compromiseDate()) : Optional.empty();
        return new Exposure(buckets(), newestStealerLog);
    }

    /** An exposure whose records all lie in the past, so that every record decays with age. */
    Exposure pastExposure() {
        Exposure e = exposure();
        return new Exposure(e.buckets().stream()
                .map(b -> b.compromisedOn().isAfter(AS_OF) ? withDate(b, AS_OF) : b)
                .toList(), e.newestStealerLogOnSupplierHosts());
    }

    RiskInput input() {
        EngagementProfile engagement = engagement();
        Optional<ApprovedAudit> audit = chance(0.7) ? Optional.of(audit()) : Optional.empty();
        Exposure exposure = exposure();
        if (audit.isPresent() && chance(EDGE_SHARE)) {
            // A stealer log of the day before, of, or after the approval: the edge of "newer than the audit".
            LocalDate aroundApproval = audit.get().approvedOn().plusDays(between(-1, 1));
            exposure = new Exposure(exposure.buckets(), Optional.of(aroundApproval));
        }
        return new RiskInput(engagement, audit, exposure);
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


    /** A readable, complete account of a generated value, for failure messages: one bucket a line. */
    static String describe(Object value) {
        return describe(value, "");
    }

    private static String describe(Object value, String indent) {
        if (value instanceof RiskInput in) {
            return "\n" + indent + "  engagement: " + describe(in.engagement(), indent + "  ")
                    + "\n" + indent + "  audit: " + describe(in.audit(), indent + "  ")
                    + "\n" + indent + "  exposure: " + describe(in.exposure(), indent + "  ");
        }
        if (value instanceof EngagementProfile e) {
            return "data " + e.dataCategories() + ", access " + e.access() + ", criticality " + e.criticality()
                    + ", NIS2 " + e.nis2Category();
        }
        if (value instanceof ApprovedAudit a) {
            return "score " + a.score() + ", failed knock-outs " + a.failedKnockOuts() + ", approved "
                    + describe(a.approvedOn(), indent) + ", reassessed every " + a.reassessmentIntervalMonths()
                    + " months, MFA " + (a.mfaEnforcedClaimed() ? "claimed" : "not claimed");
        }
        if (value instanceof Exposure x) {
            String buckets = x.buckets().stream()
                    .map(b -> "\n" + indent + "  - " + describe(b, indent))
                    .collect(Collectors.joining());
            return x.buckets().size() + " bucket(s), newest stealer log on supplier hosts "
                    + describe(x.newestStealerLogOnSupplierHosts(), indent) + buckets;
        }
        if (value instanceof ExposureBucket b) {
            String share = b.kind() == ObservationKind.AGGREGATE_ONLY ? ", stealer share " + b.stealerShare() : "";
            return b.supplier() + " depth " + b.depth() + " " + b.kind() + " " + describe(b.compromisedOn(), indent)
                    + (b.privileged() ? " privileged" : " unprivileged")
                    + (b.attributed() ? " attributed" : " unattributed") + " count " + b.count() + share;
        }
        if (value instanceof LocalDate d) {
            long days = ChronoUnit.DAYS.between(AS_OF, d);
            return d + " (AS_OF" + (days >= 0 ? "+" : "") + days + "d)";
        }
        if (value instanceof Optional<?> o) {
            return o.map(v -> describe(v, indent)).orElse("none");
        }
        if (value instanceof Record r) {
            return describeComponents(r, indent);
        }
        return String.valueOf(value);
    }

    /** The components of a test's case record, one a line. */
    private static String describeComponents(Record r, String indent) {
        StringBuilder out = new StringBuilder();
        for (RecordComponent component : r.getClass().getRecordComponents()) {
            Object value;
            try {
                component.getAccessor().setAccessible(true);
                value = component.getAccessor().invoke(r);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component.getName() + " of " + r.getClass(), e);
            }
            String text = describe(value, indent + "  ");
            out.append('\n').append(indent).append("  ").append(component.getName()).append(':')
                    .append(text.startsWith("\n") ? "" : " ").append(text);
        }
        return out.toString();
    }
}
