package eu.nis2registry.audit.questionnaire;

import java.util.Objects;

/**
 * A validated answer value. Produced by {@link AnswerValidator} for one question; {@link #raw()}
 * gives the form used in the API and in storage (a String, or an Integer for SCALE).
 */
public sealed interface AnswerValue {

    NotApplicable NOT_APPLICABLE = NotApplicable.INSTANCE;

    Object raw();

    enum YesNo implements AnswerValue {
        YES, NO, PARTIAL;

        @Override
        public Object raw() {
            return name();
        }
    }

    /** The answer "this does not apply to us"; kept out of the score entirely. */
    enum NotApplicable implements AnswerValue {
        INSTANCE;

        public static final String RAW = "NOT_APPLICABLE";

        @Override
        public Object raw() {
            return RAW;
        }
    }

    record Scale(int value) implements AnswerValue {
        @Override
        public Object raw() {
            return value;
        }
    }

    record Choice(String value) implements AnswerValue {
        public Choice {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Object raw() {
            return value;
        }
    }

    record Text(String text) implements AnswerValue {
        public Text {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public Object raw() {
            return text;
        }
    }
}
