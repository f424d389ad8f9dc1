package eu.nis2registry.audit.questionnaire;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of one questionnaire, as read from one file. {@code description} and
 * {@code translationOf} may be null. {@code sha256} is the hex SHA-256 of the file bytes, which an
 * audit records to pin the exact definition it was started with.
 *
 * <p>Each language edition has its own {@code key}; an edition other than the original names the
 * original in {@code translationOf} and has the same question ids, types, weights, knock-outs and
 * references, so answers are comparable across editions.
 */
public record Questionnaire(
        String key,
        int version,
        String title,
        Language language,
        String description,
        String translationOf,
        List<Section> sections,
        String fileName,
        String sha256) {

    public Questionnaire {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(language, "language");
        sections = List.copyOf(sections);
    }

    public List<Question> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    public int questionCount() {
        return sections.stream().mapToInt(s -> s.questions().size()).sum();
    }

    public Optional<Question> question(String id) {
        return questions().stream().filter(q -> q.id().equals(id)).findFirst();
    }

    public Optional<Section> sectionOf(String questionId) {
        return sections.stream()
                .filter(s -> s.questions().stream().anyMatch(q -> q.id().equals(questionId)))
                .findFirst();
    }

    public List<Question> questionsWithClaim(Claim claim) {
        return questions().stream().filter(q -> q.claim() == claim).toList();
    }

    /** The key that groups all language editions of this questionnaire. */
    public String familyKey() {
        return translationOf == null ? key : translationOf;
    }
}
