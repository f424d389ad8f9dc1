package eu.nis2registry.audit;

/** DRAFT -> SUBMITTED -> APPROVED, or REJECTED (editable again, like a draft) by a second person. */
public enum AuditStatus {
    DRAFT, SUBMITTED, APPROVED, REJECTED;

    /** Answers and evidence may change: a draft, or a rejected audit being reworked. */
    public boolean editable() {
        return this == DRAFT || this == REJECTED;
    }
}
