package eu.nis2registry.report.service;

import eu.nis2registry.inventory.DataCategory;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class WordsTest {

    private final Words en = new Words(StandaloneMessages.of("en"), "en");
    private final Words nl = new Words(StandaloneMessages.of("nl"), "nl");
    private final Words fr = new Words(StandaloneMessages.of("fr"), "fr");

    @Test
    void countsAreGroupedTheLocalWay() {
        assertThat(en.number(71_000)).isEqualTo("71,000");
        assertThat(nl.number(71_000)).isEqualTo("71.000");
        assertThat(fr.number(71_000)).matches("71[\u00a0\u202f ]000");
        assertThat(nl.decimal(87.5)).isEqualTo("87,5");
        assertThat(en.decimal(90.0)).isEqualTo("90");
    }

    @Test
    void datesAreIsoAndTimesSayUtc() {
        assertThat(nl.date(LocalDate.of(2026, 11, 27))).isEqualTo("2026-11-27");
        assertThat(fr.dateTime(Instant.parse("2026-11-27T09:15:30Z"))).isEqualTo("2026-11-27 09:15 UTC");
        assertThat(en.date((Instant) null)).isNull();
    }

    @Test
    void missingValuesAreNotProvidedInTheReportsLanguage() {
        assertThat(en.orNotProvided(null)).isEqualTo("not provided");
        assertThat(nl.orNotProvided("  ")).isEqualTo("niet opgegeven");
        assertThat(fr.orNotProvided(null)).isEqualTo("non communiqué");
        assertThat(en.list(List.of())).isEqualTo("none");
        assertThat(en.nis2(null)).isEqualTo("not provided");
    }

    @Test
    void dataCategoriesReadInAFixedOrder() {
        assertThat(en.dataCategories(Set.of(DataCategory.CREDENTIALS, DataCategory.HEALTH)))
                .isEqualTo("health, credentials");
        assertThat(nl.dataCategories(Set.of())).isEqualTo("geen");
    }

    @Test
    void monthSeriesFillsEmptyMonthsUpToTheReportMonth() {
        var series = ExposureReportSource.monthSeries(List.of(
                new eu.nis2registry.exposure.rest.ExposureDtos.MonthCount("2026-07", 4),
                new eu.nis2registry.exposure.rest.ExposureDtos.MonthCount("2026-09", 2)), YearMonth.of(2026, 11));
        assertThat(series.keySet()).containsExactly(YearMonth.of(2026, 7), YearMonth.of(2026, 8), YearMonth.of(2026, 9),
                YearMonth.of(2026, 10), YearMonth.of(2026, 11));
        assertThat(series.values()).containsExactly(4L, 0L, 2L, 0L, 0L);
        assertThat(ExposureReportSource.monthSeries(List.of(), YearMonth.of(2026, 11))).isEmpty();
    }

    @Test
    void proseParagraphsJoinLinesAndSplitAtBlankLines() {
        assertThat(ReportProse.paragraphs("One.\nTwo.\n\n\n  Three.  \n")).containsExactly("One. Two.", "Three.");
        assertThat(ReportProse.paragraphs("\n\n")).isEmpty();
    }
}
