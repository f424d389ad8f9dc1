package eu.nis2registry.web.view;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import java.util.List;

/** Every page template, checked at build time against the data it is given. */
@CheckedTemplate(basePath = "web", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
public final class Views {

    private Views() {
    }

    public static native TemplateInstance login(Page page, LoginView view);

    public static native TemplateInstance loginCode(Page page, LoginView view);

    public static native TemplateInstance enrol(Page page, EnrolView view);

    public static native TemplateInstance recoveryCodes(Page page, List<String> codes);

    public static native TemplateInstance account(Page page, eu.nis2registry.security.user.UserDtos.Me me, long remaining);

    public static native TemplateInstance error(Page page, String kind, String detail, String back);

    public static native TemplateInstance dashboard(Page page, DashboardView view);

    public static native TemplateInstance inventory(Page page, List<InventoryViews.OrganizationRow> rows, boolean canCreate);

    public static native TemplateInstance organization(Page page, InventoryViews.OrganizationPage view);

    public static native TemplateInstance organizationForm(Page page, InventoryViews.OrganizationFormPage view);

    public static native TemplateInstance suppliers(Page page, InventoryViews.SupplierList view);

    public static native TemplateInstance supplier(Page page, InventoryViews.SupplierPage view);

    public static native TemplateInstance engagement(Page page, InventoryViews.EngagementPage view);

    public static native TemplateInstance engagementForm(Page page, InventoryViews.EngagementFormPage view);

    public static native TemplateInstance audit(Page page, AuditViews.AuditPage view);

    public static native TemplateInstance reviews(Page page, List<AuditViews.ReviewRow> rows, String me);

    public static native TemplateInstance findings(Page page, AuditViews.FindingsPage view);

    public static native TemplateInstance leakImports(Page page, LeakViews.ImportsPage view);

    public static native TemplateInstance leakImport(Page page, LeakViews.ImportPage view);

    public static native TemplateInstance concentration(Page page, RiskViews.ConcentrationPage view);

    public static native TemplateInstance reports(Page page, ReportViews.ReportsPage view);

    public static native TemplateInstance adminUsers(Page page, AdminViews.UsersPage view);

    public static native TemplateInstance adminUser(Page page, AdminViews.UserPage view);

    public static native TemplateInstance adminQuestionnaires(Page page, AdminViews.QuestionnairesPage view);
}
