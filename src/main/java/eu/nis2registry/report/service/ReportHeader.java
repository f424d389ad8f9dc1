package eu.nis2registry.report.service;

import java.time.Instant;
import java.util.Objects;

/**
 * What every report says about itself: its archive id, when and by whom it was made, and the language of its
 * text. {@code createdAt} is the only time a report reads: the same header and data give the same bytes.
 */
public record ReportHeader(long reportId, Instant createdAt, String createdBy, String language) {

    public ReportHeader {
        Objects.requireNonNull(createdAt, "createdAt");
        createdBy = createdBy == null ? "" : createdBy;
        language = language == null || language.isBlank() ? "en" : language;
    }
}
