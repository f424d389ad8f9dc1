package eu.nis2registry.report.service;

import java.util.List;

/**
 * Everything an AUDIT report shows, frozen when it is made and already in display form (localised values,
 * formatted dates; null for a fact that is missing). The prose paragraphs come from the Qute templates.
 */
public record AuditReport(
        ReportHeader header,
        String organization,
        List<Fact> coverFacts,
        List<Fact> organizationFacts,
        String supplier,
        String service,
        List<Fact> engagementFacts,
        List<Fact> questionnaireFacts,
        List<Fact> auditFacts,
        String status,
        boolean approved,
        String compliancePercent,
        Risk risk,
        List<KnockOut> failedKnockOuts,
        List<Section> sections,
        List<EvidenceFile> evidence,
        List<Finding> findings,
        List<Figure> exposureFigures,
        List<String> summary,
        List<String> exposureSummary,
        List<Signature> signatures) {

    public AuditReport {
        coverFacts = List.copyOf(coverFacts);
        organizationFacts = List.copyOf(organizationFacts);
        engagementFacts = List.copyOf(engagementFacts);
        questionnaireFacts = List.copyOf(questionnaireFacts);
        auditFacts = List.copyOf(auditFacts);
        failedKnockOuts = List.copyOf(failedKnockOuts);
        sections = List.copyOf(sections);
        evidence = List.copyOf(evidence);
        findings = List.copyOf(findings);
        exposureFigures = List.copyOf(exposureFigures);
        summary = List.copyOf(summary);
        exposureSummary = List.copyOf(exposureSummary);
        signatures = List.copyOf(signatures);
    }

    /** The engagement's current risk score with the factors that produced it. */
    public record Risk(int score, String tier, String computedAt, String modelVersion, List<Factor> factors,
            boolean claimContradicted) {

        public Risk {
            factors = List.copyOf(factors);
        }
    }

    public record Factor(String component, String label, int points) {
    }

    public record KnockOut(String questionId, String text) {
    }

    public record Section(String title, List<Question> questions) {

        public Section {
            questions = List.copyOf(questions);
        }
    }

    /**
     * One question with its answer as shown. {@code answer} is already worded ("Yes", "3 of 4: Documented",
     * "not answered"); {@code evidence} are file names.
     */
    public record Question(String id, String text, List<String> references, String answer, String comment,
            List<String> evidence, boolean applies, boolean knockOutFailed) {

        public Question {
            references = List.copyOf(references);
            evidence = List.copyOf(evidence);
        }
    }

    public record EvidenceFile(String questionId, String fileName, String sha256, String size, String uploaded) {
    }

    public record Finding(String title, String severity, String status, boolean open, String owner, String dueDate,
            boolean overdue) {
    }

    public record Signature(String role, String name, String date) {
    }
}
