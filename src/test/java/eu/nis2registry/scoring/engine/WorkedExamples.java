package eu.nis2registry.scoring.engine;

import eu.nis2registry.inventory.DataCategory;
import eu.nis2registry.inventory.Access;
import eu.nis2registry.inventory.Criticality;
import eu.nis2registry.inventory.Nis2Category;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The worked examples of src/docs/scoring.md (the news case), and how the document shows them.
 * The document holds the rendering; WorkedExampleTest checks it against the engine.
 */
final class WorkedExamples {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);

    private WorkedExamples() {
    }

    /** A hospital's patient-registration supplier: never audited, 71,000 records for sale, mostly infostealer. */
    static RiskInput hospitalPatientRegistration() {
        EngagementProfile engagement = new EngagementProfile(Set.of(DataCategory.HEALTH, DataCategory.PERSONAL),
                Access.USER, Criticality.CRITICAL, Nis2Category.ESSENTIAL);
        ExposureBucket pressReport = ExposureBucket.aggregate("MediReg", 0, LocalDate.of(2026, 10, 31), false, true,
                71_000, 0.8);
        return new RiskInput(engagement, Optional.empty(), new Exposure(List.of(pressReport), Optional.empty()));
    }

    /** The same hospital's IT supplier: privileged remote access, 1,000 leaked logins, a remote-support subcontractor. */
    static RiskInput hospitalItSupplier() {
        EngagementProfile engagement = new EngagementProfile(
                Set.of(DataCategory.HEALTH, DataCategory.PERSONAL, DataCategory.CREDENTIALS),
                Access.PRIVILEGED, Criticality.HIGH, Nis2Category.ESSENTIAL);
        ApprovedAudit audit = new ApprovedAudit(0.78, List.of(), LocalDate.of(2026, 2, 10), 12, true);
        return new RiskInput(engagement, Optional.of(audit), itSupplierLeak());
    }

    /** A care home using the same IT supplier: a good, recent audit, yet the same leak. */
    static RiskInput careHomeItSupplier() {
        EngagementProfile engagement = new EngagementProfile(Set.of(DataCategory.PERSONAL), Access.PRIVILEGED,
                Criticality.MEDIUM, Nis2Category.IMPORTANT);
        ApprovedAudit audit = new ApprovedAudit(0.92, List.of(), LocalDate.of(2026, 9, 1), 24, true);
        return new RiskInput(engagement, Optional.of(audit), itSupplierLeak());
    }

    /** 1,000 logins of the IT supplier's clients (none of them this organisation's), and its subcontractor's. */
    private static Exposure itSupplierLeak() {
        return new Exposure(List.of(
                ExposureBucket.observations("ITServ", 0, ObservationKind.STEALER_LOG_WITH_COOKIES,
                        LocalDate.of(2026, 11, 15), true, false, 3),
                ExposureBucket.observations("ITServ", 0, ObservationKind.STEALER_LOG,
                        LocalDate.of(2026, 11, 9), true, false, 9),
                ExposureBucket.observations("ITServ", 0, ObservationKind.STEALER_LOG,
                        LocalDate.of(2026, 10, 20), false, false, 188),
                ExposureBucket.observations("ITServ", 0, ObservationKind.COMBOLIST,
                        LocalDate.of(2026, 9, 30), false, false, 800),
                ExposureBucket.observations("RemoteDesk", 1, ObservationKind.STEALER_LOG,
                        LocalDate.of(2026, 11, 5), true, false, 40)),
                Optional.of(LocalDate.of(2026, 11, 15)));
    }

    static RiskInput byName(String name) {
        return switch (name) {
            case "hospital-patient-registration" -> hospitalPatientRegistration();
            case "hospital-it-supplier" -> hospitalItSupplier();
            case "care-home-it-supplier" -> careHomeItSupplier();
            default -> throw new IllegalArgumentException("no worked example " + name);
        };
    }

    /** The factor table and the exposure layer table, as they stand in the document. */
    static String render(RiskInput input, ScoringModel model) {
        RiskResult result = new RiskEngine(model).score(input, AS_OF);
        StringBuilder out = new StringBuilder();
        out.append("| code | points | label |\n|---|---:|---|\n");
        for (Factor factor : result.factors()) {
            out.append(String.format(Locale.ROOT, "| `%s` | %d | %s |%n", factor.code(), factor.points(), factor.label()));
        }
        Components c = result.components();
        out.append(String.format(Locale.ROOT,
                "| **score** | **%d** | **%s**; components: inherent %.2f + controls %.2f + exposure %.2f = %.2f |%n",
                result.score(), result.tier(), c.inherent(), c.controls(), c.exposure(), c.total()));

        List<ExposureModel.Row> rows = new ExposureModel(model.exposure())
                .compute(input.exposure().buckets(), AS_OF).rows();
        if (!rows.isEmpty()) {
            out.append("\n| factor | records | what | intensity | S before → after | points |\n")
                    .append("|---|---:|---|---:|---|---:|\n");
            for (ExposureModel.Row row : rows) {
                out.append(String.format(Locale.ROOT, "| `%s` | %,.0f | %s | %.4f | %.4f → %.4f | %.2f |%n",
                        row.key().code(), row.records(), describe(row), row.intensity(), row.curveBefore(),
                        row.curveAfter(), row.points()));
            }
        }
        return out.toString().strip();
    }

    private static String describe(ExposureModel.Row row) {
        ExposureBucket b = row.bucket();
        String kind = b.kind() == ObservationKind.AGGREGATE_ONLY
                ? (row.stealerPart() ? "aggregate, infostealer share" : "aggregate, rest")
                : b.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return List.of(
                        b.supplier() + " (depth " + b.depth() + ")",
                        kind,
                        b.privileged() ? "privileged" : "unprivileged",
                        b.attributed() ? "attributed" : "unattributed",
                        b.compromisedOn() + " (" + ChronoUnit.DAYS.between(b.compromisedOn(), AS_OF) + " days)")
                .stream().collect(Collectors.joining(", "));
    }
}
