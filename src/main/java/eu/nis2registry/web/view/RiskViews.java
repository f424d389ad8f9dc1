package eu.nis2registry.web.view;

import eu.nis2registry.scoring.rest.RiskDtos.Action;
import eu.nis2registry.scoring.rest.RiskDtos.BlastRadius;
import eu.nis2registry.scoring.rest.RiskDtos.ConcentrationEntry;
import eu.nis2registry.scoring.rest.RiskDtos.ExposedOrganization;
import eu.nis2registry.scoring.rest.RiskDtos.RiskView;
import io.quarkus.qute.TemplateData;

import java.util.List;
import java.util.Locale;

/** View models of the risk panels: an engagement's score and its explanation, blast radius, supplier and sector views. */
public final class RiskViews {

    private RiskViews() {
    }

    /** The CSS tone of a tier: tier-low, tier-medium, tier-high, tier-critical. */
    public static String tone(String tier) {
        return tier == null ? "neutral" : tier.toLowerCase(Locale.ROOT);
    }

    /** One line of a score's explanation; {@code component} is INHERENT, CONTROLS, EXPOSURE or FLOOR. */
    @TemplateData
    public record FactorRow(String code, String component, String label, int points) {
    }

    @TemplateData
    public record FactorGroup(String component, List<FactorRow> factors, int points) {
    }

    /** A component of the score against its most, with the width of its bar in an SVG 100 units wide. */
    @TemplateData
    public record ComponentBar(String key, String value, int max, int width) {
    }

    /** The 0..100 scale drawn 300 units wide: one segment per tier, and the marker at the score. */
    @TemplateData
    public record Gauge(List<Segment> segments, int marker) {

        public static final int WIDTH = 300;

        public static Gauge of(LineChart.Tiers tiers, int score) {
            int[] bounds = {0, tiers.medium(), tiers.high(), tiers.critical(), 100};
            String[] tones = {"low", "medium", "high", "critical"};
            List<Segment> segments = new java.util.ArrayList<>();
            for (int i = 0; i < tones.length; i++) {
                int x = bounds[i] * WIDTH / 100;
                segments.add(new Segment(x, bounds[i + 1] * WIDTH / 100 - x, tones[i]));
            }
            return new Gauge(segments, Math.max(0, Math.min(100, score)) * WIDTH / 100);
        }
    }

    @TemplateData
    public record Segment(int x, int width, String tone) {
    }

    @TemplateData
    public record EngagementRisk(RiskView risk, List<FactorRow> factors, int factorTotal, List<ComponentBar> components,
            Gauge gauge, ScoreHistory history) {

        public String tone() {
            return RiskViews.tone(risk.tier());
        }

        /** The factors by component, in the engine's order: inherent, controls, exposure, floors. */
        public List<FactorGroup> groups() {
            java.util.Map<String, List<FactorRow>> byComponent = new java.util.LinkedHashMap<>();
            factors.forEach(f -> byComponent.computeIfAbsent(f.component(), k -> new java.util.ArrayList<>()).add(f));
            return byComponent.entrySet().stream().map(e -> new FactorGroup(e.getKey(), e.getValue(),
                    e.getValue().stream().mapToInt(FactorRow::points).sum())).toList();
        }
    }

    /** An exposed organisation with its path named, and whether it is the engagement of the page. */
    @TemplateData
    public record BlastRow(ExposedOrganization exposed, List<String> path, List<Action> actions, boolean current) {

        public String tone() {
            return RiskViews.tone(exposed.tier());
        }

        /** Reached through a subcontractor, not engaged directly. */
        public boolean indirect() {
            return path.size() > 1;
        }

        public List<eu.nis2registry.inventory.DataCategory> dataCategories() {
            return exposed.dataCategories().stream().map(eu.nis2registry.inventory.DataCategory::valueOf).toList();
        }

        public eu.nis2registry.inventory.Access access() {
            return eu.nis2registry.inventory.Access.valueOf(exposed.access());
        }
    }

    @TemplateData
    public record Blast(BlastRadius radius, List<BlastRow> rows) {

        /** Something of the supplier was seen in a leak; without that, the actions are a plan for when it does. */
        public boolean leaked() {
            return radius.observations() + radius.aggregateRecords() > 0;
        }
    }

    /** The supplier's score in one engagement the user may see. */
    @TemplateData
    public record SupplierRiskRow(Long engagementId, Long organizationId, String organization, String service, int score,
            String tier) {

        public String tone() {
            return RiskViews.tone(tier);
        }
    }

    @TemplateData
    public record SupplierRisk(List<SupplierRiskRow> rows, Blast blast) {
    }

    @TemplateData
    public record ConcentrationRow(int rank, ConcentrationEntry entry, int width) {

        public long healthPercent() {
            return Math.round(entry.healthShare() * 100);
        }

        public long privilegedPercent() {
            return Math.round(entry.privilegedShare() * 100);
        }

        public boolean indirectOnly() {
            return entry.directEngagements() == 0;
        }
    }

    @TemplateData
    public record ConcentrationPage(List<ConcentrationRow> rows, int limit, long organizations) {

        public List<Integer> limits() {
            return List.of(20, 50, 200);
        }
    }
}
