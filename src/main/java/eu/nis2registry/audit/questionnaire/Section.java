package eu.nis2registry.audit.questionnaire;

import java.util.List;

/** A titled group of questions; {@code line} is where it starts in its file. */
public record Section(String id, String title, List<Question> questions, int line) {

    public Section {
        questions = List.copyOf(questions);
    }
}
