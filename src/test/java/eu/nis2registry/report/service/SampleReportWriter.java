package eu.nis2registry.report.service;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the sample reports to target/report-samples for a look with a PDF viewer (no Quarkus needed). */
public final class SampleReportWriter {

    private SampleReportWriter() {
    }

    public static void main(String[] args) throws Exception {
        String language = args.length > 0 ? args[0] : "en";
        Path dir = Path.of("target/report-samples");
        Files.createDirectories(dir);
        var m = StandaloneMessages.of(language);
        Files.write(dir.resolve("audit-" + language + ".pdf"), AuditReportLayout.render(SampleReports.audit(40, language), m).pdf());
        Files.write(dir.resolve("organization-" + language + ".pdf"),
                OrganizationReportLayout.render(SampleReports.organization(120, language), m).pdf());
        Files.write(dir.resolve("exposure-" + language + ".pdf"), ExposureReportLayout.render(SampleReports.exposure(language), m).pdf());
        System.out.println("written to " + dir.toAbsolutePath());
    }
}
