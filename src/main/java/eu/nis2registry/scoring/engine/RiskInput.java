package eu.nis2registry.scoring.engine;

import java.util.Objects;
import java.util.Optional;

/** Everything a score depends on besides the date and the model. */
public record RiskInput(EngagementProfile engagement, Optional<ApprovedAudit> audit, Exposure exposure) {

    public RiskInput {
        Objects.requireNonNull(engagement, "engagement");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(exposure, "exposure");
    }
}
