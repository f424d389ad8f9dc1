package eu.nis2registry.audit.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReferencesTest {

    @ParameterizedTest
    @ValueSource(strings = {"NIS2 Art. 20", "NIS2 Art. 21(3)", "NIS2 Art. 21(2)(a)", "NIS2 Art. 21(2)(j)",
            "NIS2 Art. 23(4)", "IR 2024/2690 4.2", "IR 2024/2690 5.1.4(h)", "IR 2024/2690 11.6.2(c)",
            "IR 2024/2690 11.7.1", "CyFun 2025 GV.SC-05", "CyFun GV.SC-05.3", "CyFun 2023 ID.SC-3.3",
            "ISO/IEC 27001:2022 A.5.19", "GDPR Art. 32", "GDPR Art. 33(1)"})
    void acceptsTheDocumentedForms(String reference) {
        assertThat(References.problemWith(reference)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"NIS2 21(2)(j)", "NIS2 Art. 21(2)(k)", "NIS2 Art. 47", "NIS2 art. 21",
            "IR 2024/2690 0.1", "IR 2024/2690 14", "IR 2023/2690 4.2", "CyFun", "CyFun GV.SC", "cyfun GV.SC-05",
            "ISO 27001", "GDPR Art. 100", "https://example.org", " NIS2 Art. 20"})
    void rejectsOtherForms(String reference) {
        assertThat(References.problemWith(reference)).isPresent();
    }
}
