package eu.nis2registry.report.service;

import eu.nis2registry.report.ReportMessages;
import eu.nis2registry.report.pdf.Column;
import eu.nis2registry.report.pdf.KeyFigure;
import eu.nis2registry.report.pdf.PageSize;
import eu.nis2registry.report.pdf.PdfDocumentBuilder;
import eu.nis2registry.report.pdf.RiskMatrix;
import eu.nis2registry.report.pdf.TableSpec;
import eu.nis2registry.report.service.OrganizationReport.Engagement;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out an ORGANIZATION report, the supplier register: cover, overview with the tier distribution and the
 * criticality x tier matrix, the register of engagements and the list of direct suppliers. Landscape: the
 * register has ten columns and is read across.
 */
public final class OrganizationReportLayout {

    private OrganizationReportLayout() {
    }

    public static ReportLayout.Rendered render(OrganizationReport r, ReportMessages m) {
        Words w = new Words(m, r.header().language());
        try (PdfDocumentBuilder doc = new PdfDocumentBuilder(PageSize.A4_LANDSCAPE, ReportLayout.metadata(r.header(),
                m.organizationTitle(), m.organizationSubject(r.organization()),
                List.of("NIS2", "supplier register", "IR 2024/2690"), m))) {
            ReportLayout.decorate(doc, r.header(), m.organizationRunningHeader(r.organization()), w);
            // the first page holds the headline figures and the matrix: the register follows from page two
            doc.title(m.organizationTitle(), r.organization());
            doc.keyFigures(r.figures().stream()
                    .map(f -> new KeyFigure(f.label(), f.value(), ReportLayout.tierColor(f.tier()))).toList());
            ReportLayout.paragraphs(doc, r.overview());
            doc.riskMatrix(m.chartMatrix(), matrix(r.matrix(), m));
            doc.note(m.matrixNote());
            doc.tierDistribution(m.chartTiers(), r.tierCounts());

            doc.heading(1, m.headingRegister());
            doc.note(m.registerNote());
            doc.table(registerSpec(m), registerRows(r.engagements(), m));

            doc.heading(1, m.headingSuppliers());
            doc.note(m.contactNote());
            doc.table(TableSpec.of(Column.of(m.labelSupplier(), 0.2f).strong(), Column.of(m.columnIdentifier(), 0.12f),
                            Column.of(m.columnCountry(), 0.07f), Column.of(m.columnDomains(), 0.25f),
                            Column.of(m.columnSubcontractors(), 0.26f), Column.of(m.columnEngagements(), 0.1f).right()),
                    r.suppliers().stream().map(s -> List.of(s.name(), s.identifier(), s.country(), s.domains(),
                            s.subcontractors(), s.engagements())).toList());
            doc.heading(1, m.labelOrganization());
            ReportLayout.facts(doc, r.organizationFacts(), w);
            ReportLayout.about(doc, r.header(), r.organization(), w);
            byte[] pdf = doc.toBytes();
            return new ReportLayout.Rendered(pdf, doc.pageCount());
        }
    }

    /** Rows are risk tiers (LOW up to CRITICAL), columns criticality (low to critical). */
    static RiskMatrix matrix(List<List<Integer>> counts, ReportMessages m) {
        return new RiskMatrix(m.axisTier(), Words.TIERS, m.axisCriticality(),
                List.of(m.criticalityLow(), m.criticalityMedium(), m.criticalityHigh(), m.criticalityCritical()), counts);
    }

    static TableSpec registerSpec(ReportMessages m) {
        return TableSpec.of(
                Column.of(m.labelSupplier(), 0.145f).strong(),
                Column.of(m.labelService(), 0.155f),
                Column.of(m.columnData(), 0.145f),
                Column.of(m.labelAccess(), 0.085f),
                Column.of(m.labelCriticality(), 0.075f),
                Column.of(m.columnTier(), 0.08f).badge(),
                Column.of(m.columnScore(), 0.05f).right(),
                Column.of(m.columnLastAudit(), 0.09f),
                Column.of(m.columnNextDue(), 0.09f),
                Column.of(m.columnOpenFindings(), 0.085f).right());
    }

    static List<List<String>> registerRows(List<Engagement> engagements, ReportMessages m) {
        List<List<String>> rows = new ArrayList<>(engagements.size());
        for (Engagement e : engagements) {
            rows.add(List.of(e.supplier(), e.service(), e.dataCategories(), e.access(), e.criticality(),
                    e.tier() == null ? m.notScored() : e.tier(), e.score(), e.lastAudit(),
                    e.overdue() ? e.nextDue() + "\n" + m.overdue() : e.nextDue(), e.openFindings()));
        }
        return rows;
    }
}
