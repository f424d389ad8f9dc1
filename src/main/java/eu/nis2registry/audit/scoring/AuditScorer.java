package eu.nis2registry.audit.scoring;

import eu.nis2registry.audit.questionnaire.AnswerValue;
import eu.nis2registry.audit.questionnaire.Claim;
import eu.nis2registry.audit.questionnaire.EngagementProfile;
import eu.nis2registry.audit.questionnaire.Question;
import eu.nis2registry.audit.questionnaire.QuestionType;
import eu.nis2registry.audit.questionnaire.Questionnaire;
import eu.nis2registry.audit.questionnaire.Section;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Scores an audit from its validated answers. The rules are documented in
 * {@code src/docs/audit-score.md}; in short:
 *
 * <ul>
 *   <li>compliance of an answer: YES 1, PARTIAL 0.5, NO 0; SCALE (v - min) / (max - min); CHOICE the
 *       option's score; NOT_APPLICABLE and TEXT answers are not scored;</li>
 *   <li>score = sum(weight x compliance) / sum(weight), over applicable questions with a scored
 *       answer; unanswered questions and answers to questions that do not apply are left out;</li>
 *   <li>a knock-out fails when the question applies, its knock-out condition holds for the
 *       engagement and the answer is a failing one;</li>
 *   <li>every answer below full compliance, and every failed knock-out, is a non-compliant item;</li>
 *   <li>a claim is made when the applicable questions carrying it are answered YES, or
 *       NOT_APPLICABLE, with at least one YES.</li>
 * </ul>
 */
public final class AuditScorer {

    /** Changes whenever a rule above changes, so stored scores can say which rules made them. */
    public static final String RULES_VERSION = "audit-score-1";

    private AuditScorer() {
    }

    public static AuditScore score(Questionnaire questionnaire, Map<String, AnswerValue> answers,
            EngagementProfile profile) {
        double earned = 0;
        double applicable = 0;
        int scored = 0;
        List<FailedKnockOut> failed = new ArrayList<>();
        List<NonCompliantItem> nonCompliant = new ArrayList<>();
        for (Section section : questionnaire.sections()) {
            for (Question question : section.questions()) {
                AnswerValue answer = answers.get(question.id());
                if (answer == null || !question.appliesTo(profile)) {
                    continue;
                }
                OptionalDouble compliance = compliance(question, answer);
                if (compliance.isEmpty()) {
                    continue;
                }
                double c = compliance.getAsDouble();
                earned += question.weight() * c;
                applicable += question.weight();
                scored++;
                boolean knockedOut = question.knockOutActiveFor(profile) && question.knockOut().failedBy(answer);
                if (knockedOut) {
                    failed.add(new FailedKnockOut(question.id(), question.text()));
                }
                if (knockedOut || c < 1) {
                    nonCompliant.add(new NonCompliantItem(question.id(), section.id(), question.text(), answer, c,
                            question.weight(), knockedOut, severity(question.weight(), c, knockedOut),
                            question.references()));
                }
            }
        }
        return new AuditScore(earned, applicable, scored, failed, nonCompliant, claims(questionnaire, answers, profile));
    }

    /** The compliance of one answer, 0 to 1; empty for NOT_APPLICABLE and TEXT. */
    public static OptionalDouble compliance(Question question, AnswerValue answer) {
        if (answer instanceof AnswerValue.NotApplicable || question.type() == QuestionType.TEXT) {
            return OptionalDouble.empty();
        }
        if (question.type() == QuestionType.YES_NO && answer instanceof AnswerValue.YesNo yesNo) {
            return OptionalDouble.of(switch (yesNo) {
                case YES -> 1.0;
                case PARTIAL -> 0.5;
                case NO -> 0.0;
            });
        }
        if (question.type() == QuestionType.SCALE && answer instanceof AnswerValue.Scale scale
                && question.scale().contains(scale.value())) {
            int min = question.scale().min();
            return OptionalDouble.of((double) (scale.value() - min) / (question.scale().max() - min));
        }
        if (question.type() == QuestionType.CHOICE && answer instanceof AnswerValue.Choice choice
                && question.option(choice.value()).isPresent()) {
            return OptionalDouble.of(question.option(choice.value()).get().score());
        }
        // Answers come from AnswerValidator; anything else is a programming error, not a bad answer.
        throw new IllegalArgumentException("answer " + answer + " does not fit question '" + question.id() + "'");
    }

    /**
     * A failed knock-out is CRITICAL. Otherwise the severity follows the weight the answer lost,
     * weight x (1 - compliance): 2 or more HIGH, 1 or more MEDIUM, less LOW. With the usual weights
     * 1 to 3, a NO on a weight-2 or weight-3 question is HIGH and a PARTIAL on weight 1 is LOW.
     */
    public static Severity severity(double weight, double compliance, boolean failedKnockOut) {
        if (failedKnockOut) {
            return Severity.CRITICAL;
        }
        double lost = weight * (1 - compliance);
        if (lost >= 2) {
            return Severity.HIGH;
        }
        return lost >= 1 ? Severity.MEDIUM : Severity.LOW;
    }

    private static Set<Claim> claims(Questionnaire questionnaire, Map<String, AnswerValue> answers,
            EngagementProfile profile) {
        Set<Claim> claims = EnumSet.noneOf(Claim.class);
        for (Claim claim : Claim.values()) {
            List<Question> carrying = questionnaire.questionsWithClaim(claim).stream()
                    .filter(q -> q.appliesTo(profile)).toList();
            boolean anyYes = carrying.stream().anyMatch(q -> answers.get(q.id()) == AnswerValue.YesNo.YES);
            // NOT_APPLICABLE means there is no such login to protect: it neither makes nor breaks the claim.
            boolean noneShort = carrying.stream().allMatch(q -> answers.get(q.id()) == AnswerValue.YesNo.YES
                    || answers.get(q.id()) == AnswerValue.NOT_APPLICABLE);
            if (anyYes && noneShort) {
                claims.add(claim);
            }
        }
        return claims;
    }
}
