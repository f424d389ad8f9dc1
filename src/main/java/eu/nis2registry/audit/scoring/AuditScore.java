package eu.nis2registry.audit.scoring;

import eu.nis2registry.audit.questionnaire.Claim;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The score of one audit: the weighted share of compliance over the applicable questions answered
 * with a scored value. {@code earnedWeight} and {@code applicableWeight} are the numerator and the
 * denominator, so the score can be explained line by line; {@code scoredAnswers} counts the answers
 * that entered them. {@code claims} are the claims the answers make (see {@link AuditScorer}).
 */
public record AuditScore(
        double earnedWeight,
        double applicableWeight,
        int scoredAnswers,
        List<FailedKnockOut> failedKnockOuts,
        List<NonCompliantItem> nonCompliant,
        Set<Claim> claims) {

    public AuditScore {
        failedKnockOuts = List.copyOf(failedKnockOuts);
        nonCompliant = List.copyOf(nonCompliant);
        claims = Set.copyOf(claims);
    }

    /** 0 to 1; empty when no weighted answer could be scored (an audit of N/A answers only). */
    public OptionalDouble ratio() {
        return applicableWeight > 0 ? OptionalDouble.of(earnedWeight / applicableWeight) : OptionalDouble.empty();
    }

    /** The ratio as a whole percentage, rounded half up. */
    public OptionalInt percent() {
        OptionalDouble ratio = ratio();
        return ratio.isPresent() ? OptionalInt.of((int) Math.round(ratio.getAsDouble() * 100)) : OptionalInt.empty();
    }

    public boolean hasFailedKnockOut() {
        return !failedKnockOuts.isEmpty();
    }

    public boolean claims(Claim claim) {
        return claims.contains(claim);
    }
}
