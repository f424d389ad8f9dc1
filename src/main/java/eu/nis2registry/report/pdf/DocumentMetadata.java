package eu.nis2registry.report.pdf;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What the PDF says about itself (document information and XMP metadata).
 *
 * <p>The creation date is supplied by the caller: the toolkit reads no clock, so the same
 * input always produces the same bytes.
 *
 * @param title        document title, shown by viewers instead of the file name
 * @param author       person or organisation responsible for the content
 * @param subject      one-line description, e.g. "NIS2 supplier audit"
 * @param creator      application that composed the content
 * @param keywords     search keywords
 * @param creationDate when the report content was frozen
 * @param language     BCP 47 language tag of the text, e.g. "en", "nl-BE"
 */
public record DocumentMetadata(
        String title,
        String author,
        String subject,
        String creator,
        List<String> keywords,
        OffsetDateTime creationDate,
        String language) {

    public DocumentMetadata {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title is required");
        }
        Objects.requireNonNull(creationDate, "creationDate");
        author = author == null ? "" : author;
        subject = subject == null ? "" : subject;
        creator = creator == null ? "" : creator;
        keywords = keywords == null ? List.of() : keywords.stream().filter(Objects::nonNull).toList();
        language = language == null || language.isBlank() ? "en" : language;
    }

    public static DocumentMetadata of(String title, OffsetDateTime creationDate) {
        return new DocumentMetadata(title, null, null, null, null, creationDate, null);
    }
}
