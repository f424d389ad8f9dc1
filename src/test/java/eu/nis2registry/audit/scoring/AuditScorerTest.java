package eu.nis2registry.audit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import eu.nis2registry.audit.questionnaire.AnswerValidator;
import eu.nis2registry.audit.questionnaire.AnswerValue;
import eu.nis2registry.audit.questionnaire.Claim;
import eu.nis2registry.audit.questionnaire.EngagementProfile;
import eu.nis2registry.inventory.Access;
import eu.nis2registry.inventory.Criticality;
import eu.nis2registry.inventory.DataCategory;
import eu.nis2registry.audit.questionnaire.Question;
import eu.nis2registry.audit.questionnaire.Questionnaire;
import eu.nis2registry.audit.questionnaire.QuestionnaireLoader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuditScorerTest {

    private static final EngagementProfile USER_ACCESS = EngagementProfile.of(Access.USER, Criticality.MEDIUM);
    private static final EngagementProfile PATIENT_DATA =
            EngagementProfile.of(Access.USER, Criticality.HIGH, DataCategory.HEALTH);

    private static Questionnaire v1;
    private static Questionnaire v2;
    private static Questionnaire nis2;

    @BeforeAll
    static void load() throws URISyntaxException {
        Path good = Path.of(AuditScorerTest.class.getResource("/questionnaires-good").toURI());
        var loaded = QuestionnaireLoader.load(good).questionnaires();
        v1 = loaded.stream().filter(q -> q.key().equals("sample") && q.version() == 1).findFirst().orElseThrow();
        v2 = loaded.stream().filter(q -> q.key().equals("sample") && q.version() == 2).findFirst().orElseThrow();
        nis2 = QuestionnaireLoader.load(Path.of("questionnaires")).questionnaires().stream()
                .filter(q -> q.key().equals("nis2-supplier-security")).findFirst().orElseThrow();
    }

    private static Map<String, AnswerValue> answers(Questionnaire q, EngagementProfile profile, Map<String, Object> raw) {
        var check = AnswerValidator.validate(q, raw, profile);
        assertThat(check.problems()).isEmpty();
        return check.values();
    }

    @Test
    void fullComplianceScoresOne() {
        AuditScore score = AuditScorer.score(v1, answers(v1, USER_ACCESS,
                Map.of("mfa", "YES", "patch", 5, "certification", "ISO_27001")), USER_ACCESS);

        assertThat(score.ratio()).hasValue(1.0);
        assertThat(score.percent()).hasValue(100);
        assertThat(score.nonCompliant()).isEmpty();
        assertThat(score.failedKnockOuts()).isEmpty();
    }

    @Test
    void partialCountsHalf() {
        AuditScore score = AuditScorer.score(v1, answers(v1, USER_ACCESS,
                Map.of("mfa", "PARTIAL", "certification", "ISO_27001")), USER_ACCESS);

        // (3 x 0.5 + 1 x 1) / (3 + 1)
        assertThat(score.earnedWeight()).isEqualTo(2.5);
        assertThat(score.applicableWeight()).isEqualTo(4.0);
        assertThat(score.ratio().getAsDouble()).isCloseTo(0.625, within(1e-9));
        assertThat(score.percent()).hasValue(63);
    }

    @Test
    void noCountsNothing() {
        AuditScore score = AuditScorer.score(v1, answers(v1, USER_ACCESS,
                Map.of("mfa", "NO", "certification", "ISO_27001")), USER_ACCESS);

        assertThat(score.ratio().getAsDouble()).isCloseTo(0.25, within(1e-9));
    }

    @Test
    void notApplicableIsLeftOutOfNumeratorAndDenominator() {
        AuditScore score = AuditScorer.score(v1, answers(v1, USER_ACCESS,
                Map.of("mfa", "NOT_APPLICABLE", "certification", "CYFUN_BASIC")), USER_ACCESS);

        assertThat(score.applicableWeight()).isEqualTo(1.0);
        assertThat(score.ratio().getAsDouble()).isCloseTo(0.6, within(1e-9));
        assertThat(score.scoredAnswers()).isEqualTo(1);
    }

    @Test
    void anAuditOfOnlyNotApplicableAnswersHasNoScore() {
        AuditScore score = AuditScorer.score(v1, answers(v1, USER_ACCESS, Map.of("mfa", "NOT_APPLICABLE")), USER_ACCESS);

        assertThat(score.ratio()).isEmpty();
        assertThat(score.percent()).isEmpty();
    }

    @Test
    void scaleScoresLinearlyBetweenMinAndMax() {
        AuditScore score = AuditScorer.score(v1, answers(v1, USER_ACCESS, Map.of("patch", 3)), USER_ACCESS);

        assertThat(score.ratio().getAsDouble()).isCloseTo(0.5, within(1e-9));
        assertThat(AuditScorer.compliance(v1.question("patch").orElseThrow(), new AnswerValue.Scale(2)))
                .hasValue(0.25);
    }

    @Test
    void choiceScoresTheOptionScore() {
        Question certification = v1.question("certification").orElseThrow();

        assertThat(AuditScorer.compliance(certification, new AnswerValue.Choice("CYFUN_BASIC"))).hasValue(0.6);
        assertThat(AuditScorer.compliance(certification, new AnswerValue.Choice("NONE"))).hasValue(0.0);
    }

    @Test
    void textAnswersAndUnansweredQuestionsAreNotScored() {
        AuditScore score = AuditScorer.score(v1, answers(v1, USER_ACCESS,
                Map.of("notes", "Nothing to add", "certification", "ISO_27001")), USER_ACCESS);

        assertThat(score.applicableWeight()).isEqualTo(1.0);
        assertThat(score.scoredAnswers()).isEqualTo(1);
        assertThat(AuditScorer.compliance(v1.question("notes").orElseThrow(), new AnswerValue.Text("x"))).isEmpty();
    }

    @Test
    void answersToQuestionsThatDoNotApplyAreIgnored() {
        Map<String, AnswerValue> answers = new HashMap<>();
        answers.put("remote", AnswerValue.YesNo.NO);
        answers.put("certification", new AnswerValue.Choice("ISO_27001"));

        AuditScore score = AuditScorer.score(v1, answers, USER_ACCESS);

        assertThat(score.ratio()).hasValue(1.0);
        assertThat(score.nonCompliant()).isEmpty();
    }

    @Test
    void listsAFailedKnockOutWithItsQuestionAsCritical() {
        AuditScore score = AuditScorer.score(v1, answers(v1, PATIENT_DATA,
                Map.of("mfa", "PARTIAL", "patch", 5, "certification", "ISO_27001")), PATIENT_DATA);

        assertThat(score.hasFailedKnockOut()).isTrue();
        assertThat(score.failedKnockOuts()).containsExactly(new FailedKnockOut("mfa", "Is MFA enforced everywhere?"));
        assertThat(score.nonCompliant()).singleElement().satisfies(item -> {
            assertThat(item.questionId()).isEqualTo("mfa");
            assertThat(item.sectionId()).isEqualTo("access");
            assertThat(item.failedKnockOut()).isTrue();
            assertThat(item.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(item.answer()).isEqualTo(AnswerValue.YesNo.PARTIAL);
            assertThat(item.references()).contains("NIS2 Art. 21(2)(j)");
        });
    }

    @Test
    void theSameAnswerIsNoKnockOutWhereItsConditionDoesNotHold() {
        AuditScore score = AuditScorer.score(v1, answers(v1, USER_ACCESS, Map.of("mfa", "NO")), USER_ACCESS);

        assertThat(score.failedKnockOuts()).isEmpty();
        assertThat(score.nonCompliant()).singleElement().satisfies(item -> {
            assertThat(item.failedKnockOut()).isFalse();
            assertThat(item.severity()).isEqualTo(Severity.HIGH);
        });
    }

    @Test
    void aScaleAnswerAtTheThresholdFailsItsKnockOut() {
        AuditScore atThreshold = AuditScorer.score(v1, answers(v1, USER_ACCESS, Map.of("patch", 1)), USER_ACCESS);
        AuditScore above = AuditScorer.score(v1, answers(v1, USER_ACCESS, Map.of("patch", 2)), USER_ACCESS);

        assertThat(atThreshold.failedKnockOuts()).extracting(FailedKnockOut::questionId).containsExactly("patch");
        assertThat(above.failedKnockOuts()).isEmpty();
        assertThat(above.nonCompliant()).extracting(NonCompliantItem::severity).containsExactly(Severity.MEDIUM);
    }

    @Test
    void aZeroWeightQuestionRaisesAFindingButMovesNoScore() {
        AuditScore score = AuditScorer.score(v2, Map.of("mfa", AnswerValue.YesNo.YES, "edr", AnswerValue.YesNo.NO),
                USER_ACCESS);

        assertThat(score.ratio()).hasValue(1.0);
        assertThat(score.nonCompliant()).extracting(NonCompliantItem::questionId, NonCompliantItem::severity)
                .containsExactly(tuple("edr", Severity.LOW));
    }

    @Test
    void severityFollowsTheWeightTheAnswerLost() {
        assertThat(AuditScorer.severity(3, 0, false)).isEqualTo(Severity.HIGH);
        assertThat(AuditScorer.severity(2, 0, false)).isEqualTo(Severity.HIGH);
        assertThat(AuditScorer.severity(3, 0.5, false)).isEqualTo(Severity.MEDIUM);
        assertThat(AuditScorer.severity(1, 0, false)).isEqualTo(Severity.MEDIUM);
        assertThat(AuditScorer.severity(1, 0.5, false)).isEqualTo(Severity.LOW);
        assertThat(AuditScorer.severity(0.5, 1, true)).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void aWorseAnswerNeverRaisesTheScore() {
        double yes = AuditScorer.score(v1, Map.of("mfa", AnswerValue.YesNo.YES), USER_ACCESS).ratio().getAsDouble();
        double partial = AuditScorer.score(v1, Map.of("mfa", AnswerValue.YesNo.PARTIAL), USER_ACCESS).ratio().getAsDouble();
        double no = AuditScorer.score(v1, Map.of("mfa", AnswerValue.YesNo.NO), USER_ACCESS).ratio().getAsDouble();

        assertThat(yes).isGreaterThan(partial);
        assertThat(partial).isGreaterThan(no);
    }

    @Test
    void claimsMfaOnlyWhenNoApplicableClaimQuestionFallsShortOfYes() {
        Map<String, Object> raw = new HashMap<>(Map.of("iam-mfa-staff", "YES", "iam-mfa-users", "YES"));
        assertThat(AuditScorer.score(nis2, answers(nis2, PATIENT_DATA, raw), PATIENT_DATA).claims(Claim.MFA_ENFORCED))
                .isTrue();

        raw.put("iam-mfa-users", "PARTIAL");
        assertThat(AuditScorer.score(nis2, answers(nis2, PATIENT_DATA, raw), PATIENT_DATA).claims()).isEmpty();

        raw.remove("iam-mfa-users");
        assertThat(AuditScorer.score(nis2, answers(nis2, PATIENT_DATA, raw), PATIENT_DATA).claims()).isEmpty();

        raw.put("iam-mfa-users", "NOT_APPLICABLE");
        assertThat(AuditScorer.score(nis2, answers(nis2, PATIENT_DATA, raw), PATIENT_DATA).claims())
                .containsExactly(Claim.MFA_ENFORCED);

        raw.put("iam-mfa-staff", "NO");
        assertThat(AuditScorer.score(nis2, answers(nis2, PATIENT_DATA, raw), PATIENT_DATA).claims()).isEmpty();
    }

    @Test
    void scoresTheShippedQuestionnaireWithItsKnockOuts() {
        Map<String, Object> raw = new HashMap<>();
        nis2.questions().stream().filter(q -> q.appliesTo(PATIENT_DATA)).forEach(q -> raw.put(q.id(), switch (q.type()) {
            case YES_NO -> "YES";
            case SCALE -> q.scale().max();
            case CHOICE -> q.options().get(0).value();
            case TEXT -> "None.";
        }));
        raw.put("endpoint-edr", "PARTIAL");
        raw.put("contract-verification", "NEITHER");

        AuditScore score = AuditScorer.score(nis2, answers(nis2, PATIENT_DATA, raw), PATIENT_DATA);

        assertThat(score.failedKnockOuts()).extracting(FailedKnockOut::questionId)
                .containsExactly("endpoint-edr", "contract-verification");
        assertThat(score.ratio().getAsDouble()).isLessThan(1.0).isGreaterThan(0.8);
    }

    @Test
    void everyPossibleAnswerToAShippedQuestionHasACompliance0To1() {
        for (Question q : nis2.questions()) {
            List<AnswerValue> possible = switch (q.type()) {
                case YES_NO -> List.of(AnswerValue.YesNo.values());
                case SCALE -> IntStream.rangeClosed(q.scale().min(), q.scale().max())
                        .mapToObj(v -> (AnswerValue) new AnswerValue.Scale(v)).toList();
                case CHOICE -> q.options().stream().map(o -> (AnswerValue) new AnswerValue.Choice(o.value())).toList();
                case TEXT -> List.of();
            };
            for (AnswerValue answer : possible) {
                assertThat(AuditScorer.compliance(q, answer).getAsDouble()).as(q.id() + " " + answer).isBetween(0.0, 1.0);
            }
        }
    }

    @Test
    void refusesAnAnswerOfTheWrongKind() {
        assertThatThrownBy(() -> AuditScorer.score(v1, Map.of("mfa", new AnswerValue.Scale(3)), USER_ACCESS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mfa");
    }
}
