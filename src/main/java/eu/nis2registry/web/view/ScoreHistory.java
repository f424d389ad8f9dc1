package eu.nis2registry.web.view;

import eu.nis2registry.scoring.rest.RiskDtos.HistoryEntry;
import io.quarkus.qute.TemplateData;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An engagement's score over its whole history, as a step line: a score holds until the next change, the last one
 * until now. The time axis runs from the first score to now, so a young engagement is not squeezed into a corner.
 */
@TemplateData
public record ScoreHistory(List<HistoryEntry> newestFirst, LineChart chart) {

    public static ScoreHistory of(List<HistoryEntry> oldestFirst, Instant now, Locale locale, LineChart.Tiers tiers) {
        List<HistoryEntry> newest = new ArrayList<>(oldestFirst);
        java.util.Collections.reverse(newest);
        if (oldestFirst.isEmpty()) {
            return new ScoreHistory(newest, LineChart.of(tiers, List.of(), List.of(), List.of()));
        }
        Instant start = oldestFirst.get(0).computedAt();
        Instant end = now.isAfter(start) ? now : start.plusSeconds(1);
        double span = Duration.between(start, end).toMillis();
        List<LineChart.Point> steps = new ArrayList<>();
        List<LineChart.Mark> marks = new ArrayList<>();
        DateTimeFormatter moment = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
        Integer previous = null;
        for (HistoryEntry entry : oldestFirst) {
            double x = Duration.between(start, entry.computedAt()).toMillis() / span;
            if (previous != null) {
                steps.add(new LineChart.Point(x, previous));
            }
            steps.add(new LineChart.Point(x, entry.score()));
            marks.add(new LineChart.Mark(new LineChart.Point(x, entry.score()), tone(entry.tier()),
                    entry.score() + " · " + moment.format(entry.computedAt()) + " · " + entry.reason()));
            previous = entry.score();
        }
        steps.add(new LineChart.Point(1, previous));
        return new ScoreHistory(newest, LineChart.of(tiers, List.of(new LineChart.Series("score", "score", false, steps)),
                labels(start, end, locale), marks));
    }

    /** Dates for a span of days or more; times of day (UTC) for a shorter one. */
    private static List<LineChart.Label> labels(Instant start, Instant end, Locale locale) {
        Duration span = Duration.between(start, end);
        String pattern = span.toDays() >= 400 ? "MMM yyyy" : span.toDays() >= 2 ? "d MMM" : "HH:mm";
        DateTimeFormatter format = DateTimeFormatter.ofPattern(pattern, locale).withZone(ZoneOffset.UTC);
        List<LineChart.Label> labels = new ArrayList<>();
        // Minutes apart, three labels would read the same.
        double[] at = span.toMinutes() < 10 ? new double[] {1} : new double[] {0, 0.5, 1};
        for (double x : at) {
            labels.add(new LineChart.Label(x, format.format(start.plusMillis((long) (span.toMillis() * x)))));
        }
        return labels;
    }

    static String tone(String tier) {
        return tier == null ? "neutral" : tier.toLowerCase(Locale.ROOT);
    }

    public boolean empty() {
        return newestFirst.isEmpty();
    }
}
