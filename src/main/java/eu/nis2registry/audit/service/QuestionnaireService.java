package eu.nis2registry.audit.service;

import eu.nis2registry.audit.QuestionnaireFile;
import eu.nis2registry.audit.questionnaire.ParseResult;
import eu.nis2registry.audit.questionnaire.Questionnaire;
import eu.nis2registry.audit.questionnaire.QuestionnaireParser;
import eu.nis2registry.audit.questionnaire.QuestionnaireRegistry;
import eu.nis2registry.audit.questionnaire.ReloadReport;
import eu.nis2registry.audit.questionnaire.ValidationProblem;
import eu.nis2registry.common.config.RegistryConfig;
import eu.nis2registry.common.crypto.Hashes;
import eu.nis2registry.common.error.ApiException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The questionnaires in use: read from the folder at start-up and on an admin reload, each valid file's bytes
 * kept in the database by SHA-256 so that an audit can always be re-read against exactly what it started with.
 */
@ApplicationScoped
public class QuestionnaireService {

    private static final Logger LOG = Logger.getLogger(QuestionnaireService.class);

    private final QuestionnaireRegistry registry = new QuestionnaireRegistry();
    private final Map<String, Questionnaire> pinned = new ConcurrentHashMap<>();
    private final RegistryConfig config;
    private final Clock clock;

    public QuestionnaireService(RegistryConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    void onStart(@Observes @Priority(10) StartupEvent event) {
        start();
    }

    /**
     * What a start reads: the folder, with each file's definition last stored in the database as what a broken
     * file falls back on. Memory holds nothing yet at a start, and the file may have broken while stopped.
     */
    public ReloadReport start() {
        registry.seed(lastStored());
        return reload();
    }

    /** Per file name, the definition it last gave, as kept in the database. */
    private Map<String, Questionnaire> lastStored() {
        Map<String, Questionnaire> byFile = new HashMap<>();
        // Newest first, and each file name parsed until one parses: every edit ever stored is kept, few are needed.
        List<QuestionnaireFile> stored = QuarkusTransaction.requiringNew().call(() -> QuestionnaireFile
                .<QuestionnaireFile>listAll(Sort.descending("storedAt").and("sha256", Sort.Direction.Descending)));
        for (QuestionnaireFile file : stored) {
            if (!byFile.containsKey(file.fileName)) {
                QuestionnaireParser.parse(file.fileName, file.content.getBytes(StandardCharsets.UTF_8)).questionnaire()
                        .ifPresent(questionnaire -> byFile.put(file.fileName, questionnaire));
            }
        }
        return byFile;
    }

    /** Reads the folder again; a broken file keeps its last good definition in use. */
    public ReloadReport reload() {
        Path folder = config.questionnairesDir();
        ReloadReport report = registry.reload(folder);
        for (ValidationProblem problem : report.problems()) {
            LOG.warnf("Questionnaire problem in %s line %d: %s", problem.file(), problem.line(), problem.reason());
        }
        for (Questionnaire questionnaire : report.active()) {
            keep(folder, questionnaire);
        }
        LOG.infof("Questionnaires loaded from %s: %d in use, %d kept from an earlier load, %d problem(s)",
                folder, report.active().size(), report.retained().size(), report.problems().size());
        return report;
    }

    public List<Questionnaire> newestOfEach() {
        return registry.newestOfEach();
    }

    public Questionnaire newest(String key) {
        return registry.newest(key).orElseThrow(() -> ApiException.notFound("Questionnaire"));
    }

    public Optional<Questionnaire> findNewest(String key) {
        return registry.newest(key);
    }

    public List<ValidationProblem> problems() {
        return registry.lastReport().problems();
    }

    /** The exact definition an audit pinned, parsed from the stored bytes. */
    public Questionnaire pinned(String sha256) {
        return pinned.computeIfAbsent(sha256, sha -> {
            QuestionnaireFile file = QuarkusTransaction.joiningExisting().call(() -> QuestionnaireFile.findById(sha));
            if (file == null) {
                throw new IllegalStateException("questionnaire file " + sha + " is missing from the database");
            }
            ParseResult result = QuestionnaireParser.parse(file.fileName, file.content.getBytes(StandardCharsets.UTF_8));
            return result.questionnaire().orElseThrow(
                    () -> new IllegalStateException("stored questionnaire file " + sha + " no longer parses"));
        });
    }

    /** Stores the file's bytes once; the database row is what audits refer to. */
    private void keep(Path folder, Questionnaire questionnaire) {
        try {
            byte[] bytes = Files.readAllBytes(folder.resolve(questionnaire.fileName()));
            if (!Hashes.sha256Hex(bytes).equals(questionnaire.sha256())) {
                return;
            }
            QuarkusTransaction.requiringNew().run(() -> {
                if (QuestionnaireFile.findById(questionnaire.sha256()) == null) {
                    QuestionnaireFile file = new QuestionnaireFile();
                    file.sha256 = questionnaire.sha256();
                    file.fileName = questionnaire.fileName();
                    file.questionnaireKey = questionnaire.key();
                    file.questionnaireVersion = questionnaire.version();
                    file.content = new String(bytes, StandardCharsets.UTF_8);
                    file.storedAt = clock.instant();
                    file.persist();
                }
            });
            pinned.putIfAbsent(questionnaire.sha256(), questionnaire);
        } catch (IOException | RuntimeException e) {
            // Another instance stored the same file at the same moment, or the file went away: both harmless.
            LOG.debugf("Questionnaire file %s not stored: %s", questionnaire.fileName(), e.getClass().getSimpleName());
        }
    }
}
