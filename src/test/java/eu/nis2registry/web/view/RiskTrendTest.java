package eu.nis2registry.web.view;

import eu.nis2registry.scoring.service.RiskService.ScoreChange;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class RiskTrendTest {

    private static final LineChart.Tiers TIERS = new LineChart.Tiers(25, 50, 75);

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void eachDayTakesTheScoresTheEngagementsHadAtItsEndInUtc() {
        List<ScoreChange> changes = List.of(
                change(1, 40, TODAY.minusDays(10), "10:00"),
                change(2, 60, TODAY.minusDays(10), "12:00"),
                change(1, 50, TODAY.minusDays(5), "23:59"),
                change(1, 70, TODAY.minusDays(4), "00:00"));
        RiskTrend trend = RiskTrend.of(changes, TODAY, 90, Locale.ENGLISH, TIERS);

        assertThat(trend.points()).hasSize(11);
        assertThat(day(trend, TODAY.minusDays(10))).extracting(RiskTrend.Day::mean, RiskTrend.Day::max, RiskTrend.Day::engagements)
                .containsExactly(50.0, 60, 2);
        assertThat(day(trend, TODAY.minusDays(6)).mean()).isEqualTo(50.0);
        assertThat(day(trend, TODAY.minusDays(5))).extracting(RiskTrend.Day::mean, RiskTrend.Day::max).containsExactly(55.0, 60);
        assertThat(day(trend, TODAY.minusDays(4))).extracting(RiskTrend.Day::mean, RiskTrend.Day::max).containsExactly(65.0, 70);
        assertThat(trend.last().date()).isEqualTo(TODAY);
        assertThat(trend.last().mean()).isEqualTo(65.0);
    }

    @Test
    void anEngagementCountsFromItsFirstScoreOnAndAnOlderScoreCarriesIntoTheWindow() {
        List<ScoreChange> changes = List.of(
                change(1, 30, TODAY.minusDays(200), "08:00"),
                change(2, 80, TODAY.minusDays(3), "08:00"));
        RiskTrend trend = RiskTrend.of(changes, TODAY, 90, Locale.ENGLISH, TIERS);

        assertThat(trend.points()).hasSize(90);
        assertThat(trend.points().get(0)).extracting(RiskTrend.Day::date, RiskTrend.Day::mean, RiskTrend.Day::engagements)
                .containsExactly(TODAY.minusDays(89), 30.0, 1);
        assertThat(day(trend, TODAY.minusDays(3))).extracting(RiskTrend.Day::mean, RiskTrend.Day::max, RiskTrend.Day::engagements)
                .containsExactly(55.0, 80, 2);
    }

    @Test
    void theTableListsOnlyTheDaysOnWhichSomethingChangedNewestFirst() {
        List<ScoreChange> changes = List.of(
                change(1, 30, TODAY.minusDays(20), "08:00"),
                change(1, 30, TODAY.minusDays(15), "08:00"),
                change(1, 45, TODAY.minusDays(2), "08:00"));
        RiskTrend trend = RiskTrend.of(changes, TODAY, 90, Locale.ENGLISH, TIERS);

        assertThat(trend.changes()).extracting(RiskTrend.Day::date).containsExactly(TODAY.minusDays(2), TODAY.minusDays(20));
    }

    @Test
    void theMeanIsWrittenInThePageLanguage() {
        List<ScoreChange> changes = List.of(change(1, 52, TODAY, "08:00"), change(2, 53, TODAY, "09:00"));
        assertThat(RiskTrend.of(changes, TODAY, 90, Locale.forLanguageTag("nl"), TIERS).last().meanText())
                .isEqualTo("52,5");
        assertThat(RiskTrend.of(changes, TODAY, 90, Locale.ENGLISH, TIERS).last().meanText())
                .isEqualTo("52.5");
    }

    @Test
    void withoutHistoryTheTrendIsEmptyAndDrawsNoLine() {
        RiskTrend trend = RiskTrend.of(List.of(), TODAY, 90, Locale.ENGLISH, TIERS);
        assertThat(trend.empty()).isTrue();
        assertThat(trend.chart().lines()).isEmpty();
        assertThat(trend.last()).isNull();
    }

    @Test
    void theLinesRunFromTheFirstDayWithAScoreToTheRightEdge() {
        List<ScoreChange> changes = List.of(change(1, 100, TODAY.minusDays(44), "08:00"));
        LineChart chart = RiskTrend.of(changes, TODAY, 90, Locale.ENGLISH, TIERS).chart();
        assertThat(chart.lines()).extracting(LineChart.Line::key).containsExactly("max", "mean");
        String[] points = chart.lines().get(1).points().split(" ");
        assertThat(points).hasSize(45);
        assertThat(points[points.length - 1]).isEqualTo(LineChart.RIGHT + ".0," + LineChart.TOP + ".0");
        assertThat(Double.parseDouble(points[0].split(",")[0])).isCloseTo(LineChart.x(45.0 / 89), org.assertj.core.data.Offset.offset(0.06));
    }

    /** Against a plain recomputation for every day, over generated histories (seeded, so a failure repeats). */
    @Test
    void everyDayAgreesWithAPlainRecomputation() {
        Random random = new Random(20261127L);
        for (int run = 0; run < 300; run++) {
            List<ScoreChange> changes = new ArrayList<>();
            int engagements = 1 + random.nextInt(6);
            for (int i = 0, n = random.nextInt(40); i < n; i++) {
                Instant at = TODAY.minusDays(random.nextInt(150)).atStartOfDay(ZoneOffset.UTC).toInstant()
                        .plusSeconds(random.nextInt(86_400));
                changes.add(new ScoreChange(1 + random.nextInt(engagements), random.nextInt(101), "LOW", at));
            }
            List<ScoreChange> sorted = new ArrayList<>(changes);
            sorted.sort((a, b) -> a.computedAt().compareTo(b.computedAt()));
            RiskTrend trend = RiskTrend.of(changes, TODAY, 90, Locale.ENGLISH, TIERS);
            for (RiskTrend.Day day : trend.points()) {
                Instant end = day.date().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
                java.util.Map<Long, Integer> latest = new java.util.HashMap<>();
                sorted.stream().filter(c -> c.computedAt().isBefore(end)).forEach(c -> latest.put(c.engagementId(), c.score()));
                double mean = latest.values().stream().mapToInt(Integer::intValue).average().orElseThrow();
                assertThat(day.mean()).as("run %d, %s", run, day.date()).isEqualTo(Math.round(mean * 10) / 10.0);
                assertThat(day.max()).isEqualTo(latest.values().stream().mapToInt(Integer::intValue).max().orElseThrow());
                assertThat(day.engagements()).isEqualTo(latest.size());
            }
            long daysWithScores = java.util.stream.IntStream.range(0, 90).filter(i -> {
                Instant end = TODAY.minusDays(89 - i).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
                return sorted.stream().anyMatch(c -> c.computedAt().isBefore(end));
            }).count();
            assertThat(trend.points()).hasSize((int) daysWithScores);
        }
    }

    private static RiskTrend.Day day(RiskTrend trend, LocalDate date) {
        return trend.points().stream().filter(d -> d.date().equals(date)).findFirst().orElseThrow();
    }

    private static ScoreChange change(long engagement, int score, LocalDate day, String time) {
        return new ScoreChange(engagement, score, "LOW", day.atTime(LocalTime.parse(time)).toInstant(ZoneOffset.UTC));
    }
}
