package eu.nis2registry.audit.questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The answers that passed validation, and a problem for each one that did not. */
public record AnswerCheck(Map<String, AnswerValue> values, List<AnswerProblem> problems) {

    public AnswerCheck {
        values = Map.copyOf(values);
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    public Map<String, List<AnswerProblem>> problemsByQuestion() {
        Map<String, List<AnswerProblem>> byQuestion = new TreeMap<>();
        problems.forEach(p -> byQuestion.computeIfAbsent(p.questionId(), id -> new ArrayList<>()).add(p));
        return byQuestion;
    }
}
