package eu.nis2registry.scoring.engine;

import eu.nis2registry.inventory.DataCategory;
import eu.nis2registry.inventory.Access;
import eu.nis2registry.inventory.Criticality;
import eu.nis2registry.inventory.Nis2Category;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Every number of the risk model. The service maps it from {@code registry.scoring.*}; a change of
 * any number is a new model {@code version}. The constructors reject a model that would break a
 * property of SCORING.md, so a bad configuration fails at start-up rather than in a score.
 */
public record ScoringModel(
        String version,
        InherentWeights inherent,
        ControlWeights controls,
        ExposureWeights exposure,
        Thresholds thresholds) {

    /** Half-lives above this would let a leak one year older weigh more than half. */
    public static final double MAX_HALF_LIFE_DAYS = 365.0;

    public ScoringModel {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("version must not be blank");
        }
        Objects.requireNonNull(inherent, "inherent");
        Objects.requireNonNull(controls, "controls");
        Objects.requireNonNull(exposure, "exposure");
        Objects.requireNonNull(thresholds, "thresholds");
        double maximum = inherent.maximum() + controls.noAudit() + exposure.max();
        if (maximum > 100.0 + 1e-9) {
            throw new IllegalArgumentException("inherent maximum + noAudit + exposure max must not exceed 100, is " + maximum);
        }
    }

    public static ScoringModel defaults() {
        return new ScoringModel("2026.1",
                new InherentWeights(12, 9, 7, 6, 1,
                        0, 4, 7,
                        0, 1, 3, 5,
                        0, 1, 3),
                new ControlWeights(30, 15, 5, 10, 5, 0.25),
                new ExposureWeights(40,
                        1.0, 0.85, 0.65, 0.45, 0.30, 0.70,
                        180, 180, 150, 120, 120,
                        0.80, 0.75, 0.50, 10_000),
                new Thresholds(25, 50, 75, 50, 50, 30));
    }

    /** SHA-256 of every number and the version: lets the service notice weights changed under an old version. */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** Points of the inherent component: what is at stake in the engagement. */
    public record InherentWeights(
            double dataHealth,
            double dataCredentials,
            double dataFinancial,
            double dataPersonal,
            double dataFurtherCategory,
            double accessNone,
            double accessUser,
            double accessPrivileged,
            double criticalityLow,
            double criticalityMedium,
            double criticalityHigh,
            double criticalityCritical,
            double nis2None,
            double nis2Important,
            double nis2Essential) {

        public InherentWeights {
            requirePoints("dataHealth", dataHealth);
            requirePoints("dataCredentials", dataCredentials);
            requirePoints("dataFinancial", dataFinancial);
            requirePoints("dataPersonal", dataPersonal);
            requirePoints("dataFurtherCategory", dataFurtherCategory);
            requirePoints("accessNone", accessNone);
            requirePoints("accessUser", accessUser);
            requirePoints("accessPrivileged", accessPrivileged);
            requirePoints("criticalityLow", criticalityLow);
            requirePoints("criticalityMedium", criticalityMedium);
            requirePoints("criticalityHigh", criticalityHigh);
            requirePoints("criticalityCritical", criticalityCritical);
            requirePoints("nis2None", nis2None);
            requirePoints("nis2Important", nis2Important);
            requirePoints("nis2Essential", nis2Essential);
            if (!(dataHealth > dataCredentials && dataHealth > dataFinancial && dataHealth > dataPersonal)) {
                throw new IllegalArgumentException("dataHealth must weigh more than every other data category");
            }
            requireOrdered("access", accessNone, accessUser);
            if (!(accessPrivileged > accessUser)) {
                throw new IllegalArgumentException("accessPrivileged must weigh more than accessUser");
            }
            requireOrdered("criticality", criticalityLow, criticalityMedium, criticalityHigh, criticalityCritical);
            requireOrdered("nis2", nis2None, nis2Important, nis2Essential);
        }

        public double data(DataCategory category) {
            return switch (category) {
                case HEALTH -> dataHealth;
                case CREDENTIALS -> dataCredentials;
                case FINANCIAL -> dataFinancial;
                case PERSONAL -> dataPersonal;
            };
        }

        public double access(Access access) {
            return switch (access) {
                case NONE -> accessNone;
                case USER -> accessUser;
                case PRIVILEGED -> accessPrivileged;
            };
        }

        public double criticality(Criticality criticality) {
            return switch (criticality) {
                case LOW -> criticalityLow;
                case MEDIUM -> criticalityMedium;
                case HIGH -> criticalityHigh;
                case CRITICAL -> criticalityCritical;
            };
        }

        public double nis2(Nis2Category category) {
            return switch (category) {
                case NONE -> nis2None;
                case IMPORTANT -> nis2Important;
                case ESSENTIAL -> nis2Essential;
            };
        }

        /** The most an engagement can score here: every data category, privileged, critical, essential. */
        public double maximum() {
            double data = dataHealth + dataFurtherCategory * (DataCategory.values().length - 1);
            return data + accessPrivileged + criticalityCritical + nis2Essential;
        }
    }

    /** Points of the controls component: how weak the evidence of the supplier's controls is. */
    public record ControlWeights(
            double noAudit,
            double auditGapMax,
            double knockOutEach,
            double knockOutMax,
            double mfaGap,
            double overdueBaseShare) {

        public ControlWeights {
            requirePoints("noAudit", noAudit);
            requirePoints("auditGapMax", auditGapMax);
            requirePoints("knockOutEach", knockOutEach);
            requirePoints("knockOutMax", knockOutMax);
            requirePoints("mfaGap", mfaGap);
            requireShare("overdueBaseShare", overdueBaseShare);
            // Unknown is not safe: no approved audit must be the worst the control component can be.
            if (auditGapMax + knockOutMax + mfaGap > noAudit) {
                throw new IllegalArgumentException("auditGapMax + knockOutMax + mfaGap must not exceed noAudit");
            }
        }
    }

    /** Weights of the exposure component; every per-record intensity lies in (0, 1]. */
    public record ExposureWeights(
            double max,
            double weightStealerLogWithCookies,
            double weightStealerLog,
            double weightCombolist,
            double weightBreach,
            double weightAggregate,
            double weightAggregateStealerShare,
            double halfLifeStealerLogWithCookiesDays,
            double halfLifeStealerLogDays,
            double halfLifeCombolistDays,
            double halfLifeBreachDays,
            double halfLifeAggregateDays,
            double unprivilegedFactor,
            double unattributedFactor,
            double depthFactor,
            double countSaturation) {

        public ExposureWeights {
            requirePoints("max", max);
            double[] weights = {weightStealerLogWithCookies, weightStealerLog, weightCombolist, weightBreach, weightAggregate};
            for (double weight : weights) {
                if (!(weight > 0 && weight <= 1)) {
                    throw new IllegalArgumentException("kind weights must lie in (0, 1], got " + weight);
                }
            }
            for (int i = 1; i < weights.length; i++) {
                if (!(weights[i - 1] > weights[i])) {
                    throw new IllegalArgumentException(
                            "kind weights must fall strictly: cookies > stealer log > combolist > breach > aggregate");
                }
            }
            if (!(weightAggregateStealerShare >= weightAggregate && weightAggregateStealerShare <= weightStealerLog)) {
                throw new IllegalArgumentException(
                        "weightAggregateStealerShare must lie between weightAggregate and weightStealerLog");
            }
            double[] halfLives = {halfLifeStealerLogWithCookiesDays, halfLifeStealerLogDays, halfLifeCombolistDays,
                    halfLifeBreachDays, halfLifeAggregateDays};
            for (double halfLife : halfLives) {
                if (!(halfLife > 0 && halfLife <= MAX_HALF_LIFE_DAYS)) {
                    throw new IllegalArgumentException("half-lives must lie in (0, 365] days, got " + halfLife);
                }
            }
            // A more dangerous kind must never decay below a milder one of the same date.
            for (int i = 1; i < halfLives.length; i++) {
                if (halfLives[i - 1] < halfLives[i]) {
                    throw new IllegalArgumentException("half-lives must not grow from stealer logs down to aggregates");
                }
            }
            requireOpenShare("unprivilegedFactor", unprivilegedFactor);
            requireOpenShare("unattributedFactor", unattributedFactor);
            requireOpenShare("depthFactor", depthFactor);
            if (!(countSaturation >= 1 && Double.isFinite(countSaturation))) {
                throw new IllegalArgumentException("countSaturation must be at least 1");
            }
        }

        public double weight(ObservationKind kind) {
            return switch (kind) {
                case STEALER_LOG_WITH_COOKIES -> weightStealerLogWithCookies;
                case STEALER_LOG -> weightStealerLog;
                case COMBOLIST -> weightCombolist;
                case BREACH -> weightBreach;
                case AGGREGATE_ONLY -> weightAggregate;
            };
        }

        public double halfLifeDays(ObservationKind kind) {
            return switch (kind) {
                case STEALER_LOG_WITH_COOKIES -> halfLifeStealerLogWithCookiesDays;
                case STEALER_LOG -> halfLifeStealerLogDays;
                case COMBOLIST -> halfLifeCombolistDays;
                case BREACH -> halfLifeBreachDays;
                case AGGREGATE_ONLY -> halfLifeAggregateDays;
            };
        }
    }

    /** Tier boundaries (lowest score of each tier) and the floors that force a minimum tier. */
    public record Thresholds(
            int medium,
            int high,
            int critical,
            int knockOutFloor,
            int privilegedStealerFloor,
            int privilegedStealerWindowDays) {

        public Thresholds {
            if (!(0 < medium && medium < high && high < critical && critical <= 100)) {
                throw new IllegalArgumentException("tier thresholds must satisfy 0 < medium < high < critical <= 100");
            }
            if (knockOutFloor < high || knockOutFloor > 100 || privilegedStealerFloor < high || privilegedStealerFloor > 100) {
                throw new IllegalArgumentException("floors must lie between the HIGH threshold and 100");
            }
            if (privilegedStealerWindowDays < 0) {
                throw new IllegalArgumentException("privilegedStealerWindowDays must not be negative");
            }
        }

        public Tier tierOf(int score) {
            if (score >= critical) {
                return Tier.CRITICAL;
            }
            if (score >= high) {
                return Tier.HIGH;
            }
            return score >= medium ? Tier.MEDIUM : Tier.LOW;
        }
    }

    private static void requirePoints(String name, double value) {
        if (!(value >= 0 && Double.isFinite(value))) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0, got " + value);
        }
    }

    private static void requireShare(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must lie in [0, 1], got " + value);
        }
    }

    private static void requireOpenShare(String name, double value) {
        if (!(value > 0 && value < 1)) {
            throw new IllegalArgumentException(name + " must lie in (0, 1), got " + value);
        }
    }

    private static void requireOrdered(String name, double... values) {
        for (int i = 1; i < values.length; i++) {
            if (values[i - 1] > values[i]) {
                throw new IllegalArgumentException(name + " weights must not fall as the level rises");
            }
        }
    }
}
