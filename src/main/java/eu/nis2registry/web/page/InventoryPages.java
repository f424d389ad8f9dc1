package eu.nis2registry.web.page;

import eu.nis2registry.audit.rest.AuditDtos.QuestionnaireSummary;
import eu.nis2registry.audit.rest.AuditDtos.AuditView;
import eu.nis2registry.audit.service.AuditService;
import eu.nis2registry.audit.service.QuestionnaireService;
import eu.nis2registry.common.error.ApiException;
import eu.nis2registry.exposure.rest.ExposureDtos.Exposure;
import eu.nis2registry.exposure.service.ExposureService;
import eu.nis2registry.inventory.Access;
import eu.nis2registry.inventory.ContractClause;
import eu.nis2registry.inventory.Criticality;
import eu.nis2registry.inventory.DataCategory;
import eu.nis2registry.inventory.Nis2Category;
import eu.nis2registry.inventory.rest.InventoryDtos.EngagementRequest;
import eu.nis2registry.inventory.rest.InventoryDtos.EngagementView;
import eu.nis2registry.inventory.rest.InventoryDtos.OrganizationRequest;
import eu.nis2registry.inventory.rest.InventoryDtos.OrganizationView;
import eu.nis2registry.inventory.rest.InventoryDtos.SupplierRequest;
import eu.nis2registry.inventory.rest.InventoryDtos.SupplierView;
import eu.nis2registry.inventory.service.EngagementService;
import eu.nis2registry.inventory.service.OrganizationService;
import eu.nis2registry.inventory.service.SupplierService;
import eu.nis2registry.security.Role;
import eu.nis2registry.web.ErrorPages;
import eu.nis2registry.web.WebContext;
import eu.nis2registry.web.view.FormErrors;
import eu.nis2registry.web.view.Forms;
import eu.nis2registry.web.view.InventoryViews.EngagementForm;
import eu.nis2registry.web.view.InventoryViews.EngagementFormPage;
import eu.nis2registry.web.view.InventoryViews.EngagementPage;
import eu.nis2registry.web.view.InventoryViews.OrganizationForm;
import eu.nis2registry.web.view.InventoryViews.OrganizationFormPage;
import eu.nis2registry.web.view.InventoryViews.OrganizationPage;
import eu.nis2registry.web.view.InventoryViews.OrganizationRow;
import eu.nis2registry.web.view.InventoryViews.SupplierForm;
import eu.nis2registry.web.view.InventoryViews.SupplierList;
import eu.nis2registry.web.view.InventoryViews.SupplierPage;
import eu.nis2registry.web.view.Views;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Organisations in scope, suppliers and engagements: list, search, create, edit. */
@Path("/ui")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class InventoryPages {

    private static final Role[] READERS = {Role.ADMIN, Role.CISO, Role.COMPLIANCE_OFFICER, Role.AUDITOR};
    private static final Role[] SUPPLIER_WRITERS = {Role.ADMIN, Role.COMPLIANCE_OFFICER, Role.CISO};
    private static final Role[] ENGAGEMENT_WRITERS = {Role.COMPLIANCE_OFFICER, Role.CISO};
    private static final Set<String> SUPPLIER_FIELDS = Set.of("name", "enterpriseNumber", "country", "domains");
    private static final Set<String> ORGANIZATION_FIELDS = Set.of("name", "enterpriseNumber", "sector", "nis2Category",
            "emailDomains");
    private static final Set<String> ENGAGEMENT_FIELDS = Set.of("supplierId", "service", "serviceHosts", "dataCategories",
            "access", "criticality", "contractClauses");

    private final OrganizationService organizations;
    private final SupplierService suppliers;
    private final EngagementService engagements;
    private final AuditService audits;
    private final QuestionnaireService questionnaires;
    private final ExposureService exposure;
    private final Validator validator;
    private final RiskPanels risk;
    private final WebContext web;
    private final ErrorPages errors;

    public InventoryPages(OrganizationService organizations, SupplierService suppliers, EngagementService engagements,
            AuditService audits, QuestionnaireService questionnaires, ExposureService exposure, Validator validator,
            RiskPanels risk, WebContext web, ErrorPages errors) {
        this.organizations = organizations;
        this.suppliers = suppliers;
        this.engagements = engagements;
        this.audits = audits;
        this.questionnaires = questionnaires;
        this.exposure = exposure;
        this.validator = validator;
        this.risk = risk;
        this.web = web;
        this.errors = errors;
    }

    // ------------------------------------------------------------------ organisations

    @GET
    @Path("/inventory")
    public TemplateInstance inventory() {
        web.require(READERS);
        List<OrganizationRow> rows = organizations.list().stream().map(o -> {
            List<EngagementView> list = engagements.list(o.id());
            return new OrganizationRow(o, list.size(), (int) list.stream().filter(EngagementView::reassessmentOverdue).count());
        }).toList();
        return render(Views.inventory(web.page("inventory"), rows, web.has(Role.ADMIN)));
    }

    @GET
    @Path("/organizations/{id}")
    public TemplateInstance organization(@PathParam("id") Long id) {
        web.require(READERS);
        OrganizationView organization = organizations.get(id);
        return render(Views.organization(web.page("inventory"), new OrganizationPage(organization, engagements.list(id),
                canWrite(ENGAGEMENT_WRITERS), web.has(Role.ADMIN))));
    }

    @GET
    @Path("/organizations/new")
    public TemplateInstance newOrganization() {
        web.require(Role.ADMIN);
        return organizationForm(new OrganizationForm(null, "", "", "", Nis2Category.ESSENTIAL.name(), ""), FormErrors.NONE);
    }

    @GET
    @Path("/organizations/{id}/edit")
    public TemplateInstance editOrganization(@PathParam("id") Long id) {
        web.require(Role.ADMIN);
        return organizationForm(OrganizationForm.of(organizations.get(id)), FormErrors.NONE);
    }

    @POST
    @Path("/organizations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createOrganization(@RestForm String name, @RestForm String enterpriseNumber, @RestForm String sector,
            @RestForm String nis2Category, @RestForm String emailDomains) {
        web.require(Role.ADMIN);
        return saveOrganization(new OrganizationForm(null, name, enterpriseNumber, sector, nis2Category, emailDomains));
    }

    @POST
    @Path("/organizations/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateOrganization(@PathParam("id") Long id, @RestForm String name, @RestForm String enterpriseNumber,
            @RestForm String sector, @RestForm String nis2Category, @RestForm String emailDomains) {
        web.require(Role.ADMIN);
        organizations.get(id);
        return saveOrganization(new OrganizationForm(id, name, enterpriseNumber, sector, nis2Category, emailDomains));
    }

    private Response saveOrganization(OrganizationForm form) {
        Map<String, List<String>> problems = new HashMap<>();
        Nis2Category category = parse(Nis2Category.class, form.nis2Category(), "nis2Category", problems).orElse(null);
        OrganizationRequest request = new OrganizationRequest(Forms.blankToNull(form.name()),
                Forms.blankToNull(form.enterpriseNumber()), Forms.blankToNull(form.sector()), category,
                Forms.lines(form.emailDomains()));
        FormErrors invalid = merge(problems, validate(request));
        if (invalid.any()) {
            return status(422, organizationForm(form, invalid));
        }
        try {
            OrganizationView saved = form.isNew() ? organizations.create(request) : organizations.update(form.id(), request);
            return Response.seeOther(URI.create("/ui/organizations/" + saved.id())).build();
        } catch (ApiException e) {
            if (e.status() == 404) {
                throw e;
            }
            return status(e.status(), organizationForm(form, Forms.of(e, ORGANIZATION_FIELDS)));
        }
    }

    private TemplateInstance organizationForm(OrganizationForm form, FormErrors formErrors) {
        return render(Views.organizationForm(web.page("inventory"), new OrganizationFormPage(form, formErrors)));
    }

    // ------------------------------------------------------------------ suppliers

    @GET
    @Path("/suppliers")
    public TemplateInstance suppliers(@QueryParam("q") String q) {
        web.require(READERS);
        String query = q == null ? "" : q.strip();
        if (query.length() > 200) {
            query = query.substring(0, 200);
        }
        SupplierService.Page<SupplierView> found = suppliers.search(query, 0, 200);
        return render(Views.suppliers(web.page("inventory"),
                new SupplierList(query, found.items(), found.total(), canWrite(SUPPLIER_WRITERS))));
    }

    @GET
    @Path("/suppliers/new")
    public TemplateInstance newSupplier() {
        web.require(SUPPLIER_WRITERS);
        return supplierPage(new SupplierForm(null, "", "", "", ""), FormErrors.NONE, null, false);
    }

    @POST
    @Path("/suppliers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createSupplier(@RestForm String name, @RestForm String enterpriseNumber, @RestForm String country,
            @RestForm String domains) {
        web.require(SUPPLIER_WRITERS);
        SupplierForm form = new SupplierForm(null, name, enterpriseNumber, country, domains);
        SupplierRequest request = supplierRequest(form);
        FormErrors invalid = validate(request);
        if (invalid.any()) {
            return status(422, supplierPage(form, invalid, null, false));
        }
        try {
            SupplierView created = suppliers.create(request);
            return Response.seeOther(URI.create("/ui/suppliers/" + created.id() + "?saved=1")).build();
        } catch (ApiException e) {
            return status(e.status(), supplierPage(form, Forms.of(e, SUPPLIER_FIELDS), null, false));
        }
    }

    @GET
    @Path("/suppliers/{id}")
    public TemplateInstance supplier(@PathParam("id") Long id, @QueryParam("saved") String saved) {
        web.require(READERS);
        SupplierView supplier = suppliers.get(id);
        return supplierPage(SupplierForm.of(supplier), FormErrors.NONE, supplier, saved != null);
    }

    @POST
    @Path("/suppliers/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateSupplier(@PathParam("id") Long id, @RestForm String name, @RestForm String enterpriseNumber,
            @RestForm String country, @RestForm String domains) {
        web.require(SUPPLIER_WRITERS);
        SupplierView existing = suppliers.get(id);
        SupplierForm form = new SupplierForm(id, name, enterpriseNumber, country, domains);
        SupplierRequest request = supplierRequest(form);
        FormErrors invalid = validate(request);
        if (invalid.any()) {
            return status(422, supplierPage(form, invalid, existing, false));
        }
        try {
            suppliers.update(id, request);
            return Response.seeOther(URI.create("/ui/suppliers/" + id + "?saved=1")).build();
        } catch (ApiException e) {
            if (e.status() == 404) {
                throw e;
            }
            return status(e.status(), supplierPage(form, Forms.of(e, SUPPLIER_FIELDS), existing, false));
        }
    }

    private TemplateInstance supplierPage(SupplierForm form, FormErrors formErrors, SupplierView supplier, boolean saved) {
        List<SupplierView> subcontractors = supplier == null ? List.of()
                : supplier.subcontractorIds().stream().map(suppliers::get).toList();
        return render(Views.supplier(web.page("inventory"), new SupplierPage(form, formErrors, supplier, subcontractors,
                canWrite(SUPPLIER_WRITERS), saved, supplier == null ? null : risk.supplier(supplier.id()))));
    }

    private static SupplierRequest supplierRequest(SupplierForm form) {
        return new SupplierRequest(Forms.blankToNull(form.name()), Forms.blankToNull(form.enterpriseNumber()),
                Forms.blankToNull(form.country()), Forms.lines(form.domains()));
    }

    // ------------------------------------------------------------------ engagements

    @GET
    @Path("/engagements/{id}")
    public TemplateInstance engagement(@PathParam("id") Long id) {
        web.require(READERS);
        return engagementPage(engagements.get(id), FormErrors.NONE);
    }

    private TemplateInstance engagementPage(EngagementView engagement, FormErrors formErrors) {
        List<QuestionnaireSummary> available = questionnaires.newestOfEach().stream()
                .map(q -> new QuestionnaireSummary(q.key(), q.version(), q.title(),
                        q.language().name().toLowerCase(Locale.ROOT), q.translationOf(), q.questionCount()))
                .toList();
        Exposure supplierExposure = exposure.exposure(engagement.supplierId());
        return render(Views.engagement(web.page("inventory"), new EngagementPage(engagement,
                organizations.get(engagement.organizationId()), suppliers.get(engagement.supplierId()),
                audits.listForEngagement(engagement.id()), available, supplierExposure, canWrite(ENGAGEMENT_WRITERS),
                formErrors, risk.engagement(engagement.id()), risk.blast(engagement.supplierId(), engagement.id()))));
    }

    @POST
    @Path("/engagements/{id}/audits")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response startAudit(@PathParam("id") Long id, @RestForm String questionnaireKey) {
        web.require(ENGAGEMENT_WRITERS);
        try {
            AuditView audit = audits.start(id, questionnaireKey == null ? "" : questionnaireKey);
            return Response.seeOther(URI.create("/ui/audits/" + audit.id())).build();
        } catch (ApiException e) {
            if (e.status() == 404) {
                throw e;
            }
            return status(e.status(), engagementPage(engagements.get(id), Forms.of(e, Set.of("questionnaireKey"))));
        }
    }

    @GET
    @Path("/organizations/{orgId}/engagements/new")
    public TemplateInstance newEngagement(@PathParam("orgId") Long orgId, @QueryParam("supplier") String supplierId) {
        web.require(ENGAGEMENT_WRITERS);
        OrganizationView organization = organizations.get(orgId);
        EngagementForm form = new EngagementForm(null, orgId, supplierId == null ? "" : supplierId, "", "", Set.of(),
                Access.USER.name(), Criticality.MEDIUM.name(), Set.of());
        return engagementForm(organization, form, FormErrors.NONE);
    }

    @POST
    @Path("/organizations/{orgId}/engagements")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createEngagement(@PathParam("orgId") Long orgId, @RestForm String supplierId, @RestForm String service,
            @RestForm String serviceHosts, @RestForm("dataCategories") List<String> dataCategories, @RestForm String access,
            @RestForm String criticality, @RestForm("contractClauses") List<String> contractClauses) {
        web.require(ENGAGEMENT_WRITERS);
        OrganizationView organization = organizations.get(orgId);
        EngagementForm form = new EngagementForm(null, orgId, supplierId, service, serviceHosts, set(dataCategories), access,
                criticality, set(contractClauses));
        Map<String, List<String>> problems = new HashMap<>();
        EngagementRequest request = engagementRequest(form, problems);
        FormErrors invalid = merge(problems, validate(request));
        if (invalid.any()) {
            return status(422, engagementForm(organization, form, invalid));
        }
        try {
            EngagementView created = engagements.create(orgId, request);
            return Response.seeOther(URI.create("/ui/engagements/" + created.id())).build();
        } catch (ApiException e) {
            return status(e.status(), engagementForm(organization, form, Forms.of(e, ENGAGEMENT_FIELDS)));
        }
    }

    @GET
    @Path("/engagements/{id}/edit")
    public TemplateInstance editEngagement(@PathParam("id") Long id) {
        web.require(ENGAGEMENT_WRITERS);
        EngagementView e = engagements.get(id);
        EngagementForm form = new EngagementForm(e.id(), e.organizationId(), String.valueOf(e.supplierId()), e.service(),
                String.join("\n", e.serviceHosts()), names(e.dataCategories()), e.access().name(), e.criticality().name(),
                names(e.contractClauses()));
        return engagementForm(organizations.get(e.organizationId()), form, FormErrors.NONE);
    }

    @POST
    @Path("/engagements/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateEngagement(@PathParam("id") Long id, @RestForm String supplierId, @RestForm String service,
            @RestForm String serviceHosts, @RestForm("dataCategories") List<String> dataCategories, @RestForm String access,
            @RestForm String criticality, @RestForm("contractClauses") List<String> contractClauses) {
        web.require(ENGAGEMENT_WRITERS);
        EngagementView existing = engagements.get(id);
        OrganizationView organization = organizations.get(existing.organizationId());
        EngagementForm form = new EngagementForm(id, existing.organizationId(), supplierId, service, serviceHosts,
                set(dataCategories), access, criticality, set(contractClauses));
        Map<String, List<String>> problems = new HashMap<>();
        EngagementRequest request = engagementRequest(form, problems);
        FormErrors invalid = merge(problems, validate(request));
        if (invalid.any()) {
            return status(422, engagementForm(organization, form, invalid));
        }
        try {
            engagements.update(id, request);
            return Response.seeOther(URI.create("/ui/engagements/" + id)).build();
        } catch (ApiException e) {
            return status(e.status(), engagementForm(organization, form, Forms.of(e, ENGAGEMENT_FIELDS)));
        }
    }

    private TemplateInstance engagementForm(OrganizationView organization, EngagementForm form, FormErrors formErrors) {
        return render(Views.engagementForm(web.page("inventory"),
                new EngagementFormPage(organization, form, formErrors, suppliers.search(null, 0, 1000).items())));
    }

    /** The request the API would receive; values that cannot even be read are reported per field. */
    private static EngagementRequest engagementRequest(EngagementForm form, Map<String, List<String>> problems) {
        Long supplier = Forms.id(form.supplierId());
        if (supplier == null) {
            problems.computeIfAbsent("supplierId", k -> new ArrayList<>()).add("choose a supplier");
        }
        Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
        form.dataCategories().forEach(c -> parse(DataCategory.class, c, "dataCategories", problems).ifPresent(categories::add));
        Set<ContractClause> clauses = EnumSet.noneOf(ContractClause.class);
        form.contractClauses().forEach(c -> parse(ContractClause.class, c, "contractClauses", problems).ifPresent(clauses::add));
        Access access = parse(Access.class, form.access(), "access", problems).orElse(null);
        Criticality criticality = parse(Criticality.class, form.criticality(), "criticality", problems).orElse(null);
        return new EngagementRequest(supplier, Forms.blankToNull(form.service()), Forms.lines(form.serviceHosts()),
                categories, access, criticality, clauses);
    }

    private static <E extends Enum<E>> java.util.Optional<E> parse(Class<E> type, String value, String field,
            Map<String, List<String>> problems) {
        if (value == null || value.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Enum.valueOf(type, value));
        } catch (IllegalArgumentException e) {
            problems.computeIfAbsent(field, k -> new ArrayList<>()).add("is not one of the offered values");
            return java.util.Optional.empty();
        }
    }

    private static FormErrors merge(Map<String, List<String>> problems, FormErrors validation) {
        Map<String, List<String>> all = new java.util.LinkedHashMap<>(validation.byField());
        problems.forEach((field, messages) -> all.merge(field, messages, (a, b) -> {
            List<String> both = new ArrayList<>(a);
            both.addAll(b);
            return both;
        }));
        return new FormErrors(all, validation.general());
    }

    private <T> FormErrors validate(T request) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        return violations.isEmpty() ? FormErrors.NONE : Forms.of(violations);
    }

    private static Set<String> set(List<String> values) {
        return values == null ? Set.of() : new LinkedHashSet<>(values);
    }

    private static Set<String> names(List<? extends Enum<?>> values) {
        Set<String> out = new LinkedHashSet<>();
        values.forEach(v -> out.add(v.name()));
        return out;
    }

    private boolean canWrite(Role... roles) {
        for (Role role : roles) {
            if (web.has(role)) {
                return true;
            }
        }
        return false;
    }

    private TemplateInstance render(TemplateInstance template) {
        return template.setLocale(web.locale());
    }

    private Response status(int status, TemplateInstance template) {
        return Response.status(status == 409 ? 409 : 422).entity(template.render())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    @ServerExceptionMapper
    public Response failure(Throwable e) {
        return errors.of(e);
    }
}
