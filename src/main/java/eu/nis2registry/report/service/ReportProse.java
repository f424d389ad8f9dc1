package eu.nis2registry.report.service;

import eu.nis2registry.report.ReportMessages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The prose of the reports (executive summary, exposure explanation, register overview), written as Qute text
 * templates under templates/ReportProse that compose the localised sentences of the {@code report:} message
 * bundle, and the bundle itself by language. Sentences decide what to say from the facts; the layout only places
 * the paragraphs.
 */
public final class ReportProse {

    private ReportProse() {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance auditSummary(AuditSummary facts);

        static native TemplateInstance exposureSummary(ExposureSummary facts);

        static native TemplateInstance organizationOverview(OrganizationOverview facts);

        static native TemplateInstance supplierOverview(SupplierOverview facts);
    }

    /**
     * @param status            the audit status name (SUBMITTED, APPROVED, REJECTED)
     * @param compliancePercent formatted, or null when no answer could be scored
     * @param riskTier          null when the engagement has no risk score
     */
    public record AuditSummary(String organization, String supplier, String service, String questionnaire,
            String status, String submitter, String submitted, String reviewer, String reviewed,
            String compliancePercent, int failedKnockOuts, int riskScore, String riskTier, long openFindings,
            String openFindingsShown) {
    }

    /** Counts come twice: as numbers for the sentence to choose its form, and formatted for the page. */
    public record ExposureSummary(String supplier, String organization, long observations, String observationsShown,
            String recentShown, long stealerLogs, String stealerShown, long privileged, String privilegedShown, long aggregateRecords,
            String aggregateRecordsShown, long ownPeople, String ownPeopleShown, boolean claimContradicted) {
    }

    public record OrganizationOverview(String organization, long engagements, String engagementsShown, long suppliers,
            String suppliersShown, long highTier, String highTierShown, long overdue, String overdueShown,
            long openFindings, String openFindingsShown, long unscored, String unscoredShown) {
    }

    public record SupplierOverview(ExposureSummary exposure, long exposedOrganizations,
            String exposedOrganizationsShown) {
    }

    /** The report wording in a language (en, nl, fr). */
    public static ReportMessages messages(String language) {
        return MessageBundles.get(ReportMessages.class, Localized.Literal.of(language));
    }

    public static List<String> auditSummary(AuditSummary facts, String language) {
        return paragraphs(Templates.auditSummary(facts).setLocale(Locale.forLanguageTag(language)).render());
    }

    public static List<String> exposureSummary(ExposureSummary facts, String language) {
        return paragraphs(Templates.exposureSummary(facts).setLocale(Locale.forLanguageTag(language)).render());
    }

    public static List<String> organizationOverview(OrganizationOverview facts, String language) {
        return paragraphs(Templates.organizationOverview(facts).setLocale(Locale.forLanguageTag(language)).render());
    }

    public static List<String> supplierOverview(SupplierOverview facts, String language) {
        return paragraphs(Templates.supplierOverview(facts).setLocale(Locale.forLanguageTag(language)).render());
    }

    /**
     * Paragraphs of rendered template text: a blank line ends a paragraph, other line breaks are spaces (the
     * templates put one sentence on a line so that conditions stay readable).
     */
    static List<String> paragraphs(String rendered) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : rendered.split("\\R", -1)) {
            String text = line.strip();
            if (text.isEmpty()) {
                flush(current, paragraphs);
            } else {
                if (!current.isEmpty()) {
                    current.append(' ');
                }
                current.append(text);
            }
        }
        flush(current, paragraphs);
        return paragraphs;
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (!current.isEmpty()) {
            paragraphs.add(current.toString().replaceAll(" {2,}", " "));
            current.setLength(0);
        }
    }
}
