package eu.nis2registry.web.page;

import eu.nis2registry.common.error.ApiException;
import eu.nis2registry.common.error.ErrorDetail;
import eu.nis2registry.exposure.rest.ExposureDtos.ImportView;
import eu.nis2registry.exposure.service.LeakImportService;
import eu.nis2registry.exposure.service.LeakImportService.UploadParameters;
import eu.nis2registry.inventory.service.OrganizationService;
import eu.nis2registry.inventory.service.SupplierService;
import eu.nis2registry.security.Role;
import eu.nis2registry.web.ErrorPages;
import eu.nis2registry.web.WebContext;
import eu.nis2registry.web.view.FormErrors;
import eu.nis2registry.web.view.Forms;
import eu.nis2registry.web.view.LeakViews.ImportPage;
import eu.nis2registry.web.view.LeakViews.ImportsPage;
import eu.nis2registry.web.view.LeakViews.SupplierCount;
import eu.nis2registry.web.view.LeakViews.UploadForm;
import eu.nis2registry.web.view.Views;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;

/**
 * Leak files: uploaded here, then the job's page follows it with a progress bar that a small script
 * (static/leak-progress.js) keeps current from GET /api/leak-imports/{id}, with the session cookie.
 */
@Path("/ui/leak-imports")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class LeakImportPages {

    private static final Set<String> FIELDS = Set.of("file", "format", "kind", "source", "organizationId");

    private final LeakImportService imports;
    private final OrganizationService organizations;
    private final SupplierService suppliers;
    private final WebContext web;
    private final ErrorPages errors;

    public LeakImportPages(LeakImportService imports, OrganizationService organizations, SupplierService suppliers,
            WebContext web, ErrorPages errors) {
        this.imports = imports;
        this.organizations = organizations;
        this.suppliers = suppliers;
        this.web = web;
        this.errors = errors;
    }

    @GET
    public TemplateInstance list() {
        web.require(Role.ADMIN, Role.CISO, Role.COMPLIANCE_OFFICER, Role.AUDITOR);
        return render(listPage(new UploadForm("ULP", "STEALER_LOG", "", ""), FormErrors.NONE));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("file") FileUpload file, @RestForm String format, @RestForm String kind,
            @RestForm String source, @RestForm String organizationId) {
        web.require(Role.CISO, Role.ADMIN);
        UploadForm form = new UploadForm(format, kind, source, organizationId);
        try {
            if (file == null || file.uploadedFile() == null || file.size() == 0) {
                throw ApiException.badRequest("No file", List.of(ErrorDetail.field("file", "choose a non-empty leak file")));
            }
            ImportView job;
            try (InputStream body = Files.newInputStream(file.uploadedFile())) {
                job = imports.upload(new UploadParameters(format, source, kind, Forms.id(organizationId)), body);
            }
            return Response.seeOther(URI.create("/ui/leak-imports/" + job.id())).build();
        } catch (ApiException e) {
            return Response.status(e.status() >= 500 ? 500 : 422).entity(render(listPage(form, Forms.of(e, FIELDS))).render())
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Path("/{id}")
    public TemplateInstance job(@PathParam("id") Long id) {
        web.require(Role.ADMIN, Role.CISO, Role.COMPLIANCE_OFFICER, Role.AUDITOR);
        ImportView job = imports.get(id);
        List<SupplierCount> matched = job.matchedSuppliers().stream()
                .map(m -> new SupplierCount(m.supplierId(), suppliers.get(m.supplierId()).name(), m.observations())).toList();
        return render(Views.leakImport(web.page("leaks"), new ImportPage(job, matched)));
    }

    private ImportsPage listPage(UploadForm form, FormErrors formErrors) {
        return new ImportsPage(imports.list(), form, formErrors, organizations.list(), web.has(Role.CISO) || web.has(Role.ADMIN));
    }

    private TemplateInstance render(ImportsPage page) {
        return Views.leakImports(web.page("leaks"), page).setLocale(web.locale());
    }

    private TemplateInstance render(TemplateInstance template) {
        return template.setLocale(web.locale());
    }

    @ServerExceptionMapper
    public Response failure(Throwable e) {
        return errors.of(e);
    }
}
