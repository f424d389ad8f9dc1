package eu.nis2registry.web.view;

import eu.nis2registry.scoring.rest.RiskDtos.HistoryEntry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreHistoryTest {

    private static final LineChart.Tiers TIERS = new LineChart.Tiers(25, 50, 75);

    private static final Instant START = Instant.parse("2026-09-01T08:00:00Z");

    @Test
    void aScoreHoldsUntilTheNextChangeAndTheLastOneUntilNow() {
        List<HistoryEntry> history = List.of(entry(30, "MEDIUM", START, "first score"),
                entry(60, "HIGH", START.plus(Duration.ofDays(50)), "leak import 7"));
        ScoreHistory shown = ScoreHistory.of(history, START.plus(Duration.ofDays(100)), Locale.ENGLISH, TIERS);

        String[] points = shown.chart().lines().get(0).points().split(" ");
        assertThat(points).hasSize(4);
        assertThat(y(points[0])).isEqualTo(y(points[1])).isEqualTo(LineChart.y(30));
        assertThat(x(points[1])).isEqualTo(x(points[2])).isCloseTo(LineChart.x(0.5), org.assertj.core.data.Offset.offset(0.06));
        assertThat(y(points[2])).isEqualTo(y(points[3])).isEqualTo(LineChart.y(60));
        assertThat(x(points[3])).isEqualTo(LineChart.RIGHT);
        assertThat(shown.newestFirst()).extracting(HistoryEntry::score).containsExactly(60, 30);
        assertThat(shown.chart().dots()).extracting(LineChart.Dot::tone).containsExactly("medium", "high");
        assertThat(shown.chart().dots().get(1).title()).contains("60").contains("leak import 7");
    }

    @Test
    void theTimeAxisSaysDatesForDaysAndOneTimeForMinutes() {
        List<HistoryEntry> old = List.of(entry(30, "MEDIUM", START, "first score"));
        assertThat(ScoreHistory.of(old, START.plus(Duration.ofDays(20)), Locale.ENGLISH, TIERS).chart().xTicks())
                .extracting(LineChart.Tick::label).containsExactly("1 Sep", "11 Sep", "21 Sep");
        assertThat(ScoreHistory.of(old, START.plus(Duration.ofMinutes(3)), Locale.ENGLISH, TIERS).chart().xTicks())
                .extracting(LineChart.Tick::label).containsExactly("08:03");
    }

    @Test
    void noHistoryDrawsNothing() {
        ScoreHistory shown = ScoreHistory.of(List.of(), START, Locale.ENGLISH, TIERS);
        assertThat(shown.empty()).isTrue();
        assertThat(shown.chart().lines()).isEmpty();
        assertThat(shown.chart().dots()).isEmpty();
    }

    private static HistoryEntry entry(int score, String tier, Instant at, String reason) {
        return new HistoryEntry(score, tier, at, reason, "2026.1");
    }

    private static double x(String point) {
        return Double.parseDouble(point.split(",")[0]);
    }

    private static double y(String point) {
        return Double.parseDouble(point.split(",")[1]);
    }
}
