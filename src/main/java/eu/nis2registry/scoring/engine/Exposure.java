package eu.nis2registry.scoring.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Leak exposure of the engaged supplier and its subcontractors.
 *
 * @param buckets                        aggregated observations along the chain
 * @param newestStealerLogOnSupplierHosts newest compromise date of a stealer-log observation on
 *                                        the engaged supplier's hosts (for claimed versus observed)
 */
public record Exposure(List<ExposureBucket> buckets, Optional<LocalDate> newestStealerLogOnSupplierHosts) {

    public Exposure {
        buckets = List.copyOf(Objects.requireNonNull(buckets, "buckets"));
        Objects.requireNonNull(newestStealerLogOnSupplierHosts, "newestStealerLogOnSupplierHosts");
    }

    public static Exposure none() {
        return new Exposure(List.of(), Optional.empty());
    }
}
