package eu.nis2registry.audit.rest;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The service with a questionnaire folder of its own that tests may edit (the shipped questionnaires, one with
 * conditions on HEALTH data and PRIVILEGED access, and one broken file), a 4 KiB evidence limit, and first audits
 * due the day before an engagement is registered, so that a new engagement is overdue at once.
 */
public class AuditTestProfile implements QuarkusTestProfile {

    static final long EVIDENCE_LIMIT = 4096;
    static final String BROKEN_FILE = "broken-at-start.yaml";

    /** One folder per JVM: every start under this profile in one test run sees the same files. */
    static Path folder() {
        return Path.of("target", "test-questionnaires-" + ProcessHandle.current().pid()).toAbsolutePath();
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        Path folder = folder();
        try {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder);
                try (Stream<Path> shipped = Files.list(Path.of("questionnaires"))) {
                    for (Path file : shipped.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                        Files.copy(file, folder.resolve(file.getFileName()));
                    }
                }
                Files.writeString(folder.resolve("conditional-test-v1.yaml"), CONDITIONAL, StandardCharsets.UTF_8);
                Files.writeString(folder.resolve(BROKEN_FILE), BROKEN, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("registry.storage.questionnaires-dir", folder.toString(),
                "registry.audits.evidence-max-bytes", Long.toString(EVIDENCE_LIMIT),
                "registry.reassessment.first-audit-within", "P-1D");
    }

    static final String CONDITIONAL = """
            key: conditional-test
            version: 1
            title: Questions that depend on the engagement
            language: en
            sections:
              - id: main
                title: Main
                questions:
                  - id: cond-always
                    text: Is there a security contact?
                    type: YES_NO
                    weight: 1
                    references:
                      - NIS2 Art. 21(2)(a)
                  - id: cond-health
                    text: Is patient data encrypted at rest?
                    type: YES_NO
                    weight: 3
                    appliesWhen:
                      dataCategories: [HEALTH]
                    references:
                      - NIS2 Art. 21(2)(h)
                  - id: cond-privileged
                    text: Are remote sessions recorded?
                    type: YES_NO
                    weight: 2
                    appliesWhen:
                      access: [PRIVILEGED]
                    references:
                      - IR 2024/2690 11.4
            """;

    /** Valid YAML, but the second question repeats the first one's id (line 15). */
    static final String BROKEN = """
            key: broken-at-start
            version: 1
            title: A file with a duplicate question id
            language: en
            sections:
              - id: main
                title: Main
                questions:
                  - id: dup-question
                    text: First
                    type: YES_NO
                    weight: 1
                    references:
                      - NIS2 Art. 21(2)(a)
                  - id: dup-question
                    text: Second
                    type: YES_NO
                    weight: 1
                    references:
                      - NIS2 Art. 21(2)(a)
            """;
}
