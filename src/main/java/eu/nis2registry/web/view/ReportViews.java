package eu.nis2registry.web.view;

import eu.nis2registry.inventory.rest.InventoryDtos.OrganizationView;
import eu.nis2registry.inventory.rest.InventoryDtos.SupplierView;
import eu.nis2registry.report.rest.ReportDtos.ReportView;
import io.quarkus.qute.TemplateData;

import java.util.List;
import java.util.Locale;

/** View models of the reports page: the archive in scope, the forms that make reports, and a file's verification. */
public final class ReportViews {

    private ReportViews() {
    }

    /** What the two generate forms hold, as typed, so that a refused form comes back filled in. */
    @TemplateData
    public record GenerateForm(String kind, String organizationId, String supplierId, String language) {

        public boolean isOrganization(Long id) {
            return id != null && id.toString().equals(organizationId);
        }

        public boolean isSupplier(Long id) {
            return id != null && id.toString().equals(supplierId);
        }

        public boolean isLanguage(String code) {
            return code.equals(language);
        }

        public boolean is(String value) {
            return value.equals(kind);
        }
    }

    /** The outcome of "verify a file": the file's own hash, and the archived report it is, if any and if visible. */
    @TemplateData
    public record Verification(String fileName, String sha256, boolean matches, ReportView report) {

        /** Archived, but made from a view wider than the user's: they learn only that it is genuine. */
        public boolean matchesHidden() {
            return matches && report == null;
        }
    }

    /** An archived report with its size as people read it. */
    @TemplateData
    public record ReportRow(ReportView report, String size) {

        public String languageCode() {
            return report.language() == null ? "" : report.language().toUpperCase(Locale.ROOT);
        }
    }

    @TemplateData
    public record ReportsPage(List<ReportRow> reports, List<OrganizationView> organizations, OrganizationView filter,
            List<SupplierView> suppliers, GenerateForm form, FormErrors errors, Long created, Verification verification,
            FormErrors verifyErrors) {

        public List<String> languages() {
            return List.of("en", "nl", "fr");
        }

        public boolean filters() {
            return organizations.size() > 1;
        }

        public boolean isCreated(Long id) {
            return id != null && id.equals(created);
        }

        public boolean isFilter(Long id) {
            return filter != null && filter.id().equals(id);
        }

        public ReportRow createdReport() {
            return created == null ? null : reports.stream().filter(r -> r.report().id().equals(created)).findFirst()
                    .orElse(null);
        }
    }

    /** Sizes as people read them: bytes below a kilobyte, then kB, then MB with one decimal. */
    public static String size(long bytes, Locale locale) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " kB";
        }
        return String.format(locale, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
