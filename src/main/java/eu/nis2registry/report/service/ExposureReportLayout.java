package eu.nis2registry.report.service;

import eu.nis2registry.report.ReportMessages;
import eu.nis2registry.report.pdf.Column;
import eu.nis2registry.report.pdf.KeyFigure;
import eu.nis2registry.report.pdf.PageSize;
import eu.nis2registry.report.pdf.PdfDocumentBuilder;
import eu.nis2registry.report.pdf.TableSpec;
import eu.nis2registry.report.service.ExposureReport.Exposed;

import java.util.List;

/**
 * Lays out a SUPPLIER_EXPOSURE report: the supplier, headline counts and what they mean, observations by month
 * and by kind, leaks known by size, the organisations whose people appear, masked samples, the blast radius
 * and, organisation by organisation, what to do now.
 */
public final class ExposureReportLayout {

    private ExposureReportLayout() {
    }

    public static ReportLayout.Rendered render(ExposureReport r, ReportMessages m) {
        Words w = new Words(m, r.header().language());
        try (PdfDocumentBuilder doc = new PdfDocumentBuilder(PageSize.A4, ReportLayout.metadata(r.header(),
                m.exposureTitle(), m.exposureSubject(r.supplier()), List.of("NIS2", "leak exposure", r.supplier()), m))) {
            ReportLayout.decorate(doc, r.header(), m.exposureRunningHeader(r.supplier()), w);
            doc.title(m.exposureTitle(), r.supplier());
            ReportLayout.facts(doc, r.supplierFacts(), w);
            doc.keyFigures(r.figures().stream()
                    .map(f -> new KeyFigure(f.label(), f.value(), ReportLayout.tierColor(f.tier()))).toList());
            ReportLayout.paragraphs(doc, r.overview());

            doc.heading(1, m.headingByMonth());
            doc.barChart(m.chartByMonth(), r.months(), r.monthCounts());
            doc.heading(2, m.headingByKind());
            doc.table(TableSpec.of(Column.of(m.columnKind(), 0.5f), Column.of(m.columnObservations(), 0.25f).right(),
                            Column.of(m.columnPrivileged(), 0.25f).right()),
                    r.byKind().stream().map(k -> List.of(k.kind(), k.observations(), k.privileged())).toList());
            if (!r.aggregates().isEmpty()) {
                doc.heading(2, m.headingAggregates());
                doc.table(TableSpec.of(Column.of(m.columnSource(), 0.24f).strong(), Column.of(m.columnKind(), 0.16f),
                                Column.of(m.columnRecords(), 0.12f).right(), Column.of(m.columnStealerShare(), 0.13f).right(),
                                Column.of(m.columnPrivileged(), 0.13f).right(), Column.of(m.columnPeriod(), 0.22f)),
                        r.aggregates().stream().map(a -> List.of(a.source(), a.kind(), a.records(), a.stealerShare(),
                                a.privileged(), a.period())).toList());
            }

            doc.heading(1, m.headingOrganizations());
            doc.note(m.organizationsNote());
            doc.table(TableSpec.of(Column.of(m.columnOrganization(), 0.75f).strong(),
                            Column.of(m.columnObservations(), 0.25f).right()),
                    r.organizations().stream().map(o -> List.of(o.organization(), o.observations())).toList());

            doc.heading(1, m.headingSamples());
            doc.note(m.samplesNote());
            doc.table(TableSpec.of(Column.of(m.columnMaskedLogin(), 0.3f).mono(), Column.of(m.columnHost(), 0.32f),
                            Column.of(m.columnKind(), 0.23f), Column.of(m.columnCompromised(), 0.15f).right()),
                    r.samples().stream().map(s -> List.of(s.maskedLogin(), s.host(), s.kind(), s.compromisedOn())).toList());

            doc.heading(1, m.headingBlastRadius());
            doc.note(m.blastRadiusNote());
            doc.table(TableSpec.of(Column.of(m.columnOrganization(), 0.22f).strong(), Column.of(m.columnThrough(), 0.17f),
                                    Column.of(m.columnData(), 0.21f), Column.of(m.labelAccess(), 0.13f),
                                    Column.of(m.columnExposed(), 0.15f).right(), Column.of(m.columnTier(), 0.12f).badge())
                            .withEmptyText(m.noBlastRadius()),
                    r.blastRadius().stream().map(e -> List.of(e.organization(), e.via(), e.dataCategories(), e.access(),
                            e.exposedCredentials(), e.tier() == null ? m.notScored() : e.tier())).toList());
            if (!r.blastRadius().isEmpty()) {
                doc.heading(1, m.headingActions());
                for (Exposed e : r.blastRadius()) {
                    doc.heading(3, e.organization());
                    doc.bullets(e.actions());
                }
            }
            ReportLayout.about(doc, r.header(), r.scope(), w);
            byte[] pdf = doc.toBytes();
            return new ReportLayout.Rendered(pdf, doc.pageCount());
        }
    }
}
