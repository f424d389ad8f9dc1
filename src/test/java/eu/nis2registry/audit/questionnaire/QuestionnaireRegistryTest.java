package eu.nis2registry.audit.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionnaireRegistryTest {

    private static final String BROKEN = "key: sample\nversion: [\n";

    @TempDir
    Path folder;

    private final QuestionnaireRegistry registry = new QuestionnaireRegistry();

    @BeforeEach
    void copyGoodFixtures() throws IOException {
        for (String name : new String[] {"sample-v1.yaml", "sample-v2.yaml", "sample-nl-v1.yaml"}) {
            Files.copy(Fixtures.folder("questionnaires-good").resolve(name), folder.resolve(name));
        }
    }

    @Test
    void keepsEveryVersionAndServesTheHighestAsNewest() {
        ReloadReport report = registry.reload(folder);

        assertThat(report.isClean()).isTrue();
        assertThat(report.retained()).isEmpty();
        assertThat(registry.versions("sample")).extracting(Questionnaire::version).containsExactly(1, 2);
        assertThat(registry.newest("sample").orElseThrow().version()).isEqualTo(2);
        assertThat(registry.find("sample", 1).orElseThrow().title()).isEqualTo("Sample questionnaire");
        assertThat(registry.find("sample", 3)).isEmpty();
        assertThat(registry.newest("unknown")).isEmpty();
        assertThat(registry.newestOfEach()).extracting(Questionnaire::key, Questionnaire::version)
                .containsExactly(tuple("sample", 2), tuple("sample-nl", 1));
        assertThat(registry.all()).hasSize(3);
    }

    @Test
    void aFileBrokenOnReloadKeepsServingItsLastGoodDefinition() throws IOException {
        registry.reload(folder);
        Questionnaire before = registry.find("sample", 2).orElseThrow();

        Files.writeString(folder.resolve("sample-v2.yaml"), BROKEN);
        ReloadReport report = registry.reload(folder);

        assertThat(registry.find("sample", 2)).contains(before);
        assertThat(registry.newest("sample").orElseThrow().sha256()).isEqualTo(before.sha256());
        assertThat(report.retained()).containsExactly(before);
        assertThat(report.problemsByFile()).containsOnlyKeys("sample-v2.yaml");
        assertThat(registry.lastReport()).isEqualTo(report);
    }

    @Test
    void theLastGoodDefinitionSurvivesSeveralBrokenReloadsAndIsReplacedOnceFixed() throws IOException {
        registry.reload(folder);
        Questionnaire original = registry.find("sample", 2).orElseThrow();
        Files.writeString(folder.resolve("sample-v2.yaml"), BROKEN);
        registry.reload(folder);
        registry.reload(folder);

        assertThat(registry.find("sample", 2)).contains(original);

        String fixed = Files.readString(Fixtures.folder("questionnaires-good").resolve("sample-v2.yaml"))
                .replace("second version", "second version, fixed");
        Files.writeString(folder.resolve("sample-v2.yaml"), fixed);
        ReloadReport report = registry.reload(folder);

        assertThat(report.isClean()).isTrue();
        assertThat(registry.find("sample", 2).orElseThrow().title()).endsWith("fixed");
        assertThat(registry.find("sample", 2).orElseThrow().sha256()).isNotEqualTo(original.sha256());
    }

    @Test
    void aNewVersionThatIsBrokenLeavesThePreviousVersionAsNewest() throws IOException {
        Files.writeString(folder.resolve("sample-v3.yaml"), BROKEN);

        ReloadReport report = registry.reload(folder);

        assertThat(registry.newest("sample").orElseThrow().version()).isEqualTo(2);
        assertThat(report.problems()).extracting(ValidationProblem::file).containsOnly("sample-v3.yaml");
    }

    @Test
    void aDeletedFileTakesItsDefinitionAway() throws IOException {
        registry.reload(folder);
        Files.delete(folder.resolve("sample-v2.yaml"));

        registry.reload(folder);

        assertThat(registry.find("sample", 2)).isEmpty();
        assertThat(registry.newest("sample").orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void anUnreadableFolderKeepsEverything() throws IOException {
        registry.reload(folder);

        ReloadReport report = registry.reload(folder.resolve("missing"));

        assertThat(registry.all()).hasSize(3);
        assertThat(report.retained()).hasSize(3);
        assertThat(report.problems()).singleElement()
                .satisfies(p -> assertThat(p.file()).isEqualTo(QuestionnaireLoader.FOLDER));
    }

    @Test
    void aSecondFileForTheSameVersionIsNotUsed() throws IOException {
        Files.copy(folder.resolve("sample-v1.yaml"), folder.resolve("copy-of-sample-v1.yaml"));

        ReloadReport report = registry.reload(folder);

        // Without history the first file by name wins.
        assertThat(registry.find("sample", 1).orElseThrow().fileName()).isEqualTo("copy-of-sample-v1.yaml");
        assertThat(report.problems()).extracting(ValidationProblem::file, ValidationProblem::reason).containsExactly(
                tuple("sample-v1.yaml", "key 'sample' version 1 is already defined in copy-of-sample-v1.yaml; this file is not used"));
    }

    @Test
    void theFileThatServedAVersionKeepsItWhenADuplicateAppears() throws IOException {
        registry.reload(folder);
        Files.copy(folder.resolve("sample-v1.yaml"), folder.resolve("copy-of-sample-v1.yaml"));

        ReloadReport report = registry.reload(folder);

        assertThat(registry.find("sample", 1).orElseThrow().fileName()).isEqualTo("sample-v1.yaml");
        assertThat(report.problems()).extracting(ValidationProblem::file).containsExactly("copy-of-sample-v1.yaml");
    }

    @Test
    void aTranslationMustMatchItsOriginalQuestionForQuestion() throws IOException {
        Path nl = folder.resolve("sample-nl-v1.yaml");
        String changed = Files.readString(nl).replace("        weight: 2\n        appliesWhen",
                "        weight: 1\n        appliesWhen");
        Files.writeString(nl, changed);

        ReloadReport report = registry.reload(folder);

        assertThat(registry.newest("sample-nl")).isEmpty();
        assertThat(report.problems()).extracting(ValidationProblem::file, ValidationProblem::line, ValidationProblem::reason)
                .containsExactly(tuple("sample-nl-v1.yaml", 22, "question 'remote' differs from 'sample' version 1 in weight;"
                        + " a translation changes only texts"));
    }

    @Test
    void aTranslationWithAnotherQuestionIsRejected() throws IOException {
        Path nl = folder.resolve("sample-nl-v1.yaml");
        Files.writeString(nl, Files.readString(nl).replace("id: notes", "id: remarks"));

        ReloadReport report = registry.reload(folder);

        assertThat(report.problems()).extracting(ValidationProblem::line, ValidationProblem::reason).containsExactly(
                tuple(0, "question 'notes' of 'sample' version 1 is missing"),
                tuple(53, "question 'remarks' is not in 'sample' version 1"));
    }

    @Test
    void aTranslationWithoutItsOriginalIsRejected() throws IOException {
        Files.delete(folder.resolve("sample-v1.yaml"));

        ReloadReport report = registry.reload(folder);

        assertThat(registry.newest("sample-nl")).isEmpty();
        assertThat(report.problems()).extracting(ValidationProblem::reason)
                .containsExactly("translation of 'sample' version 1, which is not loaded");
    }

    @Test
    void aTranslationBrokenOnReloadKeepsItsLastGoodEdition() throws IOException {
        registry.reload(folder);
        Path nl = folder.resolve("sample-nl-v1.yaml");
        Files.writeString(nl, Files.readString(nl).replace("weight: 3", "weight: 1"));

        ReloadReport report = registry.reload(folder);

        assertThat(registry.newest("sample-nl").orElseThrow().question("mfa").orElseThrow().weight()).isEqualTo(3.0);
        assertThat(report.retained()).extracting(Questionnaire::key).containsExactly("sample-nl");
    }

    @Test
    void aQuestionIdCannotChangeTypeFromOneVersionToTheNext() throws IOException {
        Path v2 = folder.resolve("sample-v2.yaml");
        Files.writeString(v2, Files.readString(v2).replace("id: edr", "id: patch"));

        ReloadReport report = registry.reload(folder);

        assertThat(registry.find("sample", 2)).isEmpty();
        assertThat(report.problems()).extracting(ValidationProblem::file, ValidationProblem::line, ValidationProblem::reason)
                .containsExactly(tuple("sample-v2.yaml", 16, "question id 'patch' was a SCALE question in version 1;"
                        + " a question with a new meaning needs a new id"));
    }
}
