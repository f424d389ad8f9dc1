package eu.nis2registry.audit.questionnaire;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The questionnaire definitions in use. {@link #reload(Path)} reads the folder again; a file that
 * is now broken keeps serving the definition it last gave successfully, so an admin's typing error
 * never takes a questionnaire away. A file that is deleted takes its definition away.
 *
 * <p>Beyond each file on its own, a reload checks what spans files: one definition per key and
 * version, translations that match their original question for question, and question ids that
 * keep their type from one version of a key to the next.
 *
 * <p>Safe for concurrent readers: a reload builds a new snapshot and swaps it in whole.
 */
public final class QuestionnaireRegistry {

    private volatile Snapshot snapshot = new Snapshot(Map.of(), ReloadReport.EMPTY);

    /**
     * Definitions a broken file falls back on at the first reload: after a restart, the last good ones were
     * kept elsewhere (the database), not in this registry's memory.
     */
    public synchronized void seed(Map<String, Questionnaire> lastGoodByFile) {
        snapshot = new Snapshot(new TreeMap<>(lastGoodByFile), ReloadReport.EMPTY);
    }

    public synchronized ReloadReport reload(Path folder) {
        LoadResult load = QuestionnaireLoader.load(folder);
        if (!load.folderProblems().isEmpty()) {
            // An unreadable folder says nothing about the files in it: keep everything.
            Snapshot current = snapshot;
            ReloadReport report = new ReloadReport(current.all(), current.all(), load.folderProblems());
            snapshot = new Snapshot(current.byFile(), report);
            return report;
        }
        Map<String, Questionnaire> previous = snapshot.byFile();
        Map<String, Set<ValidationProblem>> problems = new TreeMap<>();
        Map<String, Candidate> candidates = new TreeMap<>();
        for (ParseResult file : load.files()) {
            if (file.isValid()) {
                candidates.put(file.fileName(), new Candidate(file.questionnaire().orElseThrow(), true));
            } else {
                problems.computeIfAbsent(file.fileName(), f -> new LinkedHashSet<>()).addAll(file.problems());
                Questionnaire lastGood = previous.get(file.fileName());
                if (lastGood != null) {
                    candidates.put(file.fileName(), new Candidate(lastGood, false));
                }
            }
        }
        resolveAcrossFiles(candidates, previous, problems);

        Map<String, Questionnaire> byFile = new TreeMap<>();
        candidates.forEach((file, candidate) -> byFile.put(file, candidate.questionnaire()));
        List<Questionnaire> retained = candidates.values().stream()
                .filter(c -> !c.fresh()).map(Candidate::questionnaire).sorted(ORDER).toList();
        List<ValidationProblem> allProblems = problems.values().stream().flatMap(Set::stream)
                .sorted(Comparator.comparing(ValidationProblem::file).thenComparingInt(ValidationProblem::line))
                .toList();
        List<Questionnaire> active = byFile.values().stream().sorted(ORDER).toList();
        ReloadReport report = new ReloadReport(active, retained, allProblems);
        snapshot = new Snapshot(byFile, report);
        return report;
    }

    public ReloadReport lastReport() {
        return snapshot.report();
    }

    /** The highest version of a key. */
    public Optional<Questionnaire> newest(String key) {
        NavigableMap<Integer, Questionnaire> versions = snapshot.byKey().get(key);
        return versions == null ? Optional.empty() : Optional.of(versions.lastEntry().getValue());
    }

    public Optional<Questionnaire> find(String key, int version) {
        NavigableMap<Integer, Questionnaire> versions = snapshot.byKey().get(key);
        return versions == null ? Optional.empty() : Optional.ofNullable(versions.get(version));
    }

    /** Every version of a key, lowest first. */
    public List<Questionnaire> versions(String key) {
        NavigableMap<Integer, Questionnaire> versions = snapshot.byKey().get(key);
        return versions == null ? List.of() : List.copyOf(versions.values());
    }

    /** The newest version of every key, by key: what {@code GET /api/questionnaires} lists. */
    public List<Questionnaire> newestOfEach() {
        return snapshot.byKey().values().stream().map(v -> v.lastEntry().getValue()).toList();
    }

    /** Every definition served, by key then version. */
    public List<Questionnaire> all() {
        return snapshot.all();
    }

    private static final Comparator<Questionnaire> ORDER =
            Comparator.comparing(Questionnaire::key).thenComparingInt(Questionnaire::version);

    /**
     * Rejects candidates that conflict with others. A rejected fresh definition falls back to the
     * file's last good one, which is checked again; a rejected last good one is dropped. Each
     * round downgrades or drops at least one file, so this ends.
     */
    private static void resolveAcrossFiles(Map<String, Candidate> candidates, Map<String, Questionnaire> previous,
            Map<String, Set<ValidationProblem>> problems) {
        while (true) {
            Map<String, List<ValidationProblem>> rejected = crossFileProblems(candidates, previous);
            if (rejected.isEmpty()) {
                return;
            }
            rejected.forEach((file, found) -> {
                problems.computeIfAbsent(file, f -> new LinkedHashSet<>()).addAll(found);
                Candidate candidate = candidates.get(file);
                Questionnaire lastGood = previous.get(file);
                if (candidate.fresh() && lastGood != null && !lastGood.sha256().equals(candidate.questionnaire().sha256())) {
                    candidates.put(file, new Candidate(lastGood, false));
                } else {
                    candidates.remove(file);
                }
            });
        }
    }

    private static Map<String, List<ValidationProblem>> crossFileProblems(Map<String, Candidate> candidates,
            Map<String, Questionnaire> previous) {
        Map<String, List<ValidationProblem>> found = new TreeMap<>();
        Map<String, List<Questionnaire>> byKeyVersion = new LinkedHashMap<>();
        candidates.values().forEach(c -> byKeyVersion
                .computeIfAbsent(c.questionnaire().key() + "@" + c.questionnaire().version(), k -> new ArrayList<>())
                .add(c.questionnaire()));
        for (List<Questionnaire> same : byKeyVersion.values()) {
            if (same.size() > 1) {
                // The file that served this version before keeps serving it; otherwise the first by name.
                Questionnaire keeper = same.stream().filter(q -> servedBefore(q, previous)).findFirst().orElse(same.get(0));
                same.stream().filter(q -> q != keeper).forEach(q -> add(found, q, 0, "key '" + q.key() + "' version "
                        + q.version() + " is already defined in " + keeper.fileName() + "; this file is not used"));
            }
        }
        for (Candidate candidate : candidates.values()) {
            Questionnaire q = candidate.questionnaire();
            if (q.translationOf() != null) {
                Optional<Questionnaire> original = candidates.values().stream().map(Candidate::questionnaire)
                        .filter(o -> o.key().equals(q.translationOf()) && o.version() == q.version())
                        .findFirst();
                if (original.isEmpty()) {
                    add(found, q, 0, "translation of '" + q.translationOf() + "' version " + q.version()
                            + ", which is not loaded");
                } else if (original.get().translationOf() != null) {
                    add(found, q, 0, "'" + q.translationOf() + "' is itself a translation; name the original");
                } else {
                    compareWithOriginal(q, original.get(), found);
                }
            }
        }
        Map<String, List<Questionnaire>> byKey = new TreeMap<>();
        candidates.values().forEach(c -> byKey.computeIfAbsent(c.questionnaire().key(), k -> new ArrayList<>())
                .add(c.questionnaire()));
        for (List<Questionnaire> versions : byKey.values()) {
            versions.sort(ORDER);
            for (int i = 1; i < versions.size(); i++) {
                compareWithEarlierVersions(versions.get(i), versions.subList(0, i), found);
            }
        }
        return found;
    }

    private static boolean servedBefore(Questionnaire q, Map<String, Questionnaire> previous) {
        Questionnaire before = previous.get(q.fileName());
        return before != null && before.key().equals(q.key()) && before.version() == q.version();
    }

    private static void compareWithOriginal(Questionnaire translation, Questionnaire original,
            Map<String, List<ValidationProblem>> found) {
        String of = "'" + original.key() + "' version " + original.version();
        List<String> sectionIds = translation.sections().stream().map(Section::id).toList();
        List<String> originalSectionIds = original.sections().stream().map(Section::id).toList();
        if (!sectionIds.equals(originalSectionIds)) {
            add(found, translation, 0, "sections " + sectionIds + " differ from those of " + of + ": " + originalSectionIds);
        }
        for (Section section : translation.sections()) {
            for (Question question : section.questions()) {
                Optional<Question> counterpart = original.question(question.id());
                if (counterpart.isEmpty()) {
                    add(found, translation, question.line(), "question '" + question.id() + "' is not in " + of);
                    continue;
                }
                String originalSection = original.sectionOf(question.id()).map(Section::id).orElse("");
                if (!originalSection.equals(section.id())) {
                    add(found, translation, question.line(), "question '" + question.id() + "' is in section '"
                            + section.id() + "' but in '" + originalSection + "' in " + of);
                }
                List<String> differences = Shape.of(question).differences(Shape.of(counterpart.get()));
                if (!differences.isEmpty()) {
                    add(found, translation, question.line(), "question '" + question.id() + "' differs from " + of
                            + " in " + String.join(", ", differences) + "; a translation changes only texts");
                }
            }
        }
        List<String> ids = translation.questions().stream().map(Question::id).toList();
        List<String> originalIds = original.questions().stream().map(Question::id).toList();
        originalIds.stream().filter(id -> !ids.contains(id)).forEach(id ->
                add(found, translation, 0, "question '" + id + "' of " + of + " is missing"));
        if (ids.size() == originalIds.size() && ids.containsAll(originalIds) && !ids.equals(originalIds)) {
            add(found, translation, 0, "questions are in another order than in " + of);
        }
    }

    /** A question id keeps its meaning across versions; a changed type is the visible sign it did not. */
    private static void compareWithEarlierVersions(Questionnaire later, List<Questionnaire> earlier,
            Map<String, List<ValidationProblem>> found) {
        for (Question question : later.questions()) {
            for (Questionnaire before : earlier) {
                before.question(question.id())
                        .filter(old -> old.type() != question.type())
                        .ifPresent(old -> add(found, later, question.line(), "question id '" + question.id()
                                + "' was a " + old.type() + " question in version " + before.version()
                                + "; a question with a new meaning needs a new id"));
            }
        }
    }

    private static void add(Map<String, List<ValidationProblem>> found, Questionnaire q, int line, String reason) {
        found.computeIfAbsent(q.fileName(), f -> new ArrayList<>()).add(new ValidationProblem(q.fileName(), line, reason));
    }

    /** Everything about a question except its wording. */
    private record Shape(QuestionType type, double weight, boolean required, boolean evidenceRequired,
            List<String> references, Condition appliesWhen, KnockOut knockOut, Claim claim, Integer min, Integer max,
            Map<String, Double> optionScores) {

        static Shape of(Question q) {
            Map<String, Double> scores = new LinkedHashMap<>();
            q.options().forEach(o -> scores.put(o.value(), o.score()));
            return new Shape(q.type(), q.weight(), q.required(), q.evidenceRequired(), q.references(),
                    q.appliesWhen(), q.knockOut(), q.claim(), q.scale() == null ? null : q.scale().min(),
                    q.scale() == null ? null : q.scale().max(), scores);
        }

        List<String> differences(Shape other) {
            List<String> names = new ArrayList<>();
            check(names, "type", type, other.type);
            check(names, "weight", weight, other.weight);
            check(names, "required", required, other.required);
            check(names, "evidenceRequired", evidenceRequired, other.evidenceRequired);
            check(names, "references", references, other.references);
            check(names, "appliesWhen", appliesWhen, other.appliesWhen);
            check(names, "knockOut", knockOut, other.knockOut);
            check(names, "claim", claim, other.claim);
            check(names, "min", min, other.min);
            check(names, "max", max, other.max);
            check(names, "options", optionScores, other.optionScores);
            return names;
        }

        private static void check(List<String> names, String name, Object a, Object b) {
            if (!Objects.equals(a, b)) {
                names.add(name);
            }
        }
    }

    private record Candidate(Questionnaire questionnaire, boolean fresh) {
    }

    private record Snapshot(Map<String, Questionnaire> byFile, Map<String, NavigableMap<Integer, Questionnaire>> byKey,
            ReloadReport report) {

        Snapshot(Map<String, Questionnaire> byFile, ReloadReport report) {
            this(Map.copyOf(byFile), index(byFile), report == null ? ReloadReport.EMPTY : report);
        }

        private static Map<String, NavigableMap<Integer, Questionnaire>> index(Map<String, Questionnaire> byFile) {
            Map<String, NavigableMap<Integer, Questionnaire>> byKey = new TreeMap<>();
            byFile.values().forEach(q -> byKey.computeIfAbsent(q.key(), k -> new TreeMap<>()).put(q.version(), q));
            return byKey;
        }

        List<Questionnaire> all() {
            return byKey.values().stream().flatMap(v -> v.values().stream()).toList();
        }
    }
}
