package eu.nis2registry.scoring.engine;

import eu.nis2registry.inventory.DataCategory;
import eu.nis2registry.inventory.Access;
import eu.nis2registry.inventory.Nis2Category;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The explainable risk model as a pure function: no clock, no I/O, no shared state. The same input,
 * date and model give the same result, to the bit (StrictMath, fixed orders everywhere).
 * The model is documented line by line in src/docs/scoring.md.
 */
public final class RiskEngine {

    /** Real points are rounded to this grid first, so float noise cannot tip a score over a half. */
    private static final double GRID = 1e6;

    private final ScoringModel model;
    private final ExposureModel exposureModel;

    public RiskEngine(ScoringModel model) {
        this.model = Objects.requireNonNull(model, "model");
        this.exposureModel = new ExposureModel(model.exposure());
    }

    public ScoringModel model() {
        return model;
    }

    public RiskResult score(RiskInput input, LocalDate asOf) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(asOf, "asOf");
        List<Contribution> lines = new ArrayList<>();
        double inherent = inherent(input.engagement(), lines);
        ControlsOutcome controls = controls(input, asOf, lines);
        double exposure = exposure(input.exposure(), asOf, lines);

        int beforeFloors = (int) Math.floor(onGrid(inherent + controls.points() + exposure) + 0.5);
        int[] points = largestRemainder(lines, beforeFloors);
        List<Factor> factors = new ArrayList<>(lines.size() + 2);
        for (int i = 0; i < lines.size(); i++) {
            factors.add(new Factor(lines.get(i).code(), lines.get(i).label(), points[i]));
        }
        int score = applyFloors(input, asOf, beforeFloors, factors);
        return new RiskResult(score, model.thresholds().tierOf(score),
                new Components(inherent, controls.points(), exposure), factors, model.version(),
                controls.claimContradicted());
    }

    private record Contribution(FactorCode code, String label, double points) {
    }

    private record ControlsOutcome(double points, boolean claimContradicted) {
    }


    private double inherent(EngagementProfile engagement, List<Contribution> lines) {
        ScoringModel.InherentWeights w = model.inherent();
        double total = 0;
        if (!engagement.dataCategories().isEmpty()) {
            List<DataCategory> bySensitivity = engagement.dataCategories().stream()
                    .sorted(Comparator.comparingDouble(w::data).reversed().thenComparing(Comparator.naturalOrder()))
                    .toList();
            // The most sensitive category counts fully; each further one adds a little.
            double points = w.data(bySensitivity.get(0)) + w.dataFurtherCategory() * (bySensitivity.size() - 1);
            String names = bySensitivity.stream().map(RiskEngine::lower).collect(Collectors.joining(", "));
            total += add(lines, FactorCode.DATA_CATEGORIES, "Data handled: " + names, points);
        }
        total += add(lines, FactorCode.ACCESS_LEVEL, accessLabel(engagement.access()), w.access(engagement.access()));
        total += add(lines, FactorCode.CRITICALITY,
                "Service criticality: " + lower(engagement.criticality()), w.criticality(engagement.criticality()));
        total += add(lines, FactorCode.NIS2_ENTITY, nis2Label(engagement.nis2Category()), w.nis2(engagement.nis2Category()));
        return total;
    }

    /** Adds an inherent line only when it carries points: "no access: 0" explains nothing. */
    private static double add(List<Contribution> lines, FactorCode code, String label, double points) {
        if (points > 0) {
            lines.add(new Contribution(code, label, points));
        }
        return points;
    }

    private static String accessLabel(Access access) {
        return switch (access) {
            case PRIVILEGED -> "Privileged (administrative or remote) access to the organisation";
            case USER -> "User-level access to the organisation's systems";
            case NONE -> "No access to the organisation's systems";
        };
    }

    private static String nis2Label(Nis2Category category) {
        return switch (category) {
            case ESSENTIAL -> "The organisation is an essential entity under NIS2";
            case IMPORTANT -> "The organisation is an important entity under NIS2";
            case NONE -> "The organisation is not a NIS2 entity";
        };
    }


    private ControlsOutcome controls(RiskInput input, LocalDate asOf, List<Contribution> lines) {
        ScoringModel.ControlWeights w = model.controls();
        Optional<ApprovedAudit> maybeAudit = input.audit();
        if (maybeAudit.isEmpty()) {
            lines.add(new Contribution(FactorCode.NO_AUDIT,
                    "No approved audit: control strength unknown, counted at its worst", w.noAudit()));
            return new ControlsOutcome(w.noAudit(), false);
        }
        ApprovedAudit audit = maybeAudit.get();
        double total = 0;

        double gaps = w.auditGapMax() * (1 - audit.score());
        if (gaps > 0) {
            lines.add(new Contribution(FactorCode.AUDIT_GAPS, String.format(Locale.ROOT,
                    "Approved audit of %s: %s of weighted answers compliant", audit.approvedOn(),
                    percent(audit.score())), gaps));
            total += gaps;
        }

        int failed = audit.failedKnockOuts().size();
        if (failed > 0) {
            double points = Math.min(w.knockOutMax(), w.knockOutEach() * failed);
            lines.add(new Contribution(FactorCode.KNOCKOUT_FAILED, String.format(Locale.ROOT,
                    "Failed knock-out questions (%d): %s", failed, String.join(", ", audit.failedKnockOuts())), points));
            total += points;
        }

        boolean contradicted = false;
        Optional<LocalDate> newestStealer = input.exposure().newestStealerLogOnSupplierHosts();
        if (newestStealer.isPresent() && newestStealer.get().isAfter(audit.approvedOn())) {
            // Fresh stolen passwords with MFA absent or not effective: the same risk whether the
            // audit admitted it or claimed otherwise, so a worse answer never scores lower.
            if (audit.mfaEnforcedClaimed()) {
                contradicted = true;
                lines.add(new Contribution(FactorCode.CLAIM_CONTRADICTED, String.format(Locale.ROOT,
                        "Audit claims MFA everywhere, yet stealer logs of %s postdate its approval on %s",
                        newestStealer.get(), audit.approvedOn()), w.mfaGap()));
            } else {
                lines.add(new Contribution(FactorCode.STEALER_LOGS_WITHOUT_MFA, String.format(Locale.ROOT,
                        "Stealer logs of %s postdate the audit of %s, which does not claim MFA everywhere",
                        newestStealer.get(), audit.approvedOn()), w.mfaGap()));
            }
            total += w.mfaGap();
        }

        LocalDate due = audit.approvedOn().plusMonths(audit.reassessmentIntervalMonths());
        if (asOf.isAfter(due)) {
            long daysOverdue = ChronoUnit.DAYS.between(due, asOf);
            long intervalDays = ChronoUnit.DAYS.between(audit.approvedOn(), due);
            // The audit's credit (what it saved against no audit) fades: a quarter at once, all of it
            // one full interval after the due date, when the audit tells as little as none.
            double fade = w.overdueBaseShare()
                    + (1 - w.overdueBaseShare()) * Math.min(1.0, (double) daysOverdue / intervalDays);
            double points = (w.noAudit() - total) * fade;
            lines.add(new Contribution(FactorCode.REASSESSMENT_OVERDUE, String.format(Locale.ROOT,
                    "Reassessment overdue since %s (%d days): %s of the audit's credit withdrawn",
                    due, daysOverdue, percent(fade)), points));
            total += points;
        }
        return new ControlsOutcome(total, contradicted);
    }


    private double exposure(Exposure exposure, LocalDate asOf, List<Contribution> lines) {
        ExposureModel.Outcome outcome = exposureModel.compute(exposure.buckets(), asOf);
        for (Map.Entry<ExposureModel.GroupKey, ExposureModel.Group> entry : outcome.groups().entrySet()) {
            lines.add(new Contribution(entry.getKey().code(), exposureLabel(entry.getKey(), entry.getValue()),
                    entry.getValue().points));
        }
        return outcome.points();
    }

    private static String exposureLabel(ExposureModel.GroupKey key, ExposureModel.Group group) {
        StringBuilder details = new StringBuilder(String.format(Locale.ROOT, "%,d", group.count));
        switch (key.code()) {
            case PRIVILEGED_STEALER_LOG -> {
                if (group.cookies > 0) {
                    details.append(String.format(Locale.ROOT, ", %,d with session cookies", group.cookies));
                }
            }
            case AGGREGATE_LEAK -> details.append(" records, ").append(percent(group.stealerRecords / group.count))
                    .append(" infostealer");
            default -> {
                if (group.privileged > 0) {
                    details.append(String.format(Locale.ROOT, ", %,d privileged", group.privileged));
                }
            }
        }
        if (group.attributed == group.count) {
            details.append(", attributed to this organisation");
        } else if (group.attributed > 0) {
            details.append(String.format(Locale.ROOT, ", %,d attributed to this organisation", group.attributed));
        }
        details.append(", newest ").append(group.newest);
        String title = switch (key.code()) {
            case PRIVILEGED_STEALER_LOG -> "Stealer-log credentials for privileged accounts";
            case STEALER_LOG_COOKIES -> "Stealer logs with session cookies";
            case STEALER_LOG -> "Stealer-log credentials";
            case COMBOLIST -> "Plaintext combolist credentials";
            case BREACH -> "Breached password hashes";
            case AGGREGATE_LEAK -> "Leak known by size only";
            case SUBCONTRACTOR_EXPOSURE -> String.format(Locale.ROOT, "Leaks at subcontractor %s, depth %d",
                    key.supplier(), key.depth());
            default -> throw new IllegalStateException("not an exposure code: " + key.code());
        };
        return title + " (" + details + ")";
    }


    private int applyFloors(RiskInput input, LocalDate asOf, int score, List<Factor> factors) {
        ScoringModel.Thresholds t = model.thresholds();
        int result = score;
        if (input.audit().map(a -> !a.failedKnockOuts().isEmpty()).orElse(false) && result < t.knockOutFloor()) {
            factors.add(new Factor(FactorCode.KNOCKOUT_FLOOR, String.format(Locale.ROOT,
                    "Raised to %d (%s): the approved audit failed a knock-out question",
                    t.knockOutFloor(), t.tierOf(t.knockOutFloor())), t.knockOutFloor() - result));
            result = t.knockOutFloor();
        }
        if (hasFreshPrivilegedStealerLog(input, asOf) && score < t.privilegedStealerFloor()) {
            // Listed even when the knock-out floor already lifted the score, so both reasons show.
            int uplift = Math.max(0, t.privilegedStealerFloor() - result);
            factors.add(new Factor(FactorCode.PRIVILEGED_STEALER_FLOOR, String.format(Locale.ROOT,
                    "Raised to %d (%s): privileged stealer-log credentials of the last %d days at a supplier "
                            + "with privileged access", t.privilegedStealerFloor(), t.tierOf(t.privilegedStealerFloor()),
                    t.privilegedStealerWindowDays()), uplift));
            result += uplift;
        }
        return result;
    }

    private boolean hasFreshPrivilegedStealerLog(RiskInput input, LocalDate asOf) {
        if (input.engagement().access() != Access.PRIVILEGED) {
            return false;
        }
        int window = model.thresholds().privilegedStealerWindowDays();
        return input.exposure().buckets().stream().anyMatch(b -> b.depth() == 0
                && b.kind().isStealerLog()
                && b.privileged()
                && b.count() > 0
                && ChronoUnit.DAYS.between(b.compromisedOn(), asOf) <= window);
    }


    /**
     * Integer points that add up to {@code total} exactly: every line gets the floor of its real
     * points, and the units still missing go to the largest remainders (earlier line on a tie).
     */
    private static int[] largestRemainder(List<Contribution> lines, int total) {
        int n = lines.size();
        int[] points = new int[n];
        double[] remainders = new double[n];
        int assigned = 0;
        for (int i = 0; i < n; i++) {
            double real = onGrid(lines.get(i).points());
            points[i] = (int) Math.floor(real);
            remainders[i] = real - points[i];
            assigned += points[i];
        }
        int missing = total - assigned;
        if (missing < 0 || missing > n) {
            throw new IllegalStateException("rounding cannot reach " + total + " from " + assigned);
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int byRemainder = Double.compare(remainders[b], remainders[a]);
            return byRemainder != 0 ? byRemainder : Integer.compare(a, b);
        });
        for (int k = 0; k < missing; k++) {
            points[order[k]]++;
        }
        return points;
    }

    private static double onGrid(double value) {
        return Math.rint(value * GRID) / GRID;
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
