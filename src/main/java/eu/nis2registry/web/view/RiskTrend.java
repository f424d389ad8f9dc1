package eu.nis2registry.web.view;

import eu.nis2registry.scoring.service.RiskService.ScoreChange;
import io.quarkus.qute.TemplateData;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An organisation's risk over the last days, from its engagements' score history: for each day (UTC, as the
 * registry keeps time), the mean and the highest of the scores its engagements had at the end of that day. An
 * engagement counts from its first score on. The mean shows whether the organisation as a whole gets better; the
 * highest shows the worst supplier relationship, which a mean over many quiet engagements would hide.
 */
@TemplateData
public record RiskTrend(int days, List<Day> points, LineChart chart) {

    public static final int DAYS = 90;

    /** One day: the mean (one decimal, in the page's language) and the highest score, over so many engagements. */
    @TemplateData
    public record Day(LocalDate date, double mean, String meanText, int max, int engagements) {
    }

    public static RiskTrend of(List<ScoreChange> changes, LocalDate today, int days, Locale locale,
            LineChart.Tiers tiers) {
        List<ScoreChange> ordered = new ArrayList<>(changes);
        ordered.sort((a, b) -> a.computedAt().compareTo(b.computedAt()));
        Map<Long, Integer> current = new HashMap<>();
        List<Day> points = new ArrayList<>();
        int next = 0;
        LocalDate first = today.minusDays(days - 1L);
        for (int i = 0; i < days; i++) {
            LocalDate day = first.plusDays(i);
            Instant end = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            while (next < ordered.size() && ordered.get(next).computedAt().isBefore(end)) {
                ScoreChange change = ordered.get(next++);
                current.put(change.engagementId(), change.score());
            }
            if (!current.isEmpty()) {
                double mean = current.values().stream().mapToInt(Integer::intValue).average().orElse(0);
                double rounded = Math.round(mean * 10) / 10.0;
                int max = current.values().stream().mapToInt(Integer::intValue).max().orElse(0);
                points.add(new Day(day, rounded, String.format(locale, "%.1f", rounded), max, current.size()));
            }
        }
        return new RiskTrend(days, points, chart(points, first, days, locale, tiers));
    }

    private static LineChart chart(List<Day> points, LocalDate first, int days, Locale locale, LineChart.Tiers tiers) {
        List<LineChart.Point> mean = new ArrayList<>();
        List<LineChart.Point> max = new ArrayList<>();
        for (Day day : points) {
            double x = position(day.date(), first, days);
            mean.add(new LineChart.Point(x, day.mean()));
            max.add(new LineChart.Point(x, day.max()));
        }
        DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMM", locale);
        List<LineChart.Label> labels = new ArrayList<>();
        for (int offset : new int[] {0, days / 3, 2 * days / 3, days - 1}) {
            LocalDate day = first.plusDays(offset);
            labels.add(new LineChart.Label(position(day, first, days), format.format(day)));
        }
        List<LineChart.Mark> marks = new ArrayList<>();
        if (!points.isEmpty()) {
            Day last = points.get(points.size() - 1);
            double x = position(last.date(), first, days);
            marks.add(new LineChart.Mark(new LineChart.Point(x, last.max()), "max", String.valueOf(last.max())));
            marks.add(new LineChart.Mark(new LineChart.Point(x, last.mean()), "mean", last.meanText()));
        }
        return LineChart.of(tiers, List.of(new LineChart.Series("max", "max", true, max),
                new LineChart.Series("mean", "mean", false, mean)), labels, marks);
    }

    private static double position(LocalDate day, LocalDate first, int days) {
        return days <= 1 ? 1 : (double) (day.toEpochDay() - first.toEpochDay()) / (days - 1);
    }

    public boolean empty() {
        return points.isEmpty();
    }

    public Day last() {
        return points.isEmpty() ? null : points.get(points.size() - 1);
    }

    /** The days on which the mean, the highest score or the number of engagements changed, newest first. */
    public List<Day> changes() {
        List<Day> out = new ArrayList<>();
        Day previous = null;
        for (Day day : points) {
            if (previous == null || day.mean() != previous.mean() || day.max() != previous.max()
                    || day.engagements() != previous.engagements()) {
                out.add(day);
            }
            previous = day;
        }
        java.util.Collections.reverse(out);
        return out;
    }
}
