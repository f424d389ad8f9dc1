package eu.nis2registry.audit.questionnaire;

/** Why one answer was refused; {@code message} is meant for the person filling in the audit. */
public record AnswerProblem(String questionId, Code code, String message) {

    public enum Code {
        UNKNOWN_QUESTION,
        NOT_APPLICABLE_TO_ENGAGEMENT,
        MISSING_VALUE,
        WRONG_KIND,
        OUT_OF_RANGE,
        NOT_AN_OPTION,
        NOT_APPLICABLE_REFUSED,
        TEXT_TOO_LONG,
        REQUIRED_UNANSWERED
    }
}
