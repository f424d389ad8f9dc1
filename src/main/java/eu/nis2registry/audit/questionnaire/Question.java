package eu.nis2registry.audit.questionnaire;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One question. {@code guidance}, {@code knockOut}, {@code claim} and {@code scale} may be null;
 * {@code scale} is set exactly for SCALE questions and {@code options} is non-empty exactly for
 * CHOICE questions. {@code line} is where the question starts in its file.
 */
public record Question(
        String id,
        String text,
        String guidance,
        QuestionType type,
        double weight,
        boolean required,
        boolean evidenceRequired,
        List<String> references,
        Condition appliesWhen,
        KnockOut knockOut,
        Claim claim,
        ScaleRange scale,
        List<ChoiceOption> options,
        int line) {

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        references = List.copyOf(references);
        options = List.copyOf(options);
        appliesWhen = appliesWhen == null ? Condition.ALWAYS : appliesWhen;
    }

    public boolean appliesTo(EngagementProfile profile) {
        return appliesWhen.matches(profile);
    }

    public boolean isKnockOut() {
        return knockOut != null;
    }

    /** Whether a knock-out answer to this question would fail an audit of this engagement. */
    public boolean knockOutActiveFor(EngagementProfile profile) {
        return knockOut != null && appliesTo(profile) && knockOut.activeFor(profile);
    }

    public Optional<ChoiceOption> option(String value) {
        return options.stream().filter(o -> o.value().equals(value)).findFirst();
    }
}
