package eu.nis2registry.report.service;


import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Report data shaped like the real thing, of any size, for the layout tests and the benchmark. */
public final class SampleReports {

    public static final Instant CREATED = Instant.parse("2026-11-27T09:15:30Z");
    public static final String UNICODE_ORGANIZATION = "Zorgnet-\u0141\u00f3d\u017a \u2713 \u00c6r\u00f8 \u533b\u7597";
    private static final String[] TIERS = {"LOW", "MEDIUM", "HIGH", "CRITICAL"};
    private static final String[] ANSWERS = {"yes", "no", "partly", "not applicable", "3 on a scale of 0 to 4: documented"};

    private SampleReports() {
    }

    public static ReportHeader header(long id, String language) {
        return new ReportHeader(id, CREATED, "auditor.hospitals", language);
    }

    public static String questionId(int i) {
        return "q-" + i;
    }

    public static AuditReport audit(int questions, String language) {
        Random random = new Random(42);
        List<AuditReport.Section> sections = new ArrayList<>();
        List<AuditReport.EvidenceFile> evidence = new ArrayList<>();
        List<AuditReport.Question> current = new ArrayList<>();
        int perSection = 25;
        for (int i = 1; i <= questions; i++) {
            String id = questionId(i);
            boolean withEvidence = i % 7 == 0;
            if (withEvidence) {
                evidence.add(new AuditReport.EvidenceFile(id, "mfa-policy-" + i + ".pdf", sha256(random), "48,213 bytes",
                        "2026-11-18 by compliance.scheldeland"));
            }
            current.add(new AuditReport.Question(id, "Does the supplier enforce multi-factor authentication for every"
                    + " administrative and remote access path to the service, including support staff of"
                    + " subcontractors (question " + i + ")?", List.of("NIS2 Art. 21(2)(j)", "IR 2024/2690 11.7"),
                    ANSWERS[i % ANSWERS.length], i % 3 == 0 ? null : "MFA is enforced on the admin portal; the legacy"
                    + " support VPN still accepts password-only logins for two technicians (answer " + i + ").",
                    withEvidence ? List.of("mfa-policy-" + i + ".pdf") : List.of(), i % 11 != 0, i == 2));
            if (current.size() == perSection || i == questions) {
                sections.add(new AuditReport.Section("Section " + (sections.size() + 1) + ": access control",
                        current));
                current = new ArrayList<>();
            }
        }
        List<AuditReport.Finding> findings = new ArrayList<>();
        for (int i = 0; i < Math.max(3, questions / 20); i++) {
            findings.add(new AuditReport.Finding("Not compliant: " + questionId(i * 3 + 1) + " multi-factor"
                    + " authentication on the support VPN", TIERS[i % 4], "open", true, "compliance.scheldeland",
                    "2027-0" + (1 + i % 9) + "-15", i % 5 == 0));
        }
        return new AuditReport(header(42, language), UNICODE_ORGANIZATION,
                List.of(new Fact("Organisation", UNICODE_ORGANIZATION), new Fact("Supplier", "MediReg"),
                        new Fact("Reviewed", null), new Fact("Report number", "42")),
                List.of(new Fact("Enterprise number", "0403.170.701")),
                "MediReg", "Online patient registration",
                List.of(new Fact("Supplier", "MediReg"), new Fact("Service", "Online patient registration"),
                        new Fact("Country", null)),
                List.of(new Fact("Questionnaire", "NIS2 supplier security (nis2-supplier-security, version 1)"),
                        new Fact("SHA-256 of the questionnaire file", sha256(random))),
                List.of(new Fact("Audit number", "7"), new Fact("Reviewer's comment", null)),
                "approved", true, "72.5",
                new AuditReport.Risk(68, "HIGH", "2026-11-27 09:00 UTC", "2026.1", List.of(
                        new AuditReport.Factor("inherent risk", "Data handled: HEALTH, PERSONAL", 18),
                        new AuditReport.Factor("controls", "Knock-out failed: q-2", 20),
                        new AuditReport.Factor("leak exposure", "15 stealer-log credentials in the last 90 days", 30)),
                        false),
                List.of(new AuditReport.KnockOut(questionId(2), "Privileged access without MFA")), sections, evidence,
                findings,
                List.of(new Figure("Credential observations", "15", null), new Figure("Privileged accounts", "3", "CRITICAL")),
                List.of("Zorgnet audited MediReg for the service \u201cOnline patient registration\u201d."),
                List.of("Leak monitoring holds 15 credential observations for MediReg."),
                List.of(new AuditReport.Signature("Submitted by", "compliance.scheldeland", "2026-11-20"),
                        new AuditReport.Signature("Reviewed by", "ciso.scheldeland", "2026-11-25"),
                        new AuditReport.Signature("Received by (auditor)", null, null)));
    }

