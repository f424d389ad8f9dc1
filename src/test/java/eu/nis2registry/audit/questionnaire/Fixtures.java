package eu.nis2registry.audit.questionnaire;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Test fixtures under src/test/resources. */
final class Fixtures {

    private Fixtures() {
    }

    static Path folder(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ParseResult parse(String yaml) {
        return QuestionnaireParser.parse("inline.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    /** A valid questionnaire with the given question lines (indented 6 spaces) in one section. */
    static String withQuestions(String questions) {
        return """
                key: inline
                version: 1
                title: Inline
                language: en
                sections:
                  - id: s
                    title: Section
                    questions:
                """ + questions;
    }
}
