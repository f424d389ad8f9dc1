package eu.nis2registry.report.service;


import java.util.List;

/**
 * A supplier's leak exposure as seen from its creator's scope, in display form: counts by month and kind,
 * aggregate leaks, the organisations whose people's credentials appear, masked samples, and the blast radius
 * with what each exposed organisation must do now.
 */
public record ExposureReport(
        ReportHeader header,
        String supplier,
        List<Fact> supplierFacts,
        String scope,
        List<Figure> figures,
        List<String> months,
        List<Long> monthCounts,
        List<KindRow> byKind,
        List<AggregateRow> aggregates,
        List<OrganizationRow> organizations,
        List<SampleRow> samples,
        List<Exposed> blastRadius,
        List<String> overview) {

    public ExposureReport {
        supplierFacts = List.copyOf(supplierFacts);
        figures = List.copyOf(figures);
        months = List.copyOf(months);
        monthCounts = List.copyOf(monthCounts);
        byKind = List.copyOf(byKind);
        aggregates = List.copyOf(aggregates);
        organizations = List.copyOf(organizations);
        samples = List.copyOf(samples);
        blastRadius = List.copyOf(blastRadius);
        overview = List.copyOf(overview);
    }

    public record KindRow(String kind, String observations, String privileged) {
    }

    public record AggregateRow(String source, String kind, String records, String stealerShare, String privileged,
            String period) {
    }

    public record OrganizationRow(String organization, String observations) {
    }

    /** A masked login only: the registry never holds a password, a full login or a query string. */
    public record SampleRow(String maskedLogin, String host, String kind, String compromisedOn) {
    }

    /** One exposed organisation of the blast radius; {@code tier} is LOW..CRITICAL or null when not scored. */
    public record Exposed(String organization, String via, String dataCategories, String access,
            String exposedCredentials, String tier, List<String> actions) {

        public Exposed {
            actions = List.copyOf(actions);
        }
    }
}
