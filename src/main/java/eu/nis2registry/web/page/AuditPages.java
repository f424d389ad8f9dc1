package eu.nis2registry.web.page;

import eu.nis2registry.audit.AuditReview;
import eu.nis2registry.audit.AuditStatus;
import eu.nis2registry.audit.questionnaire.AnswerValue;
import eu.nis2registry.audit.questionnaire.ChoiceOption;
import eu.nis2registry.audit.questionnaire.EngagementProfile;
import eu.nis2registry.audit.questionnaire.Question;
import eu.nis2registry.audit.questionnaire.QuestionType;
import eu.nis2registry.audit.questionnaire.Questionnaire;
import eu.nis2registry.audit.questionnaire.Section;
import eu.nis2registry.audit.rest.AuditDtos.AnswerInput;
import eu.nis2registry.audit.rest.AuditDtos.AnswerView;
import eu.nis2registry.audit.rest.AuditDtos.AuditSummary;
import eu.nis2registry.audit.rest.AuditDtos.AuditView;
import eu.nis2registry.audit.rest.AuditDtos.EvidenceView;
import eu.nis2registry.audit.service.AuditService;
import eu.nis2registry.audit.service.EvidenceService;
import eu.nis2registry.audit.service.QuestionnaireService;
import eu.nis2registry.common.error.ApiException;
import eu.nis2registry.inventory.rest.InventoryDtos.EngagementView;
import eu.nis2registry.inventory.rest.InventoryDtos.OrganizationView;
import eu.nis2registry.inventory.service.EngagementService;
import eu.nis2registry.inventory.service.OrganizationService;
import eu.nis2registry.security.Role;
import eu.nis2registry.web.ErrorPages;
import eu.nis2registry.web.WebContext;
import eu.nis2registry.web.view.AuditViews.AuditPage;
import eu.nis2registry.web.view.AuditViews.Choice;
import eu.nis2registry.web.view.AuditViews.QuestionItem;
import eu.nis2registry.web.view.AuditViews.ReviewRow;
import eu.nis2registry.web.view.AuditViews.SectionNav;
import eu.nis2registry.web.view.FormErrors;
import eu.nis2registry.web.view.Forms;
import eu.nis2registry.web.view.Progress;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The audit form, one questionnaire section at a time, with evidence, submission and the four-eyes review. */
@Path("/ui")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class AuditPages {

    private static final Role[] READERS = {Role.ADMIN, Role.CISO, Role.COMPLIANCE_OFFICER, Role.AUDITOR};
    private static final Role[] WRITERS = {Role.COMPLIANCE_OFFICER, Role.CISO};

    private final AuditService audits;
    private final EvidenceService evidence;
    private final QuestionnaireService questionnaires;
    private final EngagementService engagements;
    private final OrganizationService organizations;
    private final WebContext web;
    private final ErrorPages errors;

    public AuditPages(AuditService audits, EvidenceService evidence, QuestionnaireService questionnaires,
            EngagementService engagements, OrganizationService organizations, WebContext web, ErrorPages errors) {
        this.audits = audits;
        this.evidence = evidence;
        this.questionnaires = questionnaires;
        this.engagements = engagements;
        this.organizations = organizations;
        this.web = web;
        this.errors = errors;
    }

    @GET
    @Path("/audits/{id}")
    public TemplateInstance audit(@PathParam("id") Long id, @QueryParam("section") String section,
            @QueryParam("notice") String notice) {
        web.require(READERS);
        return render(auditPage(audits.get(id), section, Map.of(), FormErrors.NONE, notice));
    }

    @POST
    @Path("/audits/{id}/answers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveAnswers(@PathParam("id") Long id, MultivaluedMap<String, String> form) {
        web.require(WRITERS);
        AuditView audit = audits.get(id);
        Questionnaire questionnaire = questionnaires.pinned(audit.questionnaireSha256());
        EngagementProfile profile = AuditService.profileOf(engagementEntity(audit));
        Section section = sectionOf(questionnaire, form.getFirst("section"));
        Map<String, AnswerInput> answers = new LinkedHashMap<>();
        Map<String, String[]> typed = new LinkedHashMap<>();
        for (Question question : section.questions()) {
            if (!question.appliesTo(profile)) {
                continue;
            }
            String value = form.getFirst("a." + question.id());
            String comment = Forms.blankToNull(form.getFirst("c." + question.id()));
            typed.put(question.id(), new String[] {value, comment});
            if (value != null && !value.isBlank()) {
                answers.put(question.id(), new AnswerInput(value.strip(), comment));
            } else if (audit.answers().containsKey(question.id()) && question.type() == QuestionType.TEXT) {
                // An emptied text field withdraws that answer.
                answers.put(question.id(), new AnswerInput(null, null));
            }
        }
        try {
            if (!answers.isEmpty()) {
                audits.saveAnswers(id, answers);
            }
        } catch (ApiException e) {
            if (e.status() != 422 && e.status() != 409) {
                throw e;
            }
            Set<String> fields = section.questions().stream().map(Question::id).collect(Collectors.toSet());
            return page(e.status(), auditPage(audits.get(id), section.id(), typed, Forms.of(e, fields), null));
        }
        String target = form.getFirst("next") != null ? nextSection(questionnaire, section, profile) : section.id();
        return Response.seeOther(URI.create("/ui/audits/" + id + "?section=" + target + "&notice=saved")).build();
    }

    @POST
    @Path("/audits/{id}/evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadEvidence(@PathParam("id") Long id, @RestForm String questionId, @RestForm String section,
            @RestForm("file") FileUpload file) {
        web.require(WRITERS);
        try {
            if (file == null || file.uploadedFile() == null) {
                throw ApiException.invalid(List.of(eu.nis2registry.common.error.ErrorDetail.question(
                        questionId, "choose a file to upload")));
            }
            evidence.upload(id, questionId, file.fileName(), file.uploadedFile());
        } catch (ApiException e) {
            if (e.status() == 404) {
                throw e;
            }
            AuditView audit = audits.get(id);
            return page(e.status() == 413 || e.status() == 415 ? 422 : e.status(), auditPage(audit, section, Map.of(),
                    Forms.of(e, Set.of(questionId == null ? "" : questionId)), null));
        }
        return Response.seeOther(URI.create("/ui/audits/" + id + "?section=" + (section == null ? "" : section)
                + "&notice=evidence")).build();
    }

    @POST
    @Path("/audits/{id}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("id") Long id, @RestForm String section) {
        web.require(WRITERS);
        try {
            audits.submit(id);
        } catch (ApiException e) {
            if (e.status() == 404) {
                throw e;
            }
            return page(e.status(), auditPage(audits.get(id), section, Map.of(), Forms.of(e, Set.of()), null));
        }
        return Response.seeOther(URI.create("/ui/audits/" + id + "?notice=submitted")).build();
    }

    @POST
    @Path("/audits/{id}/review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response review(@PathParam("id") Long id, @RestForm String decision, @RestForm String comment) {
        web.require(WRITERS);
        AuditReview.Decision chosen = "APPROVE".equals(decision) ? AuditReview.Decision.APPROVE
                : "REJECT".equals(decision) ? AuditReview.Decision.REJECT : null;
        try {
            if (chosen == null) {
                throw ApiException.invalid(List.of(eu.nis2registry.common.error.ErrorDetail.field("decision",
                        "choose approve or reject")));
            }
            audits.review(id, chosen, comment);
        } catch (ApiException e) {
            if (e.status() == 404) {
                throw e;
            }
            return page(e.status(), auditPage(audits.get(id), null, Map.of(), Forms.of(e, Set.of("comment", "decision")),
                    null));
        }
        return Response.seeOther(URI.create("/ui/audits/" + id + "?notice="
                + (chosen == AuditReview.Decision.APPROVE ? "approved" : "rejected"))).build();
    }

    /** Submitted audits of every organisation in scope: what waits for a second person. */
    @GET
    @Path("/reviews")
    public TemplateInstance reviews() {
        web.require(WRITERS);
        List<ReviewRow> rows = new ArrayList<>();
        for (OrganizationView organization : organizations.list()) {
            for (AuditSummary summary : audits.listForOrganization(organization.id(), AuditStatus.SUBMITTED)) {
                rows.add(new ReviewRow(summary, organization, engagements.get(summary.engagementId())));
            }
        }
        return render(Views.reviews(web.page("reviews"), rows, web.user().username()));
    }

    // ------------------------------------------------------------------ the page model

    private AuditPage auditPage(AuditView audit, String sectionId, Map<String, String[]> typed, FormErrors formErrors,
            String notice) {
        Questionnaire questionnaire = questionnaires.pinned(audit.questionnaireSha256());
        EngagementView engagement = engagements.get(audit.engagementId());
        EngagementProfile profile = AuditService.profileOf(engagementEntity(audit));
        Section current = sectionOf(questionnaire, sectionId);
        List<SectionNav> nav = new ArrayList<>();
        for (Section section : questionnaire.sections()) {
            List<Question> applicable = section.questions().stream().filter(q -> q.appliesTo(profile)).toList();
            if (applicable.isEmpty()) {
                continue;
            }
            int answered = (int) applicable.stream().filter(q -> audit.answers().containsKey(q.id())).count();
            nav.add(new SectionNav(section.id(), section.title(), answered, applicable.size(), section == current));
        }
        SectionNav currentNav = nav.stream().filter(SectionNav::current).findFirst().orElse(null);
        Map<String, List<EvidenceView>> evidenceByQuestion = audit.evidence().stream()
                .collect(Collectors.groupingBy(EvidenceView::questionId));
        List<QuestionItem> items = new ArrayList<>();
        int hidden = 0;
        for (Question question : current.questions()) {
            if (!question.appliesTo(profile)) {
                hidden++;
                continue;
            }
            AnswerView stored = audit.answers().get(question.id());
            String[] typedValue = typed.get(question.id());
            String value = typedValue != null ? typedValue[0] : stored == null ? null : String.valueOf(stored.value());
            String comment = typedValue != null ? typedValue[1] : stored == null ? null : stored.comment();
            items.add(new QuestionItem(question.id(), question.text(), question.guidance(), question.type().name(),
                    question.required(), question.evidenceRequired(), question.knockOutActiveFor(profile),
                    question.references(), choices(question, profile), value, comment,
                    evidenceByQuestion.getOrDefault(question.id(), List.of())));
        }
        boolean editable = audit.status().editable() && (web.has(Role.COMPLIANCE_OFFICER) || web.has(Role.CISO));
        boolean canReview = audit.status() == AuditStatus.SUBMITTED && (web.has(Role.COMPLIANCE_OFFICER) || web.has(Role.CISO));
        String next = nextSection(questionnaire, current, profile);
        return new AuditPage(audit, engagement, organizations.get(audit.organizationId()), nav, currentNav,
                next.equals(current.id()) ? null : next, items, hidden,
                new Progress(audit.progress().answered(), audit.progress().applicable()), editable, canReview, formErrors,
                notice);
    }

    private static List<Choice> choices(Question question, EngagementProfile profile) {
        List<Choice> choices = new ArrayList<>();
        switch (question.type()) {
            case YES_NO -> {
                for (AnswerValue.YesNo value : AnswerValue.YesNo.values()) {
                    choices.add(new Choice(value.name(), value.name(), "yesno"));
                }
            }
            case SCALE -> {
                Map<Integer, String> labels = question.scale().labels();
                for (int point = question.scale().min(); point <= question.scale().max(); point++) {
                    String label = labels.containsKey(point) ? point + " — " + labels.get(point) : String.valueOf(point);
                    choices.add(new Choice(String.valueOf(point), label, "option"));
                }
            }
            case CHOICE -> {
                for (ChoiceOption option : question.options()) {
                    choices.add(new Choice(option.value(), option.label(), "option"));
                }
            }
            case TEXT -> {
                return choices;
            }
        }
        // A knock-out that applies to this engagement cannot be waved away (the validator refuses it too).
        if (!question.knockOutActiveFor(profile)) {
            choices.add(new Choice(AnswerValue.NotApplicable.RAW, AnswerValue.NotApplicable.RAW, "na"));
        }
        return choices;
    }

    private static Section sectionOf(Questionnaire questionnaire, String id) {
        return questionnaire.sections().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElse(questionnaire.sections().get(0));
    }

    private static String nextSection(Questionnaire questionnaire, Section current, EngagementProfile profile) {
        List<Section> sections = questionnaire.sections();
        for (int i = sections.indexOf(current) + 1; i < sections.size(); i++) {
            if (sections.get(i).questions().stream().anyMatch(q -> q.appliesTo(profile))) {
                return sections.get(i).id();
            }
        }
        return current.id();
    }

    private eu.nis2registry.inventory.Engagement engagementEntity(AuditView audit) {
        return audits.require(audit.id()).engagement;
    }

    private TemplateInstance render(AuditPage page) {
        return Views.audit(web.page(null), page).setLocale(web.locale());
    }

    private TemplateInstance render(TemplateInstance template) {
        return template.setLocale(web.locale());
    }

    private Response page(int status, AuditPage page) {
        return Response.status(status).entity(render(page).render())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    @ServerExceptionMapper
    public Response failure(Throwable e) {
        return errors.of(e);
    }
}
