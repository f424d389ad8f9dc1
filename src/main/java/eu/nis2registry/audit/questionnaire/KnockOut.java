package eu.nis2registry.audit.questionnaire;

import java.util.Objects;
import java.util.Set;

/**
 * The answer that fails a question outright, whatever the rest of the audit says. A knock-out can
 * be limited to some engagements with {@link #when()}: the question is still asked of everyone,
 * but only fails the audit where the condition holds (for example suppliers of patient data).
 */
public sealed interface KnockOut {

    Condition when();

    boolean failedBy(AnswerValue value);

    default boolean activeFor(EngagementProfile profile) {
        return when().matches(profile);
    }

    /** YES_NO (values among YES, NO, PARTIAL) or CHOICE (option values). */
    record OnAnswers(Set<String> answers, Condition when) implements KnockOut {
        public OnAnswers {
            answers = Set.copyOf(answers);
            Objects.requireNonNull(when, "when");
        }

        @Override
        public boolean failedBy(AnswerValue value) {
            if (value instanceof AnswerValue.YesNo yesNo) {
                return answers.contains(yesNo.name());
            }
            if (value instanceof AnswerValue.Choice choice) {
                return answers.contains(choice.value());
            }
            return false;
        }
    }

    /** SCALE: an answer at or below the threshold fails. */
    record AtMost(int threshold, Condition when) implements KnockOut {
        public AtMost {
            Objects.requireNonNull(when, "when");
        }

        @Override
        public boolean failedBy(AnswerValue value) {
            return value instanceof AnswerValue.Scale scale && scale.value() <= threshold;
        }
    }
}
