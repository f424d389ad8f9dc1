package eu.nis2registry.audit.service;

import eu.nis2registry.audit.Audit;
import eu.nis2registry.audit.AuditAnswer;
import eu.nis2registry.audit.AuditDecided;
import eu.nis2registry.audit.AuditReview;
import eu.nis2registry.audit.AuditStatus;
import eu.nis2registry.audit.Evidence;
import eu.nis2registry.audit.QuestionnaireFile;
import eu.nis2registry.audit.questionnaire.AnswerCheck;
import eu.nis2registry.audit.questionnaire.AnswerProblem;
import eu.nis2registry.audit.questionnaire.AnswerValidator;
import eu.nis2registry.audit.questionnaire.AnswerValue;
import eu.nis2registry.audit.questionnaire.Claim;
import eu.nis2registry.audit.questionnaire.EngagementProfile;
import eu.nis2registry.audit.questionnaire.Question;
import eu.nis2registry.audit.questionnaire.QuestionType;
import eu.nis2registry.audit.questionnaire.Questionnaire;
import eu.nis2registry.audit.rest.AuditDtos.AnswerInput;
import eu.nis2registry.audit.rest.AuditDtos.AnswerView;
import eu.nis2registry.audit.rest.AuditDtos.AuditSummary;
import eu.nis2registry.audit.rest.AuditDtos.AuditView;
import eu.nis2registry.audit.rest.AuditDtos.EvidenceView;
import eu.nis2registry.audit.rest.AuditDtos.FailedKnockOutView;
import eu.nis2registry.audit.rest.AuditDtos.Progress;
import eu.nis2registry.audit.rest.AuditDtos.ReviewView;
import eu.nis2registry.audit.scoring.AuditScore;
import eu.nis2registry.audit.scoring.AuditScorer;
import eu.nis2registry.common.error.ApiException;
import eu.nis2registry.common.error.ErrorDetail;
import eu.nis2registry.inventory.Engagement;
import eu.nis2registry.inventory.ReassessmentConfig;
import eu.nis2registry.security.CurrentUser;
import eu.nis2registry.security.scope.Scope;
import eu.nis2registry.security.trail.AuditTrail;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The audit workflow: a draft is answered, submitted once every required question that applies is answered,
 * then approved or rejected by someone other than the submitter. An approved audit never changes again.
 */
@ApplicationScoped
public class AuditService {

    private static final Set<AuditStatus> OPEN = Set.of(AuditStatus.DRAFT, AuditStatus.SUBMITTED, AuditStatus.REJECTED);

    private final Scope scope;
    private final CurrentUser user;
    private final QuestionnaireService questionnaires;
    private final FindingService findings;
    private final ReassessmentConfig reassessment;
    private final AuditTrail trail;
    private final Event<AuditDecided> decided;
    private final Clock clock;

    public AuditService(Scope scope, CurrentUser user, QuestionnaireService questionnaires, FindingService findings,
            ReassessmentConfig reassessment, AuditTrail trail, Event<AuditDecided> decided, Clock clock) {
        this.scope = scope;
        this.user = user;
        this.questionnaires = questionnaires;
        this.findings = findings;
        this.reassessment = reassessment;
        this.trail = trail;
        this.decided = decided;
        this.clock = clock;
    }

    @Transactional
    public AuditView start(Long engagementId, String questionnaireKey) {
        Engagement engagement = scope.require(Engagement.class, engagementId, "Engagement");
        Questionnaire questionnaire = questionnaires.findNewest(questionnaireKey).orElseThrow(() -> ApiException.invalid(
                List.of(ErrorDetail.field("questionnaireKey", "no questionnaire with key '" + abbreviate(questionnaireKey) + "'"))));
        if (QuestionnaireFile.findById(questionnaire.sha256()) == null) {
            throw ApiException.conflict("questionnaire_not_stored",
                    "The questionnaire file changed on disk since it was loaded; an administrator should reload questionnaires", null);
        }
        Audit open = Audit.<Audit>find("engagement = ?1 and questionnaireKey = ?2 and status in ?3", engagement,
                questionnaire.key(), OPEN).firstResult();
        if (open != null) {
            throw ApiException.conflict("audit_open", "This engagement already has an open audit with this questionnaire",
                    List.of(ErrorDetail.record(open.id, "questionnaireKey", "audit " + open.id + " is " + open.status)));
        }
        Audit audit = new Audit();
        audit.engagement = engagement;
        audit.organizationId = engagement.organization.id;
        audit.questionnaireKey = questionnaire.key();
        audit.questionnaireVersion = questionnaire.version();
        audit.questionnaireSha256 = questionnaire.sha256();
        audit.status = AuditStatus.DRAFT;
        audit.createdBy = user.username();
        audit.createdAt = clock.instant();
        audit.updatedAt = audit.createdAt;
        audit.persist();
        trail.record("AUDIT_STARTED", "Audit", audit.id, audit.organizationId, null,
                Map.of("engagementId", engagementId, "questionnaire", questionnaire.key() + " v" + questionnaire.version(),
                        "sha256", questionnaire.sha256()));
        return view(audit);
    }

