package eu.nis2registry.report.service;

import eu.nis2registry.report.ReportMessages;
import eu.nis2registry.report.pdf.Column;
import eu.nis2registry.report.pdf.KeyFigure;
import eu.nis2registry.report.pdf.PageSize;
import eu.nis2registry.report.pdf.Palette;
import eu.nis2registry.report.pdf.PdfDocumentBuilder;
import eu.nis2registry.report.pdf.Signatory;
import eu.nis2registry.report.pdf.TableSpec;
import eu.nis2registry.report.service.AuditReport.Question;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Lays out an AUDIT report: cover, executive summary with the risk factors, every section and question, the
 * findings, the evidence register, the supplier's leak exposure and the sign-off. Pure layout: the facts and
 * the prose arrive ready in the {@link AuditReport}.
 */
public final class AuditReportLayout {

    /** Room for a section heading, the column headers and a first question of ordinary length. */
    private static final float SECTION_START = 130f;

    private AuditReportLayout() {
    }

    public static ReportLayout.Rendered render(AuditReport r, ReportMessages m) {
        Words w = new Words(m, r.header().language());
        String title = m.auditTitle();
        try (PdfDocumentBuilder doc = new PdfDocumentBuilder(PageSize.A4, ReportLayout.metadata(r.header(), title,
                m.auditSubject(r.supplier(), r.organization()), List.of("NIS2", "supplier audit", r.supplier()), m))) {
            ReportLayout.decorate(doc, r.header(), m.auditRunningHeader(r.supplier(), r.organization()), w);
            doc.title(title, m.auditSubtitle(r.supplier(), w.orNotProvided(r.service())));
            ReportLayout.facts(doc, r.coverFacts(), w);
            if (!r.approved()) {
                doc.callout(m.notApprovedTitle(), m.notApprovedBody(r.status()), Palette.TIER_HIGH);
            }
            summary(doc, r, w);
            details(doc, r, w);
            questions(doc, r, m);
            findings(doc, r, m);
            evidence(doc, r, m);
            exposure(doc, r, w);
            ReportLayout.about(doc, r.header(), r.organization(), w);
            signOff(doc, r, m);
            byte[] pdf = doc.toBytes();
            return new ReportLayout.Rendered(pdf, doc.pageCount());
        }
    }

    private static void summary(PdfDocumentBuilder doc, AuditReport r, Words w) {
        ReportMessages m = w.messages();
        doc.heading(1, m.headingSummary());
        AuditReport.Risk risk = r.risk();
        long openFindings = r.findings().stream().filter(AuditReport.Finding::open).count();
        doc.keyFigures(List.of(
                new KeyFigure(m.figureCompliance(), r.compliancePercent() == null ? "\u2014"
                        : m.percent(r.compliancePercent())),
                new KeyFigure(m.figureRiskScore(), risk == null ? "\u2014" : risk.score() + " \u00b7 " + risk.tier(),
                        ReportLayout.tierColor(risk == null ? null : risk.tier())),
                new KeyFigure(m.figureKnockOuts(), Integer.toString(r.failedKnockOuts().size()),
                        r.failedKnockOuts().isEmpty() ? Palette.TIER_LOW : Palette.TIER_CRITICAL),
                new KeyFigure(m.figureOpenFindings(), w.number(openFindings))));
        ReportLayout.paragraphs(doc, r.summary());
        if (!r.failedKnockOuts().isEmpty()) {
            doc.callout(m.knockOutsTitle(r.failedKnockOuts().size()), r.failedKnockOuts().stream()
                    .map(k -> k.questionId() + ": " + k.text()).collect(Collectors.joining("\n")), Palette.TIER_CRITICAL);
        }
        if (risk != null && risk.claimContradicted()) {
            doc.callout(m.claimContradictedTitle(), m.claimContradictedBody(), Palette.TIER_CRITICAL);
        }
        doc.heading(2, m.headingRiskFactors());
        if (risk == null) {
            doc.paragraph(m.noRisk());
            return;
        }
        doc.table(TableSpec.of(Column.of(m.columnComponent(), 0.2f).muted(), Column.of(m.columnFactor(), 0.68f),
                        Column.of(m.columnPoints(), 0.12f).right().strong()),
                risk.factors().stream().map(f -> List.of(f.component(), f.label(), signed(f.points()))).toList());
        doc.note(m.riskNote(risk.modelVersion(), risk.computedAt()));
    }

