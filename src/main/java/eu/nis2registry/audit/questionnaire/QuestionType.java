package eu.nis2registry.audit.questionnaire;

/** How a question is answered, and so how its answer is validated and scored. */
public enum QuestionType {
    /** YES, NO, PARTIAL or NOT_APPLICABLE. */
    YES_NO,
    /** An integer between the question's min and max. */
    SCALE,
    /** One of the question's option values, each with its own score. */
    CHOICE,
    /** Free text; never scored, never a knock-out. */
    TEXT;

    /** Whether answers of this type enter the audit score. */
    public boolean isScored() {
        return this != TEXT;
    }
}
