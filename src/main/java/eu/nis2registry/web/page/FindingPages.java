package eu.nis2registry.web.page;

import eu.nis2registry.audit.finding.FindingStatus;
import eu.nis2registry.audit.rest.AuditDtos.FindingView;
import eu.nis2registry.audit.rest.AuditDtos.UpdateFinding;
import eu.nis2registry.audit.service.FindingService;
import eu.nis2registry.common.error.ApiException;
import eu.nis2registry.inventory.rest.InventoryDtos.OrganizationView;
import eu.nis2registry.inventory.service.OrganizationService;
import eu.nis2registry.security.Role;
import eu.nis2registry.web.ErrorPages;
import eu.nis2registry.web.WebContext;
import eu.nis2registry.web.view.AuditViews.FindingsPage;
import eu.nis2registry.web.view.Forms;
import eu.nis2registry.web.view.Views;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** An organisation's findings, with their status changed in place; accepting a risk is the CISO's, with a reason. */
@Path("/ui/findings")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class FindingPages {

    private final FindingService findings;
    private final OrganizationService organizations;
    private final WebContext web;
    private final ErrorPages errors;

    public FindingPages(FindingService findings, OrganizationService organizations, WebContext web, ErrorPages errors) {
        this.findings = findings;
        this.organizations = organizations;
        this.web = web;
        this.errors = errors;
    }

    @GET
    public TemplateInstance list(@QueryParam("org") Long organizationId, @QueryParam("status") String status,
            @QueryParam("saved") String saved) {
        web.require(Role.ADMIN, Role.CISO, Role.COMPLIANCE_OFFICER, Role.AUDITOR);
        return render(page(organizationId, status, Map.of(), saved));
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") Long id, @RestForm String status, @RestForm String owner,
            @RestForm String dueDate, @RestForm String note, @RestForm String filter) {
        web.require(Role.COMPLIANCE_OFFICER, Role.CISO);
        FindingView finding = findings.get(id);
        try {
            FindingStatus chosen = parseStatus(status);
            LocalDate due = dueDate == null || dueDate.isBlank() ? null : LocalDate.parse(dueDate.strip());
            findings.update(id, new UpdateFinding(chosen, Forms.blankToNull(owner), due, Forms.blankToNull(note)));
        } catch (ApiException e) {
            if (e.status() == 404) {
                throw e;
            }
            String message = e.details().isEmpty() ? e.getMessage() : e.details().get(0).message();
            return Response.status(e.status()).entity(render(page(finding.organizationId(), filter, Map.of(id, message), null))
                    .render()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        } catch (DateTimeParseException e) {
            return Response.status(422).entity(render(page(finding.organizationId(), filter,
                            Map.of(id, "dueDate: use the form 2026-12-31"), null)).render())
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        }
        return Response.seeOther(URI.create("/ui/findings?org=" + finding.organizationId()
                + (filter == null || filter.isBlank() ? "" : "&status=" + filter) + "&saved=" + id + "#finding-" + id)).build();
    }

    private FindingsPage page(Long organizationId, String status, Map<Long, String> rowErrors, String saved) {
        List<OrganizationView> visible = organizations.list();
        OrganizationView organization = visible.stream().filter(o -> o.id().equals(organizationId)).findFirst()
                .orElse(visible.isEmpty() ? null : visible.get(0));
        String filter = status == null || status.isBlank() ? "OPEN" : status;
        List<FindingView> list = organization == null ? List.of()
                : findings.forOrganization(organization.id(), "ALL".equals(filter) ? null : statusOrNull(filter), false);
        boolean canEdit = web.has(Role.COMPLIANCE_OFFICER) || web.has(Role.CISO);
        return new FindingsPage(visible, organization, filter, list, rowErrors, canEdit, web.has(Role.CISO), saved);
    }

    private static FindingStatus statusOrNull(String value) {
        try {
            return FindingStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            return FindingStatus.OPEN;
        }
    }

    private static FindingStatus parseStatus(String value) {
        try {
            return FindingStatus.valueOf(value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(List.of(eu.nis2registry.common.error.ErrorDetail.field("status",
                    "choose OPEN, RESOLVED or ACCEPTED")));
        }
    }

    private TemplateInstance render(FindingsPage page) {
        return Views.findings(web.page("findings"), page).setLocale(web.locale());
    }

    @ServerExceptionMapper
    public Response failure(Throwable e) {
        return errors.of(e);
    }
}
