package eu.nis2registry.scoring.engine;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Leak observations of one supplier in the chain that share kind, flags and (roughly) date.
 *
 * @param supplier      display name of the supplier the observations belong to
 * @param depth         0 for the engaged supplier, 1.. for its subcontractors down the chain
 * @param compromisedOn the NEWEST compromise date among the bucket's observations (for a monthly
 *                      bucket, the newest day seen in that month, so recency is not understated)
 * @param privileged    the observations are of administrative or remote-access accounts
 * @param attributed    the observations are attributed to the organisation of the engagement
 * @param count         number of observations, or the record count of an aggregate
 * @param stealerShare  share of an AGGREGATE_ONLY leak said to come from infostealers; 0 otherwise
 */
public record ExposureBucket(
        String supplier,
        int depth,
        ObservationKind kind,
        LocalDate compromisedOn,
        boolean privileged,
        boolean attributed,
        long count,
        double stealerShare) {

    public ExposureBucket {
        if (supplier == null || supplier.isBlank()) {
            throw new IllegalArgumentException("supplier must not be blank");
        }
        if (depth < 0) {
            throw new IllegalArgumentException("depth must not be negative");
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(compromisedOn, "compromisedOn");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        if (!(stealerShare >= 0 && stealerShare <= 1)) {
            throw new IllegalArgumentException("stealerShare must lie in [0, 1], got " + stealerShare);
        }
        if (kind != ObservationKind.AGGREGATE_ONLY && stealerShare != 0) {
            throw new IllegalArgumentException("only an AGGREGATE_ONLY bucket carries a stealer share");
        }
    }

    /** Individual observations (imported lines), aggregated by the service. */
    public static ExposureBucket observations(String supplier, int depth, ObservationKind kind, LocalDate compromisedOn,
            boolean privileged, boolean attributed, long count) {
        if (kind == ObservationKind.AGGREGATE_ONLY) {
            throw new IllegalArgumentException("use aggregate(...) for a leak known only by its size");
        }
        return new ExposureBucket(supplier, depth, kind, compromisedOn, privileged, attributed, count, 0);
    }

    /** A leak known only by its size, e.g. "71,000 records, 80% infostealer". */
    public static ExposureBucket aggregate(String supplier, int depth, LocalDate compromisedOn,
            boolean privileged, boolean attributed, long records, double stealerShare) {
        return new ExposureBucket(supplier, depth, ObservationKind.AGGREGATE_ONLY, compromisedOn, privileged, attributed,
                records, stealerShare);
    }
}
