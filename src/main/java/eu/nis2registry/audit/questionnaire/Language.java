package eu.nis2registry.audit.questionnaire;

import java.util.Arrays;
import java.util.Optional;

/** Language of a questionnaire edition; written in lower case in the files (ISO 639-1). */
public enum Language {
    EN("en"),
    NL("nl"),
    FR("fr");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Language> fromCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
    }
}
