package eu.nis2registry.audit.questionnaire;

import java.util.List;
import java.util.Optional;

/** The outcome of reading one file: a questionnaire, or every problem found in it. */
public record ParseResult(String fileName, Optional<Questionnaire> questionnaire, List<ValidationProblem> problems) {

    public ParseResult {
        problems = List.copyOf(problems);
        if (questionnaire.isPresent() == !problems.isEmpty()) {
            throw new IllegalArgumentException("a result has either a questionnaire or problems");
        }
    }

    public boolean isValid() {
        return questionnaire.isPresent();
    }
}