    public static OrganizationReport organization(int engagements, String language) {
        List<OrganizationReport.Engagement> rows = new ArrayList<>(engagements);
        List<OrganizationReport.SupplierRow> suppliers = new ArrayList<>();
        List<List<Integer>> matrix = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            matrix.add(new ArrayList<>(List.of(0, 0, 0, 0)));
        }
        for (int i = 0; i < engagements; i++) {
            String tier = TIERS[i % 4];
            int criticality = (i / 4) % 4;
            matrix.get(i % 4).set(criticality, matrix.get(i % 4).get(criticality) + 1);
            rows.add(new OrganizationReport.Engagement("Supplier " + i + " Health IT Services BV",
                    "Online patient registration portal " + i, "health data, personal data, credentials",
                    i % 3 == 0 ? "privileged" : "user", "critical", tier, Integer.toString(20 + i % 80),
                    i % 5 == 0 ? "never" : "2026-0" + (1 + i % 9) + "-11", "2027-0" + (1 + i % 9) + "-15", i % 13 == 0,
                    Integer.toString(i % 4)));
            if (i % 2 == 0) {
                suppliers.add(new OrganizationReport.SupplierRow("Supplier " + i + " Health IT Services BV",
                        "0403.170." + (100 + i % 900), "BE", "supplier" + i + ".example", "CloudHost", "2"));
            }
        }
        return new OrganizationReport(header(43, language), UNICODE_ORGANIZATION,
                List.of(new Fact("Enterprise number", null), new Fact("Sector", "Health")),
                List.of(new Figure("Engagements", Integer.toString(engagements), null),
                        new Figure("High or critical tier", Integer.toString(engagements / 2), "HIGH"),
                        new Figure("Reassessments overdue", Integer.toString(engagements / 13), "MEDIUM"),
                        new Figure("Open findings", Integer.toString(engagements), null)),
                Map.of("LOW", (long) (engagements + 3) / 4, "MEDIUM", (long) (engagements + 2) / 4,
                        "HIGH", (long) (engagements + 1) / 4, "CRITICAL", (long) engagements / 4),
                matrix, rows, suppliers, List.of("The register holds " + engagements + " engagements."));
    }

    public static ExposureReport exposure(String language) {
        return new ExposureReport(header(44, language), "MediReg",
                List.of(new Fact("Supplier", "MediReg"), new Fact("Domains", "medireg.example")),
                "AZ Scheldeland, AZ Kempenhof",
                List.of(new Figure("Credential observations", "15", null), new Figure("Last 90 days", "12", "HIGH"),
                        new Figure("From infostealer logs", "15", "HIGH"), new Figure("Privileged accounts", "3", "CRITICAL")),
                List.of("2026-07", "2026-08", "2026-09", "2026-10", "2026-11"), List.of(2L, 0L, 7L, 1L, 5L),
                List.of(new ExposureReport.KindRow("infostealer log", "12", "3"),
                        new ExposureReport.KindRow("combolist", "3", "0")),
                List.of(new ExposureReport.AggregateRow("Press report", "infostealer log", "71,000", "80%", "not provided",
                        "2026-09-01 \u2013 2026-10-15")),
                List.of(new ExposureReport.OrganizationRow("AZ Scheldeland", "4")),
                List.of(new ExposureReport.SampleRow("p***1@azhospital-a.example", "portal.medireg.example",
                        "infostealer log", "2026-11-02")),
                List.of(new ExposureReport.Exposed("AZ Scheldeland", "MediReg \u2192 CloudHost", "health data", "user", "4",
                        "CRITICAL", List.of("Reset the passwords", "Notify the CSIRT"))),
                List.of("The registry holds 15 credential observations for MediReg."));
    }

    static String sha256(Random random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
