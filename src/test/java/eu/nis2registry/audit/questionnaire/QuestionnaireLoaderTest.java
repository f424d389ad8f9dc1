package eu.nis2registry.audit.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuestionnaireLoaderTest {

    @Test
    void loadsEveryGoodFileWithItsHash() {
        LoadResult result = QuestionnaireLoader.load(Fixtures.folder("questionnaires-good"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.questionnaires()).extracting(Questionnaire::key, Questionnaire::version)
                .containsExactly(tuple("sample-nl", 1), tuple("sample", 1), tuple("sample", 2));
        assertThat(result.questionnaires()).allSatisfy(q -> assertThat(q.sha256()).matches("[0-9a-f]{64}"));
    }

    @Test
    void reportsEachBrokenFileWithFileLineAndReason() {
        Map<String, List<ValidationProblem>> problems =
                QuestionnaireLoader.load(Fixtures.folder("questionnaires-broken")).problemsByFile();

        assertProblems(problems, "bad-yaml.yaml", tuple(8, "not valid YAML: while parsing a flow sequence (from line 7)"));
        assertProblems(problems, "unknown-fields.yaml",
                tuple(5, "unknown field 'owner' in the questionnaire"),
                tuple(13, "unknown field 'wieght' in a question"));
        assertProblems(problems, "missing-fields.yaml",
                tuple(1, "the questionnaire has no 'title'"),
                tuple(8, "question 'q1' has no 'text'"),
                tuple(11, "a question has no 'id'"),
                tuple(11, "a question has no 'type'"));
        assertProblems(problems, "duplicate-ids.yaml",
                tuple(13, "duplicate section id 's' (first at line 6)"),
                tuple(16, "duplicate question id 'q1' (first at line 9)"));
        assertProblems(problems, "unknown-type.yaml", tuple(11, "unknown type 'MULTIPLE_CHOICE'"));
        assertProblems(problems, "negative-weight.yaml", tuple(12, "'weight' must be 0 or more, not -1"));
        assertProblems(problems, "text-knock-out.yaml", tuple(12, "a TEXT question cannot be a knock-out"));
        assertProblems(problems, "scale-bounds.yaml", tuple(12, "'min' (5) must be below 'max' (5)"));
        assertProblems(problems, "choice-without-options.yaml", tuple(9, "a CHOICE question needs 'options'"));
        assertProblems(problems, "invalid-knock-out.yaml",
                tuple(12, "knock-out answer 'MAYBE' is not a possible answer to this question (YES, NO, PARTIAL)"),
                tuple(20, "knock-out answer 'SOC2' is not a possible answer to this question (ISO_27001, NONE)"),
                tuple(27, "knock-out 'atMost: 4' must be at least min (0) and below max (4)"));
        assertProblems(problems, "missing-references.yaml",
                tuple(9, "question 'q1' has no 'references'"),
                tuple(15, "'references' is an empty list"));
        assertProblems(problems, "bad-references.yaml",
                tuple(14, "reference 'Article 21 of NIS2' is not of a known form"),
                tuple(15, "NIS2 Art. 21(2) has points (a) to (j), not (k)"),
                tuple(16, "the Annex of IR 2024/2690 has sections 1 to 13, not 14"));
        assertProblems(problems, "bad-applies-when.yaml",
                tuple(13, "unknown field 'sector' in 'appliesWhen'"),
                tuple(14, "unknown access value 'ADMIN'"),
                tuple(21, "unknown dataCategories value 'MEDICAL'"));
        assertThat(problems).hasSize(13);
    }

    @Test
    void brokenFilesYieldNoQuestionnaire() {
        assertThat(QuestionnaireLoader.load(Fixtures.folder("questionnaires-broken")).questionnaires()).isEmpty();
    }

    @Test
    void oneBrokenFileStopsNothingElse() {
        LoadResult result = QuestionnaireLoader.load(Fixtures.folder("questionnaires-mixed"));

        assertThat(result.questionnaires()).extracting(Questionnaire::key).containsExactly("alpha", "beta");
        assertThat(result.problemsByFile()).containsOnlyKeys("broken-v1.yaml");
        assertThat(result.problems()).extracting(ValidationProblem::line, ValidationProblem::reason).containsExactly(
                tuple(2, "'version' must be an integer, not 'one'"),
                tuple(4, "unknown language 'de' (expected en, nl or fr)"),
                tuple(5, "'sections' is an empty list"));
    }

    @Test
    void readsOnlyYamlFilesDirectlyInTheFolderAndSkipsHiddenOnes() {
        LoadResult result = QuestionnaireLoader.load(Fixtures.folder("questionnaires-mixed"));

        assertThat(result.files()).extracting(ParseResult::fileName)
                .containsExactly("alpha-v1.yaml", "beta-v1.yml", "broken-v1.yaml");
    }

    @Test
    void aMissingFolderIsAFolderProblem() {
        LoadResult result = QuestionnaireLoader.load(Fixtures.folder("questionnaires-good").resolve("no-such-folder"));

        assertThat(result.files()).isEmpty();
        assertThat(result.folderProblems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(QuestionnaireLoader.FOLDER);
            assertThat(p.reason()).contains("does not exist");
        });
    }

    private static void assertProblems(Map<String, List<ValidationProblem>> problems, String file,
            org.assertj.core.groups.Tuple... expected) {
        assertThat(problems).containsKey(file);
        List<ValidationProblem> found = problems.get(file);
        assertThat(found).as(file).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            Object[] lineAndReason = expected[i].toArray();
            ValidationProblem problem = found.get(i);
            assertThat(problem.file()).isEqualTo(file);
            assertThat(problem.line()).as(problem.toString()).isEqualTo(lineAndReason[0]);
            assertThat(problem.reason()).as(problem.toString()).startsWith((String) lineAndReason[1]);
        }
    }
}
