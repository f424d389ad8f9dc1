package eu.nis2registry.web.page;

import eu.nis2registry.common.error.ApiException;
import eu.nis2registry.common.error.ErrorDetail;
import eu.nis2registry.common.http.BodyLimits;
import eu.nis2registry.inventory.rest.InventoryDtos.OrganizationView;
import eu.nis2registry.inventory.rest.InventoryDtos.SupplierView;
import eu.nis2registry.inventory.service.OrganizationService;
import eu.nis2registry.inventory.service.SupplierService;
import eu.nis2registry.report.rest.ReportDtos.CreateReport;
import eu.nis2registry.report.rest.ReportDtos.ReportView;
import eu.nis2registry.report.rest.ReportDtos.VerifyResult;
import eu.nis2registry.report.service.ReportArchive;
import eu.nis2registry.report.service.ReportService;
import eu.nis2registry.security.ReadOnlyOperation;
import eu.nis2registry.security.Role;
import eu.nis2registry.web.ErrorPages;
import eu.nis2registry.web.WebContext;
import eu.nis2registry.web.view.FormErrors;
import eu.nis2registry.web.view.Forms;
import eu.nis2registry.web.view.ReportViews;
import eu.nis2registry.web.view.ReportViews.GenerateForm;
import eu.nis2registry.web.view.ReportViews.ReportRow;
import eu.nis2registry.web.view.ReportViews.ReportsPage;
import eu.nis2registry.web.view.ReportViews.Verification;
import eu.nis2registry.web.view.Views;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;

/**
 * The report archive: the reports the user may see (the same rule as the API), forms that make a supplier register
 * or a supplier exposure report (an audit report is made from its audit's page), and "verify a file". Making and
 * verifying change no shared record, so auditors may do both, as with POST /api/reports.
 */
@Path("/ui/reports")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class ReportPages {

    private static final Role[] READERS = {Role.ADMIN, Role.CISO, Role.COMPLIANCE_OFFICER, Role.AUDITOR};
    /** Fields with an input of their own; problems with the kind or the audit are about the whole request. */
    private static final Set<String> FIELDS = Set.of("organizationId", "supplierId", "language");
    private static final int SUPPLIER_CHOICES = 1000;

    private final ReportService reports;
    private final OrganizationService organizations;
    private final SupplierService suppliers;
    private final BodyLimits.Config limits;
    private final WebContext web;
    private final ErrorPages errors;

    public ReportPages(ReportService reports, OrganizationService organizations, SupplierService suppliers,
            BodyLimits.Config limits, WebContext web, ErrorPages errors) {
        this.reports = reports;
        this.organizations = organizations;
        this.suppliers = suppliers;
        this.limits = limits;
        this.web = web;
        this.errors = errors;
    }

    @GET
    public Response list(@QueryParam("org") Long organizationId, @QueryParam("created") Long created,
            @QueryParam("supplier") String supplierId) {
        web.require(READERS);
        GenerateForm form = new GenerateForm(supplierId == null ? "ORGANIZATION" : "SUPPLIER_EXPOSURE", null,
                supplierId, web.lang());
        return page(200, organizationId, form, FormErrors.NONE, created, null, FormErrors.NONE);
    }

    @POST
    @ReadOnlyOperation
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String kind, @RestForm String auditId, @RestForm String organizationId,
            @RestForm String supplierId, @RestForm String language) {
        web.require(READERS);
        GenerateForm form = new GenerateForm(kind, organizationId, supplierId, language);
        boolean audit = "AUDIT".equals(kind);
        try {
            ReportView made = reports.create(new CreateReport(kind, Forms.id(auditId),
                    "ORGANIZATION".equals(kind) ? Forms.id(organizationId) : null,
                    "SUPPLIER_EXPOSURE".equals(kind) ? Forms.id(supplierId) : null,
                    audit ? null : Forms.blankToNull(language)));
            return Response.seeOther(URI.create("/ui/reports?created=" + made.id())).build();
        } catch (ApiException e) {
            if (e.status() == 404) {
                // Only a record outside the user's scope (or none at all) is not found: the page says so.
                throw e;
            }
            return page(e.status() == 409 ? 409 : 422, null, form, Forms.of(e, FIELDS), null, null, FormErrors.NONE);
        }
    }

    @POST
    @Path("/verify")
    @ReadOnlyOperation
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response verify(@RestForm("file") FileUpload file) {
        web.require(READERS);
        GenerateForm form = new GenerateForm("ORGANIZATION", null, null, web.lang());
        if (file == null || file.uploadedFile() == null || file.size() == 0) {
            FormErrors missing = Forms.of(ApiException.invalid(List.of(ErrorDetail.field("file", "choose a PDF file"))),
                    Set.of("file"));
            return page(422, null, form, FormErrors.NONE, null, null, missing);
        }
        String sha256;
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            sha256 = ReportArchive.sha256(in, limits.maxBodyBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        VerifyResult result = reports.verify(sha256);
        ReportView report = result.reportId() == null ? null : reports.get(result.reportId());
        Verification verification = new Verification(file.fileName(), sha256, result.matches(), report);
        return page(200, null, form, FormErrors.NONE, null, verification, FormErrors.NONE);
    }

    private Response page(int status, Long organizationId, GenerateForm form, FormErrors formErrors, Long created,
            Verification verification, FormErrors verifyErrors) {
        List<OrganizationView> visible = organizations.list();
        OrganizationView filter = organizationId == null ? null : organizations.get(organizationId);
        List<ReportRow> rows = reports.list(organizationId).stream()
                .map(r -> new ReportRow(r, ReportViews.size(r.size(), web.locale()))).toList();
        GenerateForm filled = form.organizationId() == null && !visible.isEmpty()
                ? new GenerateForm(form.kind(), visible.get(0).id().toString(), form.supplierId(), form.language()) : form;
        ReportsPage view = new ReportsPage(rows, visible, filter, supplierChoices(form.supplierId()), filled,
                formErrors, created, verification, verifyErrors);
        String html = Views.reports(web.page("reports"), view).setLocale(web.locale()).render();
        return Response.status(status).entity(html).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    /** The suppliers by name; one chosen elsewhere (the supplier page's link) is offered even beyond the first ones. */
    private List<SupplierView> supplierChoices(String chosen) {
        List<SupplierView> choices = new ArrayList<>(suppliers.search(null, 0, SUPPLIER_CHOICES).items());
        Long id = Forms.id(chosen);
        if (id != null && choices.stream().noneMatch(s -> s.id().equals(id))) {
            try {
                choices.add(0, suppliers.get(id));
            } catch (ApiException unknown) {
                // A stale link: nothing is chosen.
            }
        }
        return choices;
    }

    @ServerExceptionMapper
    public Response failure(Throwable e) {
        return errors.of(e);
    }
}