    public AuditView get(Long id) {
        return view(require(id));
    }

    public List<AuditSummary> listForEngagement(Long engagementId) {
        Engagement engagement = scope.require(Engagement.class, engagementId, "Engagement");
        return Audit.<Audit>list("engagement", Sort.descending("createdAt").and("id", Sort.Direction.Descending), engagement)
                .stream().map(AuditService::summary).toList();
    }

    public List<AuditSummary> listForOrganization(Long organizationId, AuditStatus status) {
        scope.requireOrganization(organizationId);
        List<Audit> audits = status == null
                ? Audit.list("organizationId", Sort.descending("updatedAt").and("id", Sort.Direction.Descending), organizationId)
                : Audit.list("organizationId = ?1 and status = ?2", Sort.descending("updatedAt").and("id", Sort.Direction.Descending),
                organizationId, status);
        return audits.stream().map(AuditService::summary).toList();
    }

    /** Merges answers into an editable audit; a {@code null} value removes that answer. All or nothing. */
    @Transactional
    public AuditView saveAnswers(Long id, Map<String, AnswerInput> input) {
        Audit audit = requireEditable(id);
        Questionnaire questionnaire = questionnaires.pinned(audit.questionnaireSha256);
        Map<String, Object> raw = new TreeMap<>();
        input.forEach((questionId, answer) -> {
            if (answer.value() != null) {
                raw.put(questionId, answer.value());
            }
        });
        AnswerCheck check = AnswerValidator.validate(questionnaire, raw, profileOf(audit.engagement));
        List<ErrorDetail> problems = new java.util.ArrayList<>(toDetails(check.problems()));
        input.keySet().stream().filter(q -> input.get(q).value() == null && questionnaire.question(q).isEmpty())
                .forEach(q -> problems.add(ErrorDetail.question(q, "there is no question '" + abbreviate(q) + "'")));
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems.size() + " answer(s) refused; nothing was saved", problems);
        }
        Map<String, Object> before = new TreeMap<>();
        Map<String, Object> after = new TreeMap<>();
        Instant now = clock.instant();
        input.forEach((questionId, answer) -> {
            AuditAnswer existing = answerOf(audit.id, questionId);
            if (existing != null) {
                before.put(questionId, existing.value);
            }
            if (answer.value() == null) {
                if (existing != null) {
                    existing.delete();
                }
                return;
            }
            AuditAnswer stored = existing != null ? existing : newAnswer(audit.id, questionId);
            stored.value = String.valueOf(check.values().get(questionId).raw());
            stored.comment = blankToNull(answer.comment());
            stored.answeredBy = user.username();
            stored.answeredAt = now;
            if (existing == null) {
                stored.persist();
            }
            after.put(questionId, stored.value);
        });
        AuditStatus previous = audit.status;
        audit.status = AuditStatus.DRAFT;
        audit.updatedAt = now;
        trail.record("AUDIT_ANSWERED", "Audit", audit.id, audit.organizationId,
                Map.of("status", previous, "answers", before), Map.of("status", audit.status, "answers", after));
        return view(audit);
    }

    @Transactional
    public AuditView submit(Long id) {
        Audit audit = requireEditable(id);
        Questionnaire questionnaire = questionnaires.pinned(audit.questionnaireSha256);
        EngagementProfile profile = profileOf(audit.engagement);
        Map<String, AuditAnswer> answers = answersOf(audit.id);
        AnswerCheck check = AnswerValidator.checkSubmission(questionnaire, rawValues(answers), profile);
        List<ErrorDetail> problems = new java.util.ArrayList<>(toDetails(check.problems()));
        Set<String> withEvidence = Evidence.<Evidence>list("auditId", audit.id).stream().map(e -> e.questionId)
                .collect(Collectors.toSet());
        for (Question question : questionnaire.questions()) {
            AnswerValue value = check.values().get(question.id());
            if (question.evidenceRequired() && value != null && claimsSomething(question, value)
                    && !withEvidence.contains(question.id())) {
                problems.add(ErrorDetail.question(question.id(), "question '" + question.id() + "' needs evidence for this answer"));
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid("The audit cannot be submitted: " + problems.size() + " problem(s)", problems);
        }
        AuditStatus previous = audit.status;
        audit.status = AuditStatus.SUBMITTED;
        audit.submittedBy = user.username();
        audit.submittedAt = clock.instant();
        audit.updatedAt = audit.submittedAt;
        trail.record("AUDIT_SUBMITTED", "Audit", audit.id, audit.organizationId, Map.of("status", previous),
                Map.of("status", audit.status, "submittedBy", audit.submittedBy));
        return view(audit);
    }

    @Transactional
    public AuditView review(Long id, AuditReview.Decision decision, String comment) {
        Audit audit = requireLocked(id);
        if (audit.status != AuditStatus.SUBMITTED) {
            throw ApiException.conflict("audit_not_submitted", "Only a submitted audit can be reviewed; this one is "
                    + audit.status, null);
        }
        if (user.username().equals(audit.submittedBy)) {
            throw new ApiException(403, "four_eyes_required",
                    "You submitted this audit: a second person must review it");
        }
        if (decision == AuditReview.Decision.REJECT && (comment == null || comment.isBlank())) {
            throw ApiException.invalid(List.of(ErrorDetail.field("comment", "say why the audit is rejected")));
        }
        Instant now = clock.instant();
        AuditReview review = new AuditReview();
        review.auditId = audit.id;
        review.decision = decision;
        review.comment = blankToNull(comment);
        review.reviewer = user.username();
        review.reviewedAt = now;
        review.persist();
        audit.reviewedBy = review.reviewer;
        audit.reviewedAt = now;
        audit.reviewComment = review.comment;
        audit.updatedAt = now;
        if (decision == AuditReview.Decision.APPROVE) {
            approve(audit, now);
        } else {
            audit.status = AuditStatus.REJECTED;
        }
        trail.record(decision == AuditReview.Decision.APPROVE ? "AUDIT_APPROVED" : "AUDIT_REJECTED", "Audit", audit.id,
                audit.organizationId, Map.of("status", AuditStatus.SUBMITTED),
                Map.of("status", audit.status, "reviewer", review.reviewer, "score",
                        audit.scorePercent == null ? "none" : audit.scorePercent));
        decided.fire(new AuditDecided(audit.id, audit.engagement.id, audit.status));
        return view(audit);
    }

    private void approve(Audit audit, Instant now) {
        Questionnaire questionnaire = questionnaires.pinned(audit.questionnaireSha256);
        EngagementProfile profile = profileOf(audit.engagement);
        AuditScore score = AuditScorer.score(questionnaire, validValues(questionnaire, answersOf(audit.id), profile), profile);
        audit.status = AuditStatus.APPROVED;
        audit.scorePercent = score.ratio().isPresent() ? round1(score.ratio().getAsDouble() * 100) : null;
        audit.failedKnockOuts = score.failedKnockOuts().size();
        audit.failedKnockOutIds = String.join(",", score.failedKnockOuts().stream().map(k -> k.questionId()).toList());
        audit.claimsMfa = score.claims(Claim.MFA_ENFORCED);
        findings.openFor(audit, score, now);
        Engagement engagement = audit.engagement;
        engagement.lastAuditApprovedAt = now;
        engagement.nextAuditDue = reassessment.nextDue(engagement.criticality, LocalDate.ofInstant(now, clock.getZone()), null);
    }

    /** The score and knock-outs of the answers as they stand (frozen once approved). */
    public AuditScore currentScore(Audit audit) {
        Questionnaire questionnaire = questionnaires.pinned(audit.questionnaireSha256);
        EngagementProfile profile = profileOf(audit.engagement);
        return AuditScorer.score(questionnaire, validValues(questionnaire, answersOf(audit.id), profile), profile);
    }

    // ------------------------------------------------------------------ helpers shared with evidence and xlsx

    public Audit require(Long id) {
        return scope.require(Audit.class, id, "Audit");
    }

    /**
     * The audit, locked until the transaction ends, in the state the last writer committed: concurrent writes to
     * one audit (two colleagues saving answers, two reviewers approving) take turns instead of failing on its
     * version at commit.
     */
    private Audit requireLocked(Long id) {
        Audit audit = require(id);
        Audit.getEntityManager().refresh(audit, LockModeType.PESSIMISTIC_WRITE);
        return audit;
    }

    /** An audit that may still change, locked for the rest of the transaction (see {@link #requireLocked}). */
    public Audit requireEditable(Long id) {
        Audit audit = requireLocked(id);
        if (!audit.status.editable()) {
            throw ApiException.conflict("audit_not_editable", audit.status == AuditStatus.APPROVED
                    ? "This audit is approved and can no longer change" : "This audit is " + audit.status
                    + " and cannot be changed until it is reviewed", null);
        }
        return audit;
    }

    public static EngagementProfile profileOf(Engagement engagement) {
        return new EngagementProfile(engagement.dataCategories, engagement.access, engagement.criticality);
    }

    public static Map<String, AuditAnswer> answersOf(Long auditId) {
        return AuditAnswer.<AuditAnswer>list("auditId", auditId).stream()
                .collect(Collectors.toMap(a -> a.questionId, a -> a, (a, b) -> a, TreeMap::new));
    }

    private static Map<String, Object> rawValues(Map<String, AuditAnswer> answers) {
        Map<String, Object> raw = new TreeMap<>();
        answers.forEach((id, answer) -> raw.put(id, answer.value));
        return raw;
    }

    /** Stored answers that still fit the engagement; one that no longer applies is left out of the score. */
    private static Map<String, AnswerValue> validValues(Questionnaire questionnaire, Map<String, AuditAnswer> answers,
            EngagementProfile profile) {
        return AnswerValidator.validate(questionnaire, rawValues(answers), profile).values();
    }

    private static boolean claimsSomething(Question question, AnswerValue value) {
        return AuditScorer.compliance(question, value).orElse(0) > 0;
    }

    private static AuditAnswer answerOf(Long auditId, String questionId) {
        return AuditAnswer.find("auditId = ?1 and questionId = ?2", auditId, questionId).firstResult();
    }

    private static AuditAnswer newAnswer(Long auditId, String questionId) {
        AuditAnswer answer = new AuditAnswer();
        answer.auditId = auditId;
        answer.questionId = questionId;
        return answer;
    }

    AuditView view(Audit audit) {
        Questionnaire questionnaire = questionnaires.pinned(audit.questionnaireSha256);
        EngagementProfile profile = profileOf(audit.engagement);
        Map<String, AuditAnswer> answers = answersOf(audit.id);
        Map<String, AnswerView> answerViews = new LinkedHashMap<>();
        answers.forEach((id, a) -> answerViews.put(id, new AnswerView(typed(questionnaire, id, a.value), a.comment,
                a.answeredBy, a.answeredAt)));
        List<Question> applicable = questionnaire.questions().stream().filter(q -> q.appliesTo(profile)).toList();
        int answered = (int) applicable.stream().filter(q -> answers.containsKey(q.id())).count();
        int requiredOpen = AnswerValidator.unansweredRequired(questionnaire, answers.keySet(), profile).size();
        AuditScore score = AuditScorer.score(questionnaire, validValues(questionnaire, answers, profile), profile);
        Double percent = audit.status == AuditStatus.APPROVED ? audit.scorePercent
                : score.ratio().isPresent() ? round1(score.ratio().getAsDouble() * 100) : null;
        List<EvidenceView> evidence = Evidence.<Evidence>list("auditId", Sort.by("id"), audit.id).stream()
                .map(EvidenceService::view).toList();
        List<ReviewView> reviews = AuditReview.<AuditReview>list("auditId", Sort.by("reviewedAt").and("id"), audit.id)
                .stream().map(r -> new ReviewView(r.decision, r.comment, r.reviewer, r.reviewedAt)).toList();
        return new AuditView(audit.id, audit.engagement.id, audit.organizationId, audit.status, audit.questionnaireKey,
                audit.questionnaireVersion, audit.questionnaireSha256, questionnaire.title(),
                questionnaire.language().name().toLowerCase(java.util.Locale.ROOT), answerViews,
                new Progress(answered, applicable.size(), requiredOpen), percent,
                score.failedKnockOuts().stream().map(k -> new FailedKnockOutView(k.questionId(), k.text())).toList(),
                findings.forAudit(audit.id), evidence, reviews, audit.createdBy, audit.createdAt, audit.submittedBy,
                audit.submittedAt, audit.reviewedBy, audit.reviewedAt, audit.reviewComment);
    }

    static AuditSummary summary(Audit a) {
        return new AuditSummary(a.id, a.engagement.id, a.organizationId, a.status, a.questionnaireKey,
                a.questionnaireVersion, a.scorePercent, a.submittedBy, a.submittedAt, a.reviewedBy, a.reviewedAt, a.createdAt);
    }

    /** Scale answers are numbers in the API; everything else is text. */
    static Object typed(Questionnaire questionnaire, String questionId, String value) {
        boolean scale = questionnaire.question(questionId).map(q -> q.type() == QuestionType.SCALE).orElse(false);
        if (scale && !AnswerValue.NotApplicable.RAW.equals(value)) {
            try {
                return Integer.valueOf(value);
            } catch (NumberFormatException e) {
                return value;
            }
        }
        return value;
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() <= 60 ? text : text.substring(0, 60) + "...";
    }

    static List<ErrorDetail> toDetails(List<AnswerProblem> problems) {
        return problems.stream().map(p -> ErrorDetail.question(p.questionId(), p.message())).toList();
    }
}
