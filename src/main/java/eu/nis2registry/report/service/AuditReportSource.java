package eu.nis2registry.report.service;

import eu.nis2registry.audit.Audit;
import eu.nis2registry.audit.AuditStatus;
import eu.nis2registry.audit.finding.FindingStatus;
import eu.nis2registry.audit.questionnaire.ChoiceOption;
import eu.nis2registry.audit.questionnaire.EngagementProfile;
import eu.nis2registry.audit.questionnaire.Question;
import eu.nis2registry.audit.questionnaire.QuestionType;
import eu.nis2registry.audit.questionnaire.Questionnaire;
import eu.nis2registry.audit.rest.AuditDtos.AnswerView;
import eu.nis2registry.audit.rest.AuditDtos.AuditView;
import eu.nis2registry.audit.rest.AuditDtos.EvidenceView;
import eu.nis2registry.audit.rest.AuditDtos.FailedKnockOutView;
import eu.nis2registry.audit.rest.AuditDtos.FindingView;
import eu.nis2registry.audit.service.AuditService;
import eu.nis2registry.audit.service.QuestionnaireService;
import eu.nis2registry.common.error.ApiException;
import eu.nis2registry.exposure.rest.ExposureDtos.AggregateView;
import eu.nis2registry.exposure.rest.ExposureDtos.Exposure;
import eu.nis2registry.exposure.service.ExposureService;
import eu.nis2registry.inventory.Engagement;
import eu.nis2registry.inventory.Organization;
import eu.nis2registry.inventory.Supplier;
import eu.nis2registry.report.ReportMessages;
import eu.nis2registry.scoring.engine.FactorCode;
import eu.nis2registry.scoring.rest.RiskDtos.RiskView;
import eu.nis2registry.scoring.service.RiskService;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gathers what an AUDIT report shows, through the audit, risk and exposure services and so within the caller's
 * scope. The exposure part is narrowed to the audit's organisation: the report holds no other organisation's data.
 */
@ApplicationScoped
public class AuditReportSource {

    private final AuditService audits;
    private final QuestionnaireService questionnaires;
    private final RiskService risks;
    private final ExposureService exposures;

    public AuditReportSource(AuditService audits, QuestionnaireService questionnaires, RiskService risks,
            ExposureService exposures) {
        this.audits = audits;
        this.questionnaires = questionnaires;
        this.risks = risks;
        this.exposures = exposures;
    }

    /** The audit, if the caller may see it (404 otherwise) and it is no longer a draft (409). */
    public Audit require(Long auditId) {
        Audit audit = audits.require(auditId);
        if (audit.status == AuditStatus.DRAFT) {
            throw ApiException.conflict("audit_draft", "Audit " + audit.id + " is a draft: a report can be made once"
                    + " it is submitted", null);
        }
        return audit;
    }

    /** The language of the audit's questionnaire, which its report follows. */
    public String language(Audit audit) {
        return questionnaires.pinned(audit.questionnaireSha256).language().code();
    }

