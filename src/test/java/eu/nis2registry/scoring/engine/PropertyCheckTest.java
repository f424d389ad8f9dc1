package eu.nis2registry.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The property runner reports failures reproducibly, and the generator reaches the adversarial edges. */
class PropertyCheckTest {

    private static final Pattern FAILED_CASE = Pattern.compile("case (\\d+) of \\d+ failed \\(seed (\\S+)L;");

    @Test
    void sameSeedAndCaseGiveTheSameInput() {
        for (int index = 0; index < 200; index++) {
            assertThat(RiskInputs.forCase(7, index).input()).isEqualTo(RiskInputs.forCase(7, index).input());
        }
        assertThat(RiskInputs.forCase(7, 0).input()).isNotEqualTo(RiskInputs.forCase(7, 1).input());
    }

    @Test
    void aFailureNamesTheSeedAndTheCaseThatRebuildTheFailingInput() {
        AssertionError failure = catchThrowableOfType(AssertionError.class, () -> PropertyCheck.forAll(42, 1_000,
                RiskInputs::input, in -> assertThat(in.exposure().buckets()).hasSizeLessThan(3)));

        Matcher named = FAILED_CASE.matcher(failure.getMessage());
        assertThat(named.find()).as(failure.getMessage()).isTrue();
        RiskInput rebuilt = RiskInputs.forCase(Long.decode(named.group(2)), Integer.parseInt(named.group(1))).input();
        assertThat(rebuilt.exposure().buckets()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(failure.getMessage()).contains("engagement: ", "audit: ", "exposure: ",
                rebuilt.exposure().buckets().get(0).supplier() + " depth " + rebuilt.exposure().buckets().get(0).depth());
        assertThat(failure).hasCauseInstanceOf(AssertionError.class);
    }

    @Test
    void generatorReachesTheAdversarialEdges() {
        Set<Long> counts = new HashSet<>();
        Set<Long> compromiseAges = new HashSet<>();
        Set<Double> auditScores = new HashSet<>();
        Set<Long> newestStealerLogAfterApproval = new HashSet<>();
        Set<LocalDate> dueDates = new HashSet<>();
        for (int index = 0; index < 2_000; index++) {
            RiskInput input = RiskInputs.forCase(11, index).input();
            for (ExposureBucket b : input.exposure().buckets()) {
                counts.add(b.count());
                compromiseAges.add(b.compromisedOn().until(RiskInputs.AS_OF, ChronoUnit.DAYS));
            }
            input.audit().ifPresent(a -> {
                auditScores.add(a.score());
                dueDates.add(a.approvedOn().plusMonths(a.reassessmentIntervalMonths()));
                input.exposure().newestStealerLogOnSupplierHosts().ifPresent(d ->
                        newestStealerLogAfterApproval.add(a.approvedOn().until(d, ChronoUnit.DAYS)));
            });
        }

        assertThat(counts).contains(0L, 1L, 9_999L, 10_000L, 10_001L, 71_000L, 5_000_000_000L);
        assertThat(compromiseAges).contains(-1L, 0L, 29L, 30L, 31L, 364L, 365L, 366L, 3650L);
        assertThat(auditScores).contains(0.0, 1.0, 0.9, 0.5, 1 - 1 / 30.0, 1 - 29 / 30.0);
        assertThat(newestStealerLogAfterApproval).contains(-1L, 0L, 1L);
        assertThat(dueDates).contains(RiskInputs.AS_OF.minusDays(1), RiskInputs.AS_OF, RiskInputs.AS_OF.plusDays(1));
    }
}
