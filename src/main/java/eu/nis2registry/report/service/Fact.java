package eu.nis2registry.report.service;

/** A labelled fact of a report; a null value is printed as "not provided" in the report's language. */
public record Fact(String label, String value) {
}
