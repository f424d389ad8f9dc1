package eu.nis2registry.web.page;

import eu.nis2registry.inventory.service.OrganizationService;
import eu.nis2registry.scoring.rest.RiskDtos.ConcentrationEntry;
import eu.nis2registry.scoring.service.BlastRadiusService;
import eu.nis2registry.security.Role;
import eu.nis2registry.web.ErrorPages;
import eu.nis2registry.web.WebContext;
import eu.nis2registry.web.view.RiskViews.ConcentrationPage;
import eu.nis2registry.web.view.RiskViews.ConcentrationRow;
import eu.nis2registry.web.view.Views;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * The sector view: suppliers and subcontractors ranked by how many organisations depend on them. Like
 * GET /api/concentration it is only for users who see every organisation; a narrower view would understate it.
 */
@Path("/ui/concentration")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class ConcentrationPages {

    private static final List<Integer> LIMITS = List.of(20, 50, 200);

    private final BlastRadiusService blastRadius;
    private final OrganizationService organizations;
    private final WebContext web;
    private final ErrorPages errors;

    public ConcentrationPages(BlastRadiusService blastRadius, OrganizationService organizations, WebContext web,
            ErrorPages errors) {
        this.blastRadius = blastRadius;
        this.organizations = organizations;
        this.web = web;
        this.errors = errors;
    }

    @GET
    public TemplateInstance concentration(@QueryParam("limit") Integer limit) {
        web.require(Role.ADMIN, Role.CISO, Role.COMPLIANCE_OFFICER, Role.AUDITOR);
        if (!web.user().seesAllOrganizations()) {
            throw new WebContext.WebForbidden();
        }
        int shown = limit != null && LIMITS.contains(limit) ? limit : 50;
        List<ConcentrationEntry> entries = blastRadius.concentration(shown);
        long most = entries.stream().mapToLong(ConcentrationEntry::organizations).max().orElse(1);
        List<ConcentrationRow> rows = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            ConcentrationEntry entry = entries.get(i);
            rows.add(new ConcentrationRow(i + 1, entry, (int) Math.round(100.0 * entry.organizations() / Math.max(1, most))));
        }
        return Views.concentration(web.page("concentration"), new ConcentrationPage(rows, shown, organizations.list().size()))
                .setLocale(web.locale());
    }

    @ServerExceptionMapper
    public Response failure(Throwable e) {
        return errors.of(e);
    }
}
