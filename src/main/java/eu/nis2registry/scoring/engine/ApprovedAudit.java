package eu.nis2registry.scoring.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The newest APPROVED audit of the engagement.
 *
 * @param score                      weighted share of compliant answers, 0..1
 * @param failedKnockOuts            ids (or short labels) of the knock-out questions it failed
 * @param approvedOn                 the day of approval
 * @param reassessmentIntervalMonths how long an audit stays current for this engagement's tier
 * @param mfaEnforcedClaimed         whether the audit states MFA is enforced everywhere
 */
public record ApprovedAudit(
        double score,
        List<String> failedKnockOuts,
        LocalDate approvedOn,
        int reassessmentIntervalMonths,
        boolean mfaEnforcedClaimed) {

    public ApprovedAudit {
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("audit score must lie in [0, 1], got " + score);
        }
        failedKnockOuts = List.copyOf(Objects.requireNonNull(failedKnockOuts, "failedKnockOuts"));
        Objects.requireNonNull(approvedOn, "approvedOn");
        if (reassessmentIntervalMonths < 1) {
            throw new IllegalArgumentException("reassessmentIntervalMonths must be at least 1");
        }
    }
}