    public AuditReport load(Audit audit, ReportHeader header) {
        ReportMessages m = ReportProse.messages(header.language());
        Words w = new Words(m, header.language());
        AuditView view = audits.get(audit.id);
        Engagement engagement = audit.engagement;
        Organization organization = engagement.organization;
        Supplier supplier = engagement.supplier;
        Questionnaire questionnaire = questionnaires.pinned(audit.questionnaireSha256);

        String status = w.auditStatus(audit.status);
        String questionnaireName = m.questionnaireValue(questionnaire.title(), questionnaire.key(), questionnaire.version());
        List<Fact> coverFacts = List.of(
                new Fact(m.labelOrganization(), organization.name),
                new Fact(m.labelSupplier(), supplier.name),
                new Fact(m.labelService(), engagement.service),
                new Fact(m.labelQuestionnaire(), questionnaireName),
                new Fact(m.labelQuestionnaireSha(), audit.questionnaireSha256),
                new Fact(m.labelStatus(), status),
                new Fact(m.labelSubmitted(), atBy(w, w.dateTime(audit.submittedAt), audit.submittedBy)),
                new Fact(m.labelReviewed(), atBy(w, w.dateTime(audit.reviewedAt), audit.reviewedBy)),
                new Fact(m.labelReportNumber(), Long.toString(header.reportId())));
        List<Fact> organizationFacts = List.of(
                new Fact(m.labelEnterpriseNumber(), organization.enterpriseNumber),
                new Fact(m.labelSector(), organization.sector),
                new Fact(m.labelNis2Category(), w.nis2(organization.nis2Category)));
        List<Fact> engagementFacts = List.of(
                new Fact(m.labelEnterpriseNumber(), supplier.enterpriseNumber),
                new Fact(m.labelCountry(), supplier.country),
                new Fact(m.labelServiceHosts(), engagement.serviceHosts.isEmpty() ? null : w.list(engagement.serviceHosts)),
                new Fact(m.labelDataCategories(), w.dataCategories(engagement.dataCategories)),
                new Fact(m.labelAccess(), w.access(engagement.access)),
                new Fact(m.labelCriticality(), w.criticality(engagement.criticality)),
                new Fact(m.labelContractClauses(), w.clauses(engagement.contractClauses)));
        List<Fact> questionnaireFacts = List.of(
                new Fact(m.labelQuestionnaireFile(), questionnaire.fileName()));
        List<Fact> auditFacts = List.of(
                new Fact(m.labelAuditNumber(), Long.toString(audit.id)),
                new Fact(m.labelStarted(), atBy(w, w.dateTime(audit.createdAt), audit.createdBy)),
                new Fact(m.labelReviewComment(), audit.reviewComment),
                new Fact(m.labelProgress(), m.progressValue(view.progress().answered(), view.progress().applicable())));

        String compliance = view.score() == null ? null : w.decimal(view.score());
        AuditReport.Risk risk = risk(engagement.id, w);
        List<AuditReport.KnockOut> knockOuts = view.failedKnockOuts().stream()
                .map(k -> new AuditReport.KnockOut(k.questionId(), k.text())).toList();
        Set<String> failed = view.failedKnockOuts().stream().map(FailedKnockOutView::questionId).collect(Collectors.toSet());
        List<AuditReport.Section> sections = sections(questionnaire, view, AuditService.profileOf(engagement), failed, w);
        List<AuditReport.EvidenceFile> evidence = view.evidence().stream()
                .map(e -> new AuditReport.EvidenceFile(e.questionId(), e.filename(), e.sha256(), m.bytes(w.number(e.size())),
                        m.atBy(w.date(e.uploadedAt()), e.uploadedBy()))).toList();
        LocalDate today = LocalDate.ofInstant(header.createdAt(), ZoneOffset.UTC);
        List<AuditReport.Finding> findings = view.findings().stream().map(f -> finding(f, today, w)).toList();
        long open = findings.stream().filter(AuditReport.Finding::open).count();

        Exposure exposure = exposures.exposure(supplier.id);
        ExposureFigures figures = ExposureFigures.of(exposure, organization.id);
        List<Figure> exposureFigures = List.of(
                new Figure(m.labelObservations(), w.number(exposure.observations()), null),
                new Figure(m.labelLast90Days(), w.number(exposure.last90Days()), exposure.last90Days() > 0 ? "HIGH" : null),
                new Figure(m.labelPrivileged(), w.number(exposure.privileged()),
                        exposure.privileged() > 0 ? "CRITICAL" : null),
                new Figure(m.labelOwnCredentials(organization.name), w.number(figures.ownPeople()),
                        figures.ownPeople() > 0 ? "HIGH" : null));
        List<String> exposureSummary = ReportProse.exposureSummary(new ReportProse.ExposureSummary(supplier.name,
                organization.name, exposure.observations(), w.number(exposure.observations()),
                w.number(exposure.last90Days()), exposure.stealerLogs(), w.number(exposure.stealerLogs()), exposure.privileged(),
                w.number(exposure.privileged()), figures.aggregateRecords(), w.number(figures.aggregateRecords()),
                figures.ownPeople(), w.number(figures.ownPeople()), risk != null && risk.claimContradicted()),
                header.language());

        List<String> summary = ReportProse.auditSummary(new ReportProse.AuditSummary(organization.name, supplier.name,
                engagement.service, questionnaire.title(), audit.status.name(), audit.submittedBy,
                w.date(audit.submittedAt), audit.reviewedBy, w.date(audit.reviewedAt), compliance, knockOuts.size(),
                risk == null ? 0 : risk.score(), risk == null ? null : risk.tier(), open, w.number(open)),
                header.language());

        List<AuditReport.Signature> signatures = List.of(
                new AuditReport.Signature(m.signSubmitted(), audit.submittedBy, w.date(audit.submittedAt)),
                new AuditReport.Signature(m.signReviewed(), audit.reviewedBy, w.date(audit.reviewedAt)),
                new AuditReport.Signature(m.signAuditor(), null, null));

        return new AuditReport(header, organization.name, coverFacts, organizationFacts, supplier.name,
                engagement.service, engagementFacts, questionnaireFacts, auditFacts, status,
                audit.status == AuditStatus.APPROVED, compliance, risk, knockOuts, sections, evidence, findings,
                exposureFigures, summary, exposureSummary, signatures);
    }

