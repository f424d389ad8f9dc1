package eu.nis2registry.audit.questionnaire;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads every {@code *.yaml} and {@code *.yml} file directly in a folder (not in sub-folders,
 * hidden files skipped), each on its own: a broken file yields its problems and stops nothing
 * else. Checks that span files (duplicate versions, translations) are the registry's.
 */
public final class QuestionnaireLoader {

    /** The file name used for problems that concern the folder rather than one file. */
    public static final String FOLDER = ".";

    private QuestionnaireLoader() {
    }

    public static LoadResult load(Path folder) {
        if (!Files.isDirectory(folder)) {
            return new LoadResult(List.of(),
                    List.of(new ValidationProblem(FOLDER, 0, "questionnaire folder " + folder + " does not exist")));
        }
        List<Path> paths;
        try (Stream<Path> listing = Files.list(folder)) {
            paths = listing.filter(QuestionnaireLoader::isQuestionnaireFile).sorted().toList();
        } catch (IOException e) {
            return new LoadResult(List.of(),
                    List.of(new ValidationProblem(FOLDER, 0, "cannot list questionnaire folder " + folder + ": " + e)));
        }
        List<ParseResult> results = new ArrayList<>();
        for (Path path : paths) {
            String name = path.getFileName().toString();
            try {
                results.add(QuestionnaireParser.parse(name, Files.readAllBytes(path)));
            } catch (IOException e) {
                results.add(new ParseResult(name, Optional.empty(),
                        List.of(new ValidationProblem(name, 0, "cannot read the file: " + e.getMessage()))));
            }
        }
        return new LoadResult(results, List.of());
    }

    private static boolean isQuestionnaireFile(Path path) {
        String name = path.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (lower.endsWith(".yaml") || lower.endsWith(".yml")) && Files.isRegularFile(path);
    }
}
