package eu.nis2registry.audit.questionnaire;

import static eu.nis2registry.audit.questionnaire.Fixtures.parse;
import static eu.nis2registry.audit.questionnaire.Fixtures.withQuestions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import eu.nis2registry.inventory.Access;
import eu.nis2registry.inventory.Criticality;
import eu.nis2registry.inventory.DataCategory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuestionnaireParserTest {

    private static Questionnaire sample() throws IOException {
        byte[] bytes = Files.readAllBytes(Fixtures.folder("questionnaires-good").resolve("sample-v1.yaml"));
        return QuestionnaireParser.parse("sample-v1.yaml", bytes).questionnaire().orElseThrow();
    }

    @Test
    void readsTheHeaderAndSections() throws IOException {
        Questionnaire q = sample();

        assertThat(q.key()).isEqualTo("sample");
        assertThat(q.version()).isEqualTo(1);
        assertThat(q.title()).isEqualTo("Sample questionnaire");
        assertThat(q.language()).isEqualTo(Language.EN);
        assertThat(q.description()).startsWith("Every question type");
        assertThat(q.translationOf()).isNull();
        assertThat(q.fileName()).isEqualTo("sample-v1.yaml");
        assertThat(q.sections()).extracting(Section::id, Section::title, Section::line)
                .containsExactly(tuple("access", "Access", 7), tuple("assurance", "Assurance", 37));
        assertThat(q.questions()).extracting(Question::id, Question::line).containsExactly(
                tuple("mfa", 10), tuple("remote", 22), tuple("patch", 28), tuple("certification", 40), tuple("notes", 53));
    }

    @Test
    void hashesTheExactFileBytes() throws Exception {
        byte[] bytes = Files.readAllBytes(Fixtures.folder("questionnaires-good").resolve("sample-v1.yaml"));
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));

        assertThat(sample().sha256()).isEqualTo(expected);
        byte[] edited = (new String(bytes, StandardCharsets.UTF_8) + "\n# a comment\n").getBytes(StandardCharsets.UTF_8);
        assertThat(QuestionnaireParser.parse("x.yaml", edited).questionnaire().orElseThrow().sha256()).isNotEqualTo(expected);
    }

    @Test
    void readsAYesNoKnockOutWithAConditionOfSeveralClauses() throws IOException {
        Question mfa = sample().question("mfa").orElseThrow();

        assertThat(mfa.type()).isEqualTo(QuestionType.YES_NO);
        assertThat(mfa.weight()).isEqualTo(3.0);
        assertThat(mfa.required()).isTrue();
        assertThat(mfa.evidenceRequired()).isFalse();
        assertThat(mfa.claim()).isEqualTo(Claim.MFA_ENFORCED);
        assertThat(mfa.guidance()).startsWith("Answer PARTIAL");
        assertThat(mfa.references()).containsExactly("NIS2 Art. 21(2)(j)", "IR 2024/2690 11.7");
        assertThat(mfa.knockOut()).isInstanceOfSatisfying(KnockOut.OnAnswers.class, ko -> {
            assertThat(ko.answers()).containsExactlyInAnyOrder("NO", "PARTIAL");
            assertThat(ko.when().anyOf()).hasSize(2);
        });
        assertThat(mfa.knockOutActiveFor(EngagementProfile.of(Access.USER, Criticality.LOW, DataCategory.HEALTH))).isTrue();
        assertThat(mfa.knockOutActiveFor(EngagementProfile.of(Access.PRIVILEGED, Criticality.LOW))).isTrue();
        assertThat(mfa.knockOutActiveFor(EngagementProfile.of(Access.USER, Criticality.LOW, DataCategory.PERSONAL))).isFalse();
    }

    @Test
    void readsAScaleWithLabelsAndAThresholdKnockOut() throws IOException {
        Question patch = sample().question("patch").orElseThrow();

        assertThat(patch.scale()).isEqualTo(new ScaleRange(1, 5, Map.of(1, "No deadline", 5, "Within a week")));
        assertThat(patch.scale().sortedLabels().keySet()).containsExactly(1, 5);
        assertThat(patch.knockOut()).isEqualTo(new KnockOut.AtMost(1, Condition.ALWAYS));
        assertThat(patch.options()).isEmpty();
    }

    @Test
    void readsAChoiceWithOptionScoresAndAConjunctiveCondition() throws IOException {
        Question certification = sample().question("certification").orElseThrow();

        assertThat(certification.options()).containsExactly(
                new ChoiceOption("ISO_27001", "ISO/IEC 27001", 1.0),
                new ChoiceOption("CYFUN_BASIC", "CyFun Basic", 0.6),
                new ChoiceOption("NONE", "None", 0.0));
        assertThat(certification.evidenceRequired()).isTrue();
        assertThat(certification.knockOutActiveFor(
                EngagementProfile.of(Access.NONE, Criticality.HIGH, DataCategory.HEALTH))).isTrue();
        assertThat(certification.knockOutActiveFor(
                EngagementProfile.of(Access.NONE, Criticality.MEDIUM, DataCategory.HEALTH))).isFalse();
        assertThat(certification.knockOutActiveFor(EngagementProfile.of(Access.NONE, Criticality.HIGH))).isFalse();
    }

    @Test
    void textQuestionsDefaultToNoWeight() throws IOException {
        Question notes = sample().question("notes").orElseThrow();

        assertThat(notes.type()).isEqualTo(QuestionType.TEXT);
        assertThat(notes.weight()).isZero();
        assertThat(notes.required()).isFalse();
        assertThat(notes.appliesWhen()).isEqualTo(Condition.ALWAYS);
    }

    @Test
    void readsNoAsTheAnswerNotAsYaml11False() {
        ParseResult result = parse(withQuestions("""
                      - id: q
                        text: Q
                        type: YES_NO
                        knockOut: NO
                        references: [NIS2 Art. 20]
                """));

        assertThat(result.questionnaire().orElseThrow().question("q").orElseThrow().knockOut())
                .isEqualTo(new KnockOut.OnAnswers(Set.of("NO"), Condition.ALWAYS));
    }

    @Test
    void listsEveryProblemOfAFileNotOnlyTheFirst() {
        ParseResult result = parse("""
                key: Not A Key
                version: 0
                title: ""
                language: EN
                sections:
                  - id: s
                    title: S
                    questions:
                      - id: q
                        text: Q
                        type: SCALE
                        min: 1
                        max: 5
                        weight: heavy
                        required: yes
                        references: [ISO 27001]
                """);

        assertThat(result.isValid()).isFalse();
        assertThat(result.problems()).extracting(ValidationProblem::line).containsExactly(1, 2, 3, 4, 14, 15, 16);
        assertThat(result.problems()).extracting(ValidationProblem::file).containsOnly("inline.yaml");
    }

    @Test
    void rejectsAFileThatIsNotUtf8AtTheLineOfTheBadByte() {
        byte[] bytes = "key: a\nversion: 1\ntitle: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

        ParseResult result = QuestionnaireParser.parse("latin1.yaml", bytes);

        assertThat(result.problems()).extracting(ValidationProblem::line, ValidationProblem::reason)
                .containsExactly(tuple(3, "the file is not valid UTF-8"));
    }

    @Test
    void acceptsAByteOrderMark() throws IOException {
        byte[] body = Files.readAllBytes(Fixtures.folder("questionnaires-good").resolve("sample-v2.yaml"));
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xef;
        withBom[1] = (byte) 0xbb;
        withBom[2] = (byte) 0xbf;
        System.arraycopy(body, 0, withBom, 3, body.length);

        assertThat(QuestionnaireParser.parse("bom.yaml", withBom).isValid()).isTrue();
    }

    @Test
    void rejectsAnEmptyFile() {
        assertThat(parse("# only a comment\n").problems()).extracting(ValidationProblem::reason)
                .containsExactly("the file is empty");
    }

    @Test
    void rejectsAFileLargerThanTheLimit() {
        byte[] big = new byte[QuestionnaireParser.MAX_FILE_BYTES + 1];
        assertThat(QuestionnaireParser.parse("big.yaml", big).problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("larger than"));
    }

    @Test
    void rejectsASecondDocumentInTheFile() throws IOException {
        String sample = Files.readString(Fixtures.folder("questionnaires-good").resolve("sample-v2.yaml"));
        ParseResult result = parse(sample + "---\nkey: other\n");

        assertThat(result.problems()).extracting(ValidationProblem::line, ValidationProblem::reason)
                .containsExactly(tuple(22, "a file holds one questionnaire; found a second YAML document"));
    }

    @Test
    void rejectsAFieldGivenTwice() {
        ParseResult result = parse(withQuestions("""
                      - id: q
                        text: Q
                        type: YES_NO
                        text: Q again
                        references: [NIS2 Art. 20]
                """));

        assertThat(result.problems()).extracting(ValidationProblem::line, ValidationProblem::reason)
                .containsExactly(tuple(12, "field 'text' appears twice in a question (first at line 10)"));
    }

    @Test
    void acceptsOnlyTrueOrFalseForFlags() {
        ParseResult result = parse(withQuestions("""
                      - id: q
                        text: Q
                        type: YES_NO
                        evidenceRequired: on
                        references: [NIS2 Art. 20]
                """));

        assertThat(result.problems()).extracting(ValidationProblem::reason)
                .containsExactly("'evidenceRequired' must be true or false, not 'on'");
    }

    @Test
    void rejectsTypeSpecificFieldsOnOtherTypes() {
        ParseResult result = parse(withQuestions("""
                      - id: q
                        text: Q
                        type: YES_NO
                        min: 1
                        options:
                          - {value: A, label: A, score: 1}
                        references: [NIS2 Art. 20]
                      - id: t
                        text: T
                        type: TEXT
                        weight: 2
                        references: [NIS2 Art. 20]
                """));

        assertThat(result.problems()).extracting(ValidationProblem::line, ValidationProblem::reason).containsExactly(
                tuple(12, "'min' is only for SCALE questions"),
                tuple(13, "'options' is only for CHOICE questions"),
                tuple(19, "a TEXT question is not scored and takes no 'weight'"));
    }

    @Test
    void checksChoiceOptions() {
        ParseResult result = parse(withQuestions("""
                      - id: q
                        text: Q
                        type: CHOICE
                        options:
                          - {value: GOOD, label: Good, score: 1.5}
                          - {value: GOOD, label: Also good, score: 1}
                          - {value: NOT_APPLICABLE, label: N/A, score: 0}
                          - {value: lower, label: Lower case}
                        references: [NIS2 Art. 20]
                """));

        assertThat(result.problems()).extracting(ValidationProblem::line, ValidationProblem::reason).containsExactly(
                tuple(13, "option score must be between 0 and 1, not 1.5"),
                tuple(14, "duplicate option value 'GOOD' (first at line 13)"),
                tuple(15, "NOT_APPLICABLE is an answer to every question, not an option"),
                tuple(16, "option value 'lower' must be upper-case letters and digits joined by '_'"),
                tuple(16, "an option needs a 'score' between 0 and 1"));
    }

    @Test
    void rejectsAChoiceWithASingleOption() {
        ParseResult result = parse(withQuestions("""
                      - id: q
                        text: Q
                        type: CHOICE
                        options:
                          - {value: ONLY, label: Only, score: 1}
                        references: [NIS2 Art. 20]
                """));

        assertThat(result.problems()).extracting(ValidationProblem::reason)
                .containsExactly("a CHOICE question needs at least two options");
    }

    @Test
    void rejectsKnockOutsThatFailEveryAuditOrCanBeDodged() {
        ParseResult result = parse(withQuestions("""
                      - id: every
                        text: Q
                        type: YES_NO
                        knockOut: [YES, NO, PARTIAL]
                        references: [NIS2 Art. 20]
                      - id: na
                        text: Q
                        type: YES_NO
                        knockOut: NOT_APPLICABLE
                        references: [NIS2 Art. 20]
                      - id: optional
                        text: Q
                        type: YES_NO
                        required: false
                        knockOut: NO
                        references: [NIS2 Art. 20]
                """));

        assertThat(result.problems()).extracting(ValidationProblem::line, ValidationProblem::reason).containsExactly(
                tuple(12, "a knock-out on every possible answer would fail every audit"),
                tuple(17, "NOT_APPLICABLE is never a knock-out: it is excluded from the score"),
                tuple(22, "a knock-out question must be required, or it could be skipped"));
    }

    @Test
    void rejectsAKnockOutOfTheWrongFormForItsType() {
        ParseResult result = parse(withQuestions("""
                      - id: scale
                        text: Q
                        type: SCALE
                        min: 0
                        max: 3
                        knockOut: 0
                        references: [NIS2 Art. 20]
                      - id: yes-no
                        text: Q
                        type: YES_NO
                        knockOut: {atMost: 1}
                        references: [NIS2 Art. 20]
                      - id: both
                        text: Q
                        type: YES_NO
                        knockOut: {answers: NO, atMost: 1}
                        references: [NIS2 Art. 20]
                """));

        assertThat(result.problems()).extracting(ValidationProblem::line, ValidationProblem::reason).containsExactly(
                tuple(14, "a SCALE knock-out is a threshold, e.g. 'knockOut: {atMost: 1}'"),
                tuple(19, "a YES_NO knock-out names answers, e.g. 'knockOut: NO'"),
                tuple(24, "'knockOut' needs exactly one of 'answers' (YES_NO, CHOICE) or 'atMost' (SCALE)"));
    }

    @Test
    void rejectsAClaimOnAnythingButYesNo() {
        ParseResult result = parse(withQuestions("""
                      - id: q
                        text: Q
                        type: SCALE
                        min: 0
                        max: 2
                        claim: MFA_ENFORCED
                        references: [NIS2 Art. 20]
                      - id: r
                        text: R
                        type: YES_NO
                        claim: EVERYTHING_FINE
                        references: [NIS2 Art. 20]
                """));

        assertThat(result.problems()).extracting(ValidationProblem::line, ValidationProblem::reason).containsExactly(
                tuple(14, "a claim is made by answering YES, so only a YES_NO question can carry it"),
                tuple(19, "unknown claim 'EVERYTHING_FINE' (expected MFA_ENFORCED)"));
    }

    @Test
    void rejectsEmptyConditions() {
        ParseResult result = parse(withQuestions("""
                      - id: q
                        text: Q
                        type: YES_NO
                        appliesWhen: {}
                        references: [NIS2 Art. 20]
                      - id: r
                        text: R
                        type: YES_NO
                        appliesWhen: []
                        references: [NIS2 Art. 20]
                      - id: s
                        text: S
                        type: YES_NO
                        appliesWhen: {access: []}
                        references: [NIS2 Art. 20]
                """));

        assertThat(result.problems()).extracting(ValidationProblem::line, ValidationProblem::reason).containsExactly(
                tuple(12, "'appliesWhen' has no condition"),
                tuple(17, "'appliesWhen' is an empty list"),
                tuple(22, "'access' is an empty list"));
    }

    @Test
    void rejectsAQuestionnaireThatTranslatesItself() {
        ParseResult result = parse("""
                key: self
                version: 1
                translationOf: self
                title: Self
                language: nl
                sections:
                  - id: s
                    title: S
                    questions:
                      - {id: q, text: Q, type: YES_NO, references: [NIS2 Art. 20]}
                """);

        assertThat(result.problems()).extracting(ValidationProblem::line, ValidationProblem::reason)
                .containsExactly(tuple(3, "a questionnaire cannot be a translation of itself"));
    }

    @Test
    void refusesJavaTagsInsteadOfConstructingObjects() {
        ParseResult result = parse("""
                key: tagged
                version: 1
                title: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://localhost/"]]]]
                language: en
                sections:
                  - id: s
                    title: S
                    questions:
                      - {id: q, text: Q, type: YES_NO, references: [NIS2 Art. 20]}
                """);

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.reason()).startsWith("not valid YAML: Global tag is not allowed");
        });
    }
}
