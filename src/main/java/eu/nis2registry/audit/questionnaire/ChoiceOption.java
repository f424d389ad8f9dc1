package eu.nis2registry.audit.questionnaire;

/** One option of a CHOICE question; {@code score} is its compliance, 0 (none) to 1 (full). */
public record ChoiceOption(String value, String label, double score) {
}
