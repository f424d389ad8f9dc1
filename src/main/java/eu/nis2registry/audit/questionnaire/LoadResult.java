package eu.nis2registry.audit.questionnaire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one pass over the folder found: a result per file, in file-name order, and problems with
 * the folder itself (file "." line 0), such as a folder that cannot be read.
 */
public record LoadResult(List<ParseResult> files, List<ValidationProblem> folderProblems) {

    public LoadResult {
        files = List.copyOf(files);
        folderProblems = List.copyOf(folderProblems);
    }

    public List<Questionnaire> questionnaires() {
        return files.stream().map(ParseResult::questionnaire).flatMap(Optional::stream).toList();
    }

    public List<ValidationProblem> problems() {
        List<ValidationProblem> all = new ArrayList<>(folderProblems);
        files.forEach(f -> all.addAll(f.problems()));
        return all;
    }

    public Map<String, List<ValidationProblem>> problemsByFile() {
        Map<String, List<ValidationProblem>> byFile = new LinkedHashMap<>();
        problems().forEach(p -> byFile.computeIfAbsent(p.file(), f -> new ArrayList<>()).add(p));
        return byFile;
    }
}
