package eu.nis2registry.web.view;

import eu.nis2registry.scoring.rest.RiskDtos.ComponentsView;
import eu.nis2registry.scoring.rest.RiskDtos.RiskView;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class RiskViewsTest {

    private static final LineChart.Tiers TIERS = new LineChart.Tiers(25, 50, 75);

    @Test
    void theBandsAndTheGaugeFollowTheConfiguredThresholds() {
        LineChart.Tiers tiers = new LineChart.Tiers(20, 40, 80);
        LineChart chart = LineChart.of(tiers, List.of(), List.of(), List.of());
        assertThat(chart.bands()).extracting(LineChart.Band::tone).containsExactly("low", "medium", "high", "critical");
        LineChart.Band low = chart.bands().get(0);
        assertThat(Double.parseDouble(low.y())).isEqualTo(LineChart.y(20));
        assertThat(Double.parseDouble(low.y()) + Double.parseDouble(low.height())).isEqualTo(LineChart.y(0));
        assertThat(chart.yTicks()).extracting(LineChart.Tick::label).containsExactly("0", "20", "40", "80", "100");

        RiskViews.Gauge gauge = RiskViews.Gauge.of(tiers, 50);
        assertThat(gauge.segments()).extracting(RiskViews.Segment::width).containsExactly(60, 60, 120, 60);
        assertThat(gauge.segments().stream().mapToInt(RiskViews.Segment::width).sum()).isEqualTo(RiskViews.Gauge.WIDTH);
        assertThat(gauge.marker()).isEqualTo(150);
    }

    @Test
    void factorsAreGroupedByComponentInTheEnginesOrderWithTheirPoints() {
        List<RiskViews.FactorRow> factors = List.of(new RiskViews.FactorRow("DATA_CATEGORIES", "INHERENT", "Data", 13),
                new RiskViews.FactorRow("ACCESS_LEVEL", "INHERENT", "Access", 4),
                new RiskViews.FactorRow("NO_AUDIT", "CONTROLS", "No audit", 30),
                new RiskViews.FactorRow("AGGREGATE_LEAK", "EXPOSURE", "Leak", 20));
        RiskView view = new RiskView(1L, 2L, 3L, 67, "HIGH", new ComponentsView(17, 30, 20.19), List.of(), "2026.1", false,
                LocalDate.of(2026, 11, 27), Instant.parse("2026-11-27T10:00:00Z"));
        RiskViews.EngagementRisk risk = new RiskViews.EngagementRisk(view, factors, 67, List.of(),
                RiskViews.Gauge.of(TIERS, 67), null);

        assertThat(risk.groups()).extracting(RiskViews.FactorGroup::component).containsExactly("INHERENT", "CONTROLS", "EXPOSURE");
        assertThat(risk.groups()).extracting(RiskViews.FactorGroup::points).containsExactly(17, 30, 20);
        assertThat(risk.tone()).isEqualTo("high");
    }

    @Test
    void reportSizesReadAsPeopleReadThem() {
        assertThat(ReportViews.size(900, Locale.ENGLISH)).isEqualTo("900 B");
        assertThat(ReportViews.size(48_300, Locale.ENGLISH)).isEqualTo("47 kB");
        assertThat(ReportViews.size(3_500_000, Locale.FRENCH)).isEqualTo("3,3 MB");
    }
}
