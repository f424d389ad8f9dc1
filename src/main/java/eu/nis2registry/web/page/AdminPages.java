package eu.nis2registry.web.page;

import eu.nis2registry.audit.questionnaire.ReloadReport;
import eu.nis2registry.audit.service.QuestionnaireService;
import eu.nis2registry.common.error.ApiException;
import eu.nis2registry.inventory.rest.InventoryDtos.OrganizationView;
import eu.nis2registry.inventory.service.OrganizationService;
import eu.nis2registry.security.Role;
import eu.nis2registry.security.user.UserDtos.CreateUser;
import eu.nis2registry.security.user.UserDtos.UpdateUser;
import eu.nis2registry.security.user.UserDtos.UserView;
import eu.nis2registry.security.user.service.UserService;
import eu.nis2registry.web.ErrorPages;
import eu.nis2registry.web.WebContext;
import eu.nis2registry.web.view.AdminViews.QuestionnaireRow;
import eu.nis2registry.web.view.AdminViews.QuestionnairesPage;
import eu.nis2registry.web.view.AdminViews.UserForm;
import eu.nis2registry.web.view.AdminViews.UserPage;
import eu.nis2registry.web.view.AdminViews.UsersPage;
import eu.nis2registry.web.view.FormErrors;
import eu.nis2registry.web.view.Forms;
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
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Users, their roles and organisation scopes; questionnaire files, their problems and a reload. */
@Path("/ui/admin")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class AdminPages {

    private static final Set<String> USER_FIELDS = Set.of("username", "password", "roles", "organizationIds",
            "allOrganizations", "disabled");

    private final UserService users;
    private final OrganizationService organizations;
    private final QuestionnaireService questionnaires;
    private final Validator validator;
    private final WebContext web;
    private final ErrorPages errors;

    public AdminPages(UserService users, OrganizationService organizations, QuestionnaireService questionnaires,
            Validator validator, WebContext web, ErrorPages errors) {
        this.users = users;
        this.organizations = organizations;
        this.questionnaires = questionnaires;
        this.validator = validator;
        this.web = web;
        this.errors = errors;
    }

    @GET
    @Path("/users")
    public TemplateInstance users(@QueryParam("created") String created) {
        web.require(Role.ADMIN);
        return render(usersPage(new UserForm(null, "", Set.of(), Set.of(), false, false), FormErrors.NONE, created));
    }

    @POST
    @Path("/users")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createUser(@RestForm String username, @RestForm String password, @RestForm("roles") List<String> roles,
            @RestForm("organizationIds") List<String> organizationIds, @RestForm String allOrganizations) {
        web.require(Role.ADMIN);
        UserForm form = new UserForm(null, username == null ? "" : username.strip(), set(roles), set(organizationIds),
                allOrganizations != null, false);
        CreateUser request = new CreateUser(Forms.blankToNull(form.username()), password, roles(form.roles()),
                ids(form.organizationIds()), form.allOrganizations());
        FormErrors invalid = validate(request);
        if (invalid.any()) {
            return html(422, render(usersPage(form, invalid, null)));
        }
        try {
            UserView created = users.create(request);
            return Response.seeOther(URI.create("/ui/admin/users?created=" + created.username())).build();
        } catch (ApiException e) {
            return html(e.status() == 409 ? 409 : 422, render(usersPage(form, Forms.of(e, USER_FIELDS), null)));
        }
    }

    @GET
    @Path("/users/{id}")
    public TemplateInstance user(@PathParam("id") Long id, @QueryParam("saved") String saved) {
        web.require(Role.ADMIN);
        UserView user = users.get(id);
        UserForm form = new UserForm(id, user.username(), user.roles().stream().map(Role::name).collect(Collectors.toSet()),
                user.organizationIds().stream().map(String::valueOf).collect(Collectors.toSet()), user.allOrganizations(),
                user.disabled());
        return render(Views.adminUser(web.page("admin"), new UserPage(user, form, FormErrors.NONE, organizations.list(),
                saved != null)));
    }

    @POST
    @Path("/users/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateUser(@PathParam("id") Long id, @RestForm("roles") List<String> roles,
            @RestForm("organizationIds") List<String> organizationIds, @RestForm String allOrganizations,
            @RestForm String disabled) {
        web.require(Role.ADMIN);
        UserView user = users.get(id);
        UserForm form = new UserForm(id, user.username(), set(roles), set(organizationIds), allOrganizations != null,
                disabled != null);
        UpdateUser request = new UpdateUser(roles(form.roles()), ids(form.organizationIds()), form.allOrganizations(),
                form.disabled());
        FormErrors invalid = validate(request);
        try {
            if (!invalid.any()) {
                users.update(id, request);
                return Response.seeOther(URI.create("/ui/admin/users/" + id + "?saved=1")).build();
            }
        } catch (ApiException e) {
            if (e.status() == 404) {
                throw e;
            }
            invalid = Forms.of(e, USER_FIELDS);
        }
        return html(422, render(Views.adminUser(web.page("admin"), new UserPage(user, form, invalid, organizations.list(),
                false))));
    }

    @GET
    @Path("/questionnaires")
    public TemplateInstance questionnaires() {
        web.require(Role.ADMIN);
        return render(questionnairesPage(null));
    }

    @POST
    @Path("/questionnaires/reload")
    public TemplateInstance reload() {
        web.require(Role.ADMIN);
        return render(questionnairesPage(questionnaires.reload()));
    }

    private TemplateInstance questionnairesPage(ReloadReport report) {
        List<QuestionnaireRow> active = questionnaires.newestOfEach().stream()
                .map(q -> new QuestionnaireRow(q.key(), q.version(), q.title(), q.language().name().toLowerCase(Locale.ROOT),
                        q.questionCount())).toList();
        List<String> retained = report == null ? List.of()
                : report.retained().stream().map(q -> q.key() + " v" + q.version()).toList();
        return Views.adminQuestionnaires(web.page("admin"),
                new QuestionnairesPage(active, questionnaires.problems(), retained, report != null));
    }

    private UsersPage usersPage(UserForm form, FormErrors formErrors, String notice) {
        List<OrganizationView> visible = organizations.list();
        Map<Long, String> names = visible.stream().collect(Collectors.toMap(OrganizationView::id, OrganizationView::name));
        return new UsersPage(users.list(), names, form, formErrors, visible, notice);
    }

    private TemplateInstance render(UsersPage page) {
        return Views.adminUsers(web.page("admin"), page).setLocale(web.locale());
    }

    private TemplateInstance render(TemplateInstance template) {
        return template.setLocale(web.locale());
    }

    private <T> FormErrors validate(T request) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        return violations.isEmpty() ? FormErrors.NONE : Forms.of(violations);
    }

    private static Set<String> set(List<String> values) {
        return values == null ? Set.of() : new LinkedHashSet<>(values);
    }

    private static Set<Role> roles(Set<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            for (Role role : Role.values()) {
                if (role.name().equals(name)) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    private static Set<Long> ids(Set<String> values) {
        return values.stream().map(Forms::id).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    }

    private static Response html(int status, TemplateInstance template) {
        return Response.status(status).entity(template.render()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    @ServerExceptionMapper
    public Response failure(Throwable e) {
        return errors.of(e);
    }
}
