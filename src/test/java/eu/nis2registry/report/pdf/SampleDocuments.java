package eu.nis2registry.report.pdf;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Documents shaped like the real reports, shared by the tests and the benchmark. */
final class SampleDocuments {

    static final OffsetDateTime CREATED = OffsetDateTime.parse("2026-11-27T10:15:30+01:00");
    static final String UNICODE_NAME = "Zorgnet-\u0141\u00f3d\u017a \u2713 \u00c6r\u00f8 \u533b\u7597";
    static final String[] TIERS = {"LOW", "MEDIUM", "HIGH", "CRITICAL"};

    private SampleDocuments() {
    }

    static DocumentMetadata metadata(String title) {
        return new DocumentMetadata(title, "Zorgnet Antwerpen", "NIS2 supplier audit",
                "NIS2 supplier risk registry", List.of("NIS2", "supplier audit"), CREATED, "en");
    }

    /** Question text of realistic length, different for every question. */
    static String question(int i) {
        return "Q" + i + ". Does the supplier enforce multi-factor authentication for every administrative "
                + "and remote access path to the service, including support staff of subcontractors, and is "
                + "the enforcement verified at least quarterly with evidence retained for audit?";
    }

    static String answerComment(int i) {
        return "Answer: PARTIAL. MFA is enforced on the admin portal (evidence mfa-policy-" + i
                + ".pdf) but the legacy support VPN still accepts password-only logins for two technicians; "
                + "remediation is planned for the next quarter.";
    }

    /** An AUDIT-sized document: cover facts, summary, 200 question blocks, findings, sign-off. */
    static byte[] audit(int questions) {
        try (PdfDocumentBuilder doc = new PdfDocumentBuilder(PageSize.A4, metadata("Supplier audit report"))) {
            auditContent(doc, questions);
            return doc.toBytes();
        }
    }

    static void auditContent(PdfDocumentBuilder doc, int questions) {
        doc.runningHeader("Supplier audit \u00b7 Acme Patient Registration", "Report R-2026-0042")
                .runningFooter("NIS2 supplier risk registry \u00b7 generated 2026-11-27");
        doc.title("Supplier audit report", "Acme Patient Registration NV \u2014 online patient registration");
        doc.keyValues(List.of(
                new KeyValue("Organisation", UNICODE_NAME),
                new KeyValue("Supplier", "Acme Patient Registration NV (BE 0123.456.789)"),
                new KeyValue("Questionnaire", "nis2-supplier-baseline v3 \u00b7 sha256 "
                        + "9f2c4e7a0b1d3f5e6a8c9b0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f"),
                new KeyValue("Submitted", "2026-11-20 by Compliance Officer"),
                new KeyValue("Approved", "2026-11-25 by CISO")));
        doc.heading(1, "Executive summary");
        doc.keyFigures(List.of(new KeyFigure("Risk score (0-100)", "72"),
                new KeyFigure("Tier", "HIGH", Palette.TIER_HIGH),
                new KeyFigure("Failed knock-out questions", "1", Palette.TIER_CRITICAL),
                new KeyFigure("Open findings", "5")));
        doc.paragraph("The supplier hosts the online patient-registration service used by five hospitals. "
                + "Controls are generally in place, but stealer logs contain live credentials for the admin "
                + "portal while the audit claims MFA everywhere.");
        doc.callout("Failed knock-out", "KO-3: privileged access without multi-factor authentication.",
                Palette.TIER_CRITICAL);
        doc.heading(1, "Questions and answers");
        for (int i = 1; i <= questions; i++) {
            if (i % 25 == 1) {
                doc.heading(2, "Section " + (i / 25 + 1) + ": access control and authentication");
            }
            doc.heading(3, question(i));
            doc.paragraph(answerComment(i));
        }
        doc.heading(1, "Sign-off");
        doc.signOffBlock(List.of(new Signatory("Submitted by", "Compliance Officer", "2026-11-20"),
                new Signatory("Approved by (CISO)", "", "")));
    }

    /** An ORGANIZATION-register-sized table. */
    static byte[] register(int rows) {
        try (PdfDocumentBuilder doc = new PdfDocumentBuilder(PageSize.A4, metadata("Supplier register"))) {
            registerContent(doc, rows);
            return doc.toBytes();
        }
    }

    static TableSpec registerSpec() {
        return TableSpec.of(
                Column.of("Supplier", 0.18f).strong(),
                Column.of("Service", 0.17f),
                Column.of("Data categories", 0.19f),
                Column.of("Access", 0.1f),
                Column.of("Criticality", 0.13f),
                Column.of("Tier", 0.11f).badge(),
                Column.of("Next audit", 0.12f).right());
    }

    static List<List<String>> registerRows(int rows) {
        List<List<String>> data = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            data.add(List.of("Supplier " + i + " Health IT Services BV",
                    "Online patient registration portal " + i,
                    "patient identity, contact, insurance",
                    i % 3 == 0 ? "ADMIN" : "READ",
                    i % 2 == 0 ? "ESSENTIAL" : "IMPORTANT",
                    TIERS[i % 4],
                    "2027-0" + (1 + i % 9) + "-15"));
        }
        return data;
    }

    static void registerContent(PdfDocumentBuilder doc, int rows) {
        doc.runningHeader("Supplier register \u00b7 Zorgnet Antwerpen", "Report R-2026-0043");
        doc.heading(1, "Supplier register");
        doc.tierDistribution("Tier distribution", Map.of("LOW", rows / 4, "MEDIUM", rows / 4, "HIGH", rows / 4,
                "CRITICAL", rows - 3 * (rows / 4)));
        doc.table(registerSpec(), registerRows(rows));
    }
}
