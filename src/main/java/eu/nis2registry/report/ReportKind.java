package eu.nis2registry.report;

/** The three reports of API.md: one audit, one organisation's supplier register, one supplier's leak exposure. */
public enum ReportKind {
    AUDIT,
    ORGANIZATION,
    SUPPLIER_EXPOSURE
}
