package eu.nis2registry.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The worked examples in src/docs/scoring.md are what the engine computes, to the point. */
class WorkedExampleTest {

    static final Path DOCUMENT = Path.of("src/docs/scoring.md");

    @ParameterizedTest
    @ValueSource(strings = {"hospital-patient-registration", "hospital-it-supplier", "care-home-it-supplier"})
    void documentShowsWhatTheEngineComputes(String example) throws IOException {
        String expected = WorkedExamples.render(WorkedExamples.byName(example), ScoringModel.defaults());

        assertThat(block(read(), "example:" + example)).isEqualTo(expected);
    }

    @Test
    void examplesShowTheRulesTheyAreThereToShow() {
        RiskEngine engine = new RiskEngine(ScoringModel.defaults());
        RiskResult it = engine.score(WorkedExamples.hospitalItSupplier(), WorkedExamples.AS_OF);
        RiskResult careHome = engine.score(WorkedExamples.careHomeItSupplier(), WorkedExamples.AS_OF);
        RiskResult registration = engine.score(WorkedExamples.hospitalPatientRegistration(), WorkedExamples.AS_OF);

        assertThat(registration.factors()).extracting(Factor::code).contains(FactorCode.NO_AUDIT, FactorCode.AGGREGATE_LEAK);
        assertThat(it.claimContradicted()).isTrue();
        assertThat(it.factors()).extracting(Factor::code)
                .contains(FactorCode.CLAIM_CONTRADICTED, FactorCode.PRIVILEGED_STEALER_LOG, FactorCode.SUBCONTRACTOR_EXPOSURE);
        assertThat(careHome.factors()).extracting(Factor::code).contains(FactorCode.PRIVILEGED_STEALER_FLOOR);
    }

    static String read() throws IOException {
        return Files.readString(DOCUMENT, StandardCharsets.UTF_8);
    }

    /** The text between {@code <!-- name -->} and the next {@code <!-- /name-prefix -->} marker. */
    static String block(String document, String name) {
        String start = "<!-- " + name + " -->";
        String end = "<!-- /" + name.split(":")[0] + " -->";
        int from = document.indexOf(start);
        assertThat(from).as("marker %s in %s", start, DOCUMENT).isNotNegative();
        int to = document.indexOf(end, from);
        assertThat(to).as("marker %s after %s", end, start).isPositive();
        return document.substring(from + start.length(), to).strip();
    }
}