    /** The organisation, the supplier and its service, and the audit, in full. */
    private static void details(PdfDocumentBuilder doc, AuditReport r, Words w) {
        ReportMessages m = w.messages();
        doc.heading(1, m.headingDetails());
        doc.heading(2, m.labelOrganization());
        ReportLayout.facts(doc, r.organizationFacts(), w);
        doc.heading(2, m.headingEngagement());
        ReportLayout.facts(doc, r.engagementFacts(), w);
        doc.heading(2, m.headingAudit());
        List<Fact> audit = new ArrayList<>(r.questionnaireFacts());
        audit.addAll(r.auditFacts());
        ReportLayout.facts(doc, audit, w);
    }

    private static void questions(PdfDocumentBuilder doc, AuditReport r, ReportMessages m) {
        doc.heading(1, m.headingQuestions());
        TableSpec spec = TableSpec.of(Column.of(m.columnQuestion(), 0.47f), Column.of(m.columnAnswer(), 0.2f).strong(),
                Column.of(m.columnComment(), 0.33f));
        for (AuditReport.Section section : r.sections()) {
            // a section heading with its column headers and first question, never alone at a page foot
            doc.keepTogether(SECTION_START);
            doc.heading(2, section.title());
            List<List<String>> rows = new ArrayList<>(section.questions().size());
            for (Question q : section.questions()) {
                rows.add(List.of(questionCell(q, m), answerCell(q, m), commentCell(q, m)));
            }
            doc.table(spec, rows);
        }
    }

    static String questionCell(Question q, ReportMessages m) {
        StringBuilder cell = new StringBuilder(q.text() == null ? "" : q.text().strip());
        cell.append('\n').append(q.id());
        if (!q.references().isEmpty()) {
            cell.append(" \u00b7 ").append(m.references(String.join("; ", q.references())));
        }
        return cell.toString();
    }

    static String answerCell(Question q, ReportMessages m) {
        return q.knockOutFailed() ? q.answer() + "\n\u2716 " + m.knockOutFailed() : q.answer();
    }

    static String commentCell(Question q, ReportMessages m) {
        String comment = q.comment() == null ? "" : q.comment().strip();
        if (q.evidence().isEmpty()) {
            return comment;
        }
        String files = m.evidenceFiles(String.join(", ", q.evidence()));
        return comment.isEmpty() ? files : comment + "\n" + files;
    }

    private static void findings(PdfDocumentBuilder doc, AuditReport r, ReportMessages m) {
        doc.heading(1, m.headingFindings());
        doc.table(TableSpec.of(Column.of(m.columnFinding(), 0.38f), Column.of(m.columnSeverity(), 0.12f).badge(),
                        Column.of(m.columnStatus(), 0.1f), Column.of(m.columnOwner(), 0.26f),
                        Column.of(m.columnDue(), 0.14f).right())
                        .withEmptyText(m.noFindings()),
                r.findings().stream().map(f -> List.of(f.title(), f.severity(), f.status(), f.owner(),
                        f.overdue() ? f.dueDate() + "\n" + m.overdue() : f.dueDate())).toList());
    }

    private static void evidence(PdfDocumentBuilder doc, AuditReport r, ReportMessages m) {
        doc.heading(1, m.headingEvidence());
        doc.note(m.evidenceNote());
        doc.table(TableSpec.of(Column.of(m.columnFile(), 0.33f), Column.of(m.columnSha256(), 0.67f).mono())
                        .withEmptyText(m.noEvidence()),
                r.evidence().stream().map(e -> List.of(e.fileName() + "\n" + e.questionId() + "\n" + e.size()
                        + " \u00b7 " + e.uploaded(), e.sha256())).toList());
    }

    private static void exposure(PdfDocumentBuilder doc, AuditReport r, Words w) {
        doc.heading(1, w.messages().headingExposure());
        doc.keyFigures(r.exposureFigures().stream()
                .map(f -> new KeyFigure(f.label(), f.value(), ReportLayout.tierColor(f.tier()))).toList());
        ReportLayout.paragraphs(doc, r.exposureSummary());
    }

    /** On a page of its own, so that the boxes to sign are never split from each other. */
    private static void signOff(PdfDocumentBuilder doc, AuditReport r, ReportMessages m) {
        doc.pageBreak();
        doc.heading(1, m.headingSignOff());
        doc.signOffBlock(r.signatures().stream().map(s -> new Signatory(s.role(), s.name(), s.date())).toList());
    }

    private static String signed(int points) {
        return points > 0 ? "+" + points : Integer.toString(points);
    }
}
