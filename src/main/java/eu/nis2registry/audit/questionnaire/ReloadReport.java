package eu.nis2registry.audit.questionnaire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a reload: every definition now served, the problems found, and which of the
 * served definitions are kept from an earlier reload because their file is now broken.
 */
public record ReloadReport(List<Questionnaire> active, List<Questionnaire> retained, List<ValidationProblem> problems) {

    public static final ReloadReport EMPTY = new ReloadReport(List.of(), List.of(), List.of());

    public ReloadReport {
        active = List.copyOf(active);
        retained = List.copyOf(retained);
        problems = List.copyOf(problems);
    }

    public boolean isClean() {
        return problems.isEmpty();
    }

    public Map<String, List<ValidationProblem>> problemsByFile() {
        Map<String, List<ValidationProblem>> byFile = new LinkedHashMap<>();
        problems.forEach(p -> byFile.computeIfAbsent(p.file(), f -> new ArrayList<>()).add(p));
        return byFile;
    }
}
