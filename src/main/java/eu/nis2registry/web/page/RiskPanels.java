package eu.nis2registry.web.page;

import eu.nis2registry.inventory.rest.InventoryDtos.EngagementView;
import eu.nis2registry.inventory.service.EngagementService;
import eu.nis2registry.inventory.service.OrganizationService;
import eu.nis2registry.inventory.service.SupplierService;
import eu.nis2registry.scoring.engine.FactorCode;
import eu.nis2registry.scoring.engine.ScoringModel;
import eu.nis2registry.scoring.engine.Tier;
import eu.nis2registry.scoring.rest.RiskDtos.BlastRadius;
import eu.nis2registry.scoring.rest.RiskDtos.ExposedOrganization;
import eu.nis2registry.scoring.rest.RiskDtos.FactorView;
import eu.nis2registry.scoring.rest.RiskDtos.OrganizationRisk;
import eu.nis2registry.scoring.rest.RiskDtos.RiskView;
import eu.nis2registry.scoring.service.BlastRadiusService;
import eu.nis2registry.scoring.service.RiskService;
import eu.nis2registry.web.WebContext;
import eu.nis2registry.web.view.BarChart;
import eu.nis2registry.web.view.DashboardView.RiskPanel;
import eu.nis2registry.web.view.LineChart;
import eu.nis2registry.web.view.RiskTrend;
import eu.nis2registry.web.view.RiskViews.Blast;
import eu.nis2registry.web.view.RiskViews.BlastRow;
import eu.nis2registry.web.view.RiskViews.ComponentBar;
import eu.nis2registry.web.view.RiskViews.EngagementRisk;
import eu.nis2registry.web.view.RiskViews.FactorRow;
import eu.nis2registry.web.view.RiskViews.Gauge;
import eu.nis2registry.web.view.RiskViews.SupplierRisk;
import eu.nis2registry.web.view.RiskViews.SupplierRiskRow;
import eu.nis2registry.web.view.ScoreHistory;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The risk parts of the pages, read from the scoring services exactly as the risk API answers them (same scope):
 * nothing here computes a score, it only arranges scores, factors and history for display.
 */
@ApplicationScoped
public class RiskPanels {

    private final RiskService risk;
    private final BlastRadiusService blastRadius;
    private final SupplierService suppliers;
    private final EngagementService engagements;
    private final OrganizationService organizations;
    private final Clock clock;
    private final WebContext web;

    public RiskPanels(RiskService risk, BlastRadiusService blastRadius, SupplierService suppliers,
            EngagementService engagements, OrganizationService organizations, Clock clock, WebContext web) {
        this.risk = risk;
        this.blastRadius = blastRadius;
        this.suppliers = suppliers;
        this.engagements = engagements;
        this.organizations = organizations;
        this.clock = clock;
        this.web = web;
    }

    public LineChart.Tiers tiers() {
        ScoringModel.Thresholds t = risk.model().thresholds();
        return new LineChart.Tiers(t.medium(), t.high(), t.critical());
    }

    /** The organisation's scores (ranked, highest first, as the API lists them), tiers and 90-day trend. */
    public OrganizationRisk organization(Long organizationId) {
        return risk.organizationRisk(organizationId);
    }

    public RiskPanel dashboard(Long organizationId, OrganizationRisk scores) {
        BarChart distribution = BarChart.of(Arrays.stream(Tier.values()).sorted(Comparator.reverseOrder())
                .map(t -> new BarChart.Input(t.name(), scores.distribution().getOrDefault(t.name(), 0L),
                        t.name().toLowerCase(Locale.ROOT)))
                .toList());
        long highOrCritical = scores.distribution().getOrDefault(Tier.HIGH.name(), 0L)
                + scores.distribution().getOrDefault(Tier.CRITICAL.name(), 0L);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate first = today.minusDays(RiskTrend.DAYS - 1L);
        RiskTrend trend = RiskTrend.of(risk.organizationHistory(organizationId, first.atStartOfDay(ZoneOffset.UTC).toInstant()),
                today, RiskTrend.DAYS, web.locale(), tiers());
        return new RiskPanel(distribution, tiers(), highOrCritical, trend);
    }

    /** An engagement's score with its factors, components against their maxima, and its history. */
    public EngagementRisk engagement(Long engagementId) {
        RiskView view = risk.risk(engagementId);
        List<FactorRow> factors = view.factors().stream()
                .map(f -> new FactorRow(f.code(), component(f.code()), f.label(), f.points())).toList();
        int total = view.factors().stream().mapToInt(FactorView::points).sum();
        ScoringModel model = risk.model();
        Locale locale = web.locale();
        List<ComponentBar> components = List.of(
                bar("INHERENT", view.components().inherent(), model.inherent().maximum(), locale),
                bar("CONTROLS", view.components().controls(), model.controls().noAudit(), locale),
                bar("EXPOSURE", view.components().exposure(), model.exposure().max(), locale));
        ScoreHistory history = ScoreHistory.of(risk.history(engagementId), clock.instant(), locale, tiers());
        return new EngagementRisk(view, factors, total, components, Gauge.of(tiers(), view.score()), history);
    }

    /** Who the supplier's leak exposes among the organisations in scope; {@code current} marks one engagement. */
    public Blast blast(Long supplierId, Long currentEngagement) {
        BlastRadius radius = blastRadius.blastRadius(supplierId, web.locale());
        Map<Long, String> names = new HashMap<>();
        List<BlastRow> rows = radius.organizations().stream().map((ExposedOrganization o) -> new BlastRow(o,
                        o.path() == null ? List.of() : o.path().stream()
                                .map(id -> names.computeIfAbsent(id, k -> suppliers.get(k).name())).toList(),
                        o.actions(), o.engagementId().equals(currentEngagement)))
                .toList();
        return new Blast(radius, rows);
    }

    /** The supplier's score in every engagement the user may see, highest first, and its blast radius. */
    public SupplierRisk supplier(Long supplierId) {
        Map<Long, String> organizationNames = new HashMap<>();
        List<SupplierRiskRow> rows = risk.supplierRisk(supplierId).engagements().stream().map(s -> {
            EngagementView engagement = engagements.get(s.engagementId());
            String organization = organizationNames.computeIfAbsent(s.organizationId(), id -> organizations.get(id).name());
            return new SupplierRiskRow(s.engagementId(), s.organizationId(), organization, engagement.service(), s.score(),
                    s.tier());
        }).toList();
        return new SupplierRisk(rows, blast(supplierId, null));
    }

    private static String component(String code) {
        return Arrays.stream(FactorCode.values()).filter(c -> c.name().equals(code)).findFirst()
                .map(c -> c.component().name()).orElse("");
    }

    private static ComponentBar bar(String key, double value, double max, Locale locale) {
        int width = max <= 0 ? 0 : (int) Math.round(Math.min(1, value / max) * 100);
        return new ComponentBar(key, String.format(locale, "%.2f", value), (int) Math.round(max), width);
    }
}
