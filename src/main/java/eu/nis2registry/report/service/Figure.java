package eu.nis2registry.report.service;

/** A headline number of a report; {@code tier} (LOW..CRITICAL) colours its tile, null for the document accent. */
public record Figure(String label, String value, String tier) {
}
