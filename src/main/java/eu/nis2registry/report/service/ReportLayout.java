package eu.nis2registry.report.service;

import eu.nis2registry.report.ReportMessages;
import eu.nis2registry.report.pdf.DocumentMetadata;
import eu.nis2registry.report.pdf.KeyValue;
import eu.nis2registry.report.pdf.Palette;
import eu.nis2registry.report.pdf.PdfDocumentBuilder;

import java.awt.Color;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** What the three reports share: metadata, running header and footer, the "about this report" block. */
final class ReportLayout {

    private ReportLayout() {
    }

    /** A rendered report: its bytes and how many pages they hold. */
    record Rendered(byte[] pdf, int pages) {
    }

    static DocumentMetadata metadata(ReportHeader header, String title, String subject, List<String> keywords,
            ReportMessages m) {
        return new DocumentMetadata(title, header.createdBy(), subject, m.registry(), keywords,
                header.createdAt().atOffset(ZoneOffset.UTC), header.language());
    }

    /** The running header names the report and its number; the footer says when and by whom it was made. */
    static void decorate(PdfDocumentBuilder doc, ReportHeader header, String runningTitle, Words w) {
        ReportMessages m = w.messages();
        doc.runningHeader(runningTitle, m.reportNumber(header.reportId()))
                .headerOnFirstPage(false)
                .runningFooter(m.footer(header.reportId(), w.dateTime(header.createdAt()), header.createdBy()));
    }

    /** Report number, date, author, scope, and how to check that a copy is the archived one. */
    static void about(PdfDocumentBuilder doc, ReportHeader header, String scope, Words w) {
        ReportMessages m = w.messages();
        doc.heading(2, m.aboutReport());
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(m.labelReportNumber(), Long.toString(header.reportId())));
        facts.add(new Fact(m.labelGenerated(), w.dateTime(header.createdAt())));
        facts.add(new Fact(m.labelGeneratedBy(), header.createdBy()));
        facts.add(new Fact(m.labelScope(), scope));
        facts(doc, facts, w);
        doc.callout(m.verifyTitle(), m.verifyBody(header.reportId()), Palette.ACCENT);
    }

    /** Share of the width for the labels of fact blocks: room for a SHA-256 on one line beside them. */
    static final float LABELS = 0.25f;

    static void facts(PdfDocumentBuilder doc, List<Fact> facts, Words w) {
        doc.keyValues(facts.stream().map(f -> new KeyValue(f.label(), w.orNotProvided(f.value()))).toList(), LABELS);
    }

    static void paragraphs(PdfDocumentBuilder doc, List<String> paragraphs) {
        for (String p : paragraphs) {
            doc.paragraph(p);
        }
    }

    /** The tier's colour for a tile or callout; the document accent when there is no tier. */
    static Color tierColor(String tier) {
        return tier == null ? Palette.ACCENT : Palette.tier(tier);
    }
}
