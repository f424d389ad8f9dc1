package eu.nis2registry.audit.scoring;

/** A knock-out question answered with its failing answer, in an engagement where it counts. */
public record FailedKnockOut(String questionId, String text) {
}