    private AuditReport.Risk risk(Long engagementId, Words w) {
        RiskView view = risks.risk(engagementId);
        if (view == null) {
            return null;
        }
        List<AuditReport.Factor> factors = view.factors().stream()
                .map(f -> new AuditReport.Factor(w.component(component(f.code())), f.label(), f.points())).toList();
        return new AuditReport.Risk(view.score(), view.tier(), w.dateTime(view.computedAt()), view.modelVersion(),
                factors, view.claimContradicted());
    }

    private static String component(String code) {
        try {
            return FactorCode.valueOf(code).component().name();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static List<AuditReport.Section> sections(Questionnaire questionnaire, AuditView view, EngagementProfile profile,
            Set<String> failedKnockOuts, Words w) {
        Map<String, List<String>> evidenceByQuestion = new LinkedHashMap<>();
        for (EvidenceView e : view.evidence()) {
            evidenceByQuestion.computeIfAbsent(e.questionId(), k -> new ArrayList<>()).add(e.filename());
        }
        List<AuditReport.Section> sections = new ArrayList<>();
        for (var section : questionnaire.sections()) {
            List<AuditReport.Question> questions = new ArrayList<>();
            for (Question q : section.questions()) {
                AnswerView answer = view.answers().get(q.id());
                boolean applies = q.appliesTo(profile);
                questions.add(new AuditReport.Question(q.id(), q.text(), q.references(),
                        answerText(q, answer == null ? null : answer.value(), applies, w),
                        answer == null ? null : answer.comment(), evidenceByQuestion.getOrDefault(q.id(), List.of()),
                        applies, failedKnockOuts.contains(q.id())));
            }
            sections.add(new AuditReport.Section(section.title(), questions));
        }
        return sections;
    }

    /** An answer in words: "yes", "3 on a scale of 0 to 4: documented", an option's label, the text itself. */
    static String answerText(Question q, Object value, boolean applies, Words w) {
        ReportMessages m = w.messages();
        if (value == null) {
            return applies ? m.notAnswered() : m.notAsked();
        }
        String raw = String.valueOf(value);
        if ("NOT_APPLICABLE".equals(raw)) {
            return m.answerNotApplicable();
        }
        return switch (q.type()) {
            case YES_NO -> switch (raw) {
                case "YES" -> m.answerYes();
                case "NO" -> m.answerNo();
                case "PARTIAL" -> m.answerPartial();
                default -> raw;
            };
            case SCALE -> scale(q, raw, m);
            case CHOICE -> q.option(raw).map(ChoiceOption::label).filter(Objects::nonNull).orElse(raw);
            case TEXT -> raw;
        };
    }

    private static String scale(Question q, String raw, ReportMessages m) {
        if (q.type() != QuestionType.SCALE || q.scale() == null) {
            return raw;
        }
        try {
            String label = q.scale().labels().get(Integer.parseInt(raw.strip()));
            return label == null ? m.scaleValue(raw, q.scale().min(), q.scale().max())
                    : m.scaleValueLabelled(raw, q.scale().min(), q.scale().max(), label);
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    private static AuditReport.Finding finding(FindingView f, LocalDate today, Words w) {
        boolean open = f.status() == FindingStatus.OPEN;
        return new AuditReport.Finding(f.title(), f.severity() == null ? null : f.severity().name(),
                w.findingStatus(f.status()), open, w.orNotProvided(f.owner()), w.date(f.dueDate()),
                open && f.dueDate() != null && f.dueDate().isBefore(today));
    }

    private static String atBy(Words w, String at, String by) {
        if (at == null) {
            return null;
        }
        return by == null ? at : w.messages().atBy(at, by);
    }

    /**
     * The parts of a supplier's exposure that belong to one organisation: leaks known by size that are the
     * supplier's own or that organisation's, and the credentials of that organisation's people.
     */
    record ExposureFigures(long aggregateRecords, long ownPeople) {

        static ExposureFigures of(Exposure exposure, Long organizationId) {
            long aggregates = exposure.aggregates().stream()
                    .filter(a -> a.organizationId() == null || a.organizationId().equals(organizationId))
                    .mapToLong(AggregateView::records).sum();
            long own = exposure.byOrganization().stream().filter(o -> o.organizationId() == organizationId.longValue())
                    .mapToLong(o -> o.observations()).sum();
            return new ExposureFigures(aggregates, own);
        }
    }
}
