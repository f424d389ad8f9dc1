package eu.nis2registry.audit.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import eu.nis2registry.audit.questionnaire.AnswerProblem.Code;
import eu.nis2registry.inventory.Access;
import eu.nis2registry.inventory.Criticality;
import eu.nis2registry.inventory.DataCategory;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AnswerValidatorTest {

    private static final EngagementProfile USER_ACCESS = EngagementProfile.of(Access.USER, Criticality.MEDIUM);
    private static final EngagementProfile PRIVILEGED = EngagementProfile.of(Access.PRIVILEGED, Criticality.HIGH);
    private static final EngagementProfile PATIENT_DATA =
            EngagementProfile.of(Access.USER, Criticality.HIGH, DataCategory.HEALTH);

    private static Questionnaire sample;

    @BeforeAll
    static void load() {
        sample = QuestionnaireLoader.load(Fixtures.folder("questionnaires-good")).questionnaires().stream()
                .filter(q -> q.key().equals("sample") && q.version() == 1).findFirst().orElseThrow();
    }

    @Test
    void turnsValidRawValuesIntoTypedAnswers() {
        AnswerCheck check = AnswerValidator.validate(sample, Map.of(
                "mfa", "PARTIAL", "patch", 4, "certification", "CYFUN_BASIC", "notes", "  Nothing else.  "), USER_ACCESS);

        assertThat(check.isValid()).isTrue();
        assertThat(check.values()).containsOnly(
                Map.entry("mfa", AnswerValue.YesNo.PARTIAL),
                Map.entry("patch", new AnswerValue.Scale(4)),
                Map.entry("certification", new AnswerValue.Choice("CYFUN_BASIC")),
                Map.entry("notes", new AnswerValue.Text("Nothing else.")));
    }

    @Test
    void rawFormOfEachAnswerIsWhatTheApiCarries() {
        AnswerCheck check = AnswerValidator.validate(sample, Map.of("mfa", "YES", "patch", "3"), USER_ACCESS);

        assertThat(check.values().get("mfa").raw()).isEqualTo("YES");
        assertThat(check.values().get("patch").raw()).isEqualTo(3);
        assertThat(AnswerValue.NOT_APPLICABLE.raw()).isEqualTo("NOT_APPLICABLE");
    }

    @Test
    void acceptsScaleValuesAsAnyIntegralNumberOrDigitString() {
        for (Object raw : List.of(2, 2L, (short) 2, BigInteger.TWO, "2", " 2 ")) {
            assertThat(AnswerValidator.validate(sample, Map.of("patch", raw), USER_ACCESS).values())
                    .as(raw.getClass().getSimpleName()).containsEntry("patch", new AnswerValue.Scale(2));
        }
    }

    @Test
    void reportsEveryProblemKeyedByQuestionId() {
        Map<String, Object> raw = new HashMap<>();
        raw.put("mfa", "yes");
        raw.put("patch", 6);
        raw.put("certification", "SOC2");
        raw.put("notes", 42);
        raw.put("remote", "YES");
        raw.put("ghost", "YES");

        AnswerCheck check = AnswerValidator.validate(sample, raw, USER_ACCESS);

        assertThat(check.isValid()).isFalse();
        assertThat(check.values()).isEmpty();
        assertThat(check.problemsByQuestion()).containsOnlyKeys("mfa", "patch", "certification", "notes", "remote", "ghost");
        assertThat(check.problems()).extracting(AnswerProblem::questionId, AnswerProblem::code).containsExactlyInAnyOrder(
                tuple("mfa", Code.WRONG_KIND),
                tuple("patch", Code.OUT_OF_RANGE),
                tuple("certification", Code.NOT_AN_OPTION),
                tuple("notes", Code.WRONG_KIND),
                tuple("remote", Code.NOT_APPLICABLE_TO_ENGAGEMENT),
                tuple("ghost", Code.UNKNOWN_QUESTION));
    }

    @Test
    void explainsTheExpectedValueInTheMessage() {
        AnswerCheck check = AnswerValidator.validate(sample, Map.of("patch", 0, "certification", "SOC2", "mfa", true),
                USER_ACCESS);

        assertThat(check.problemsByQuestion().get("patch").get(0).message())
                .isEqualTo("question 'patch' expects an integer from 1 to 5 or NOT_APPLICABLE, got 0");
        assertThat(check.problemsByQuestion().get("certification").get(0).message())
                .isEqualTo("question 'certification' expects one of ISO_27001, CYFUN_BASIC, NONE or NOT_APPLICABLE, got 'SOC2'");
        assertThat(check.problemsByQuestion().get("mfa").get(0).message())
                .isEqualTo("question 'mfa' expects YES, NO, PARTIAL or NOT_APPLICABLE, got a boolean");
    }

    @Test
    void refusesNonIntegralOrHugeScaleValues() {
        AnswerCheck check = AnswerValidator.validate(sample, Map.of("patch", 2.5), USER_ACCESS);
        assertThat(check.problems()).extracting(AnswerProblem::code).containsExactly(Code.WRONG_KIND);

        check = AnswerValidator.validate(sample, Map.of("patch", "99999999999999999999"), USER_ACCESS);
        assertThat(check.problems()).extracting(AnswerProblem::code).containsExactly(Code.OUT_OF_RANGE);
    }

    @Test
    void acceptsNotApplicableWhereNoKnockOutIsAtStake() {
        AnswerCheck check = AnswerValidator.validate(sample,
                Map.of("mfa", "NOT_APPLICABLE", "patch", "NOT_APPLICABLE", "certification", "NOT_APPLICABLE"), USER_ACCESS);

        assertThat(check.problems()).extracting(AnswerProblem::questionId).containsExactly("patch");
        assertThat(check.values()).containsEntry("mfa", AnswerValue.NOT_APPLICABLE)
                .containsEntry("certification", AnswerValue.NOT_APPLICABLE);
    }

    @Test
    void refusesNotApplicableOnAKnockOutThatCountsForTheEngagement() {
        AnswerCheck check = AnswerValidator.validate(sample, Map.of("mfa", "NOT_APPLICABLE"), PATIENT_DATA);

        assertThat(check.problems()).extracting(AnswerProblem::questionId, AnswerProblem::code)
                .containsExactly(tuple("mfa", Code.NOT_APPLICABLE_REFUSED));
    }

    @Test
    void treatsNotApplicableAsTextOnATextQuestion() {
        AnswerCheck check = AnswerValidator.validate(sample, Map.of("notes", "NOT_APPLICABLE"), USER_ACCESS);

        assertThat(check.values()).containsEntry("notes", new AnswerValue.Text("NOT_APPLICABLE"));
    }

    @Test
    void refusesEmptyOrOverlongText() {
        AnswerCheck check = AnswerValidator.validate(sample, Map.of("notes", "   "), USER_ACCESS);
        assertThat(check.problems()).extracting(AnswerProblem::code).containsExactly(Code.MISSING_VALUE);

        String longText = "x".repeat(AnswerValidator.MAX_TEXT_LENGTH + 1);
        check = AnswerValidator.validate(sample, Map.of("notes", longText), USER_ACCESS);
        assertThat(check.problems()).extracting(AnswerProblem::code).containsExactly(Code.TEXT_TOO_LONG);
        assertThat(check.problems().get(0).message()).doesNotContain(longText);
    }

    @Test
    void refusesAnAnswerWithoutValue() {
        Map<String, Object> raw = new HashMap<>();
        raw.put("mfa", null);

        assertThat(AnswerValidator.validate(sample, raw, USER_ACCESS).problems()).extracting(AnswerProblem::code)
                .containsExactly(Code.MISSING_VALUE);
    }

    @Test
    void appliesQuestionsByTheirCondition() {
        Question remote = sample.question("remote").orElseThrow();
        Question mfa = sample.question("mfa").orElseThrow();

        assertThat(AnswerValidator.applies(remote, PRIVILEGED)).isTrue();
        assertThat(AnswerValidator.applies(remote, USER_ACCESS)).isFalse();
        assertThat(AnswerValidator.applies(mfa, USER_ACCESS)).isTrue();
        assertThat(AnswerValidator.validate(sample, Map.of("remote", "YES"), PRIVILEGED).isValid()).isTrue();
    }

    @Test
    void listsRequiredApplicableQuestionsStillUnanswered() {
        assertThat(AnswerValidator.unansweredRequired(sample, Set.of("mfa"), USER_ACCESS))
                .extracting(Question::id).containsExactly("patch", "certification");
        assertThat(AnswerValidator.unansweredRequired(sample, Set.of("mfa"), PRIVILEGED))
                .extracting(Question::id).containsExactly("remote", "patch", "certification");
        assertThat(AnswerValidator.unansweredRequired(sample, Set.of("mfa", "patch", "certification"), USER_ACCESS))
                .isEmpty();
    }

    @Test
    void checksASubmissionForBadAndMissingAnswers() {
        AnswerCheck check = AnswerValidator.checkSubmission(sample, Map.of("mfa", "YES", "patch", 9), USER_ACCESS);

        assertThat(check.problems()).extracting(AnswerProblem::questionId, AnswerProblem::code).containsExactly(
                tuple("patch", Code.OUT_OF_RANGE),
                tuple("certification", Code.REQUIRED_UNANSWERED));
    }
}
