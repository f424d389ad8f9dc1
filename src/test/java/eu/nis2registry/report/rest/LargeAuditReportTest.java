package eu.nis2registry.report.rest;

import eu.nis2registry.audit.Audit;
import eu.nis2registry.audit.AuditAnswer;
import eu.nis2registry.audit.AuditStatus;
import eu.nis2registry.audit.QuestionnaireFile;
import eu.nis2registry.common.crypto.Hashes;
import eu.nis2registry.inventory.Engagement;
import eu.nis2registry.report.Pdfs;
import eu.nis2registry.report.rest.ReportFixtures.Story;
import eu.nis2registry.support.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An audit of a 500-question questionnaire. Questionnaires come from files, so this one is stored the way the
 * registry stores a loaded file (by SHA-256) and the audit is written straight into the database, submitted.
 */
@QuarkusTest
class LargeAuditReportTest {

    private static final int QUESTIONS = 500;
    private static final String[] VALUES = {"YES", "NO", "PARTIAL", "NOT_APPLICABLE"};

    @Test
    void auditOf500QuestionsShowsEveryQuestionOnCorrectlyNumberedPages() {
        Story story = ReportFixtures.story(Api.unique("AZ Groot"), Api.unique("BigVendor"));
        String key = Api.unique("bulk").toLowerCase(Locale.ROOT);
        String yaml = questionnaire(key, QUESTIONS);
        long audit = QuarkusTransaction.requiringNew().call(() -> submittedAudit(story, key, yaml));

        long started = System.nanoTime();
        JsonPath made = ReportFixtures.create(story.auditor().token(), Map.of("kind", "AUDIT", "auditId", audit));
        long millis = (System.nanoTime() - started) / 1_000_000;
        byte[] pdf = ReportFixtures.pdf(story.auditor().token(), made.getLong("id"));
        List<String> pages = Pdfs.pageTexts(pdf);
        System.out.printf("AUDIT report of %d questions: %d pages, %d bytes, made in %d ms%n", QUESTIONS, pages.size(),
                pdf.length, millis);

        assertThat(made.getInt("pages")).isEqualTo(pages.size()).isGreaterThan(40);
        ReportFixtures.assertPageNumbers(pages, "Page %d of %d");
        String text = String.join(" ", pages);
        for (int i = 1; i <= QUESTIONS; i++) {
            assertThat(text.contains("Control question number " + i + " of the bulk questionnaire"))
                    .as("question %d", i).isTrue();
            assertThat(text.contains("Comment on answer " + i + ".")).as("comment %d", i).isTrue();
        }
        assertThat(text).contains("Section 20: bulk controls", "submitted, awaiting review", "yes", "partly",
                "not applicable");
        assertThat(Pdfs.png(pdf, pages.size() / 2)).isNotEmpty();
    }

    static String questionnaire(String key, int questions) {
        StringBuilder yaml = new StringBuilder("key: " + key + "\nversion: 1\ntitle: Bulk questionnaire\nlanguage: en\n"
                + "sections:\n");
        for (int i = 1; i <= questions; i++) {
            if (i % 25 == 1) {
                int section = i / 25 + 1;
                yaml.append("  - id: s").append(section).append("\n    title: 'Section ").append(section)
                        .append(": bulk controls'\n    questions:\n");
            }
            yaml.append("      - id: q-").append(i).append('\n')
                    .append("        text: Control question number ").append(i).append(" of the bulk questionnaire,"
                            + " on multi-factor authentication for every remote and administrative access path?\n")
                    .append("        type: YES_NO\n        weight: 1\n        references:\n")
                    .append("          - NIS2 Art. 21(2)(j)\n          - IR 2024/2690 11.7\n");
        }
        return yaml.toString();
    }

    static long submittedAudit(Story story, String key, String yaml) {
        Instant now = Instant.now();
        QuestionnaireFile file = new QuestionnaireFile();
        file.sha256 = Hashes.sha256Hex(yaml);
        file.fileName = key + "-v1.yaml";
        file.questionnaireKey = key;
        file.questionnaireVersion = 1;
        file.content = yaml;
        file.storedAt = now;
        file.persist();
        Audit audit = new Audit();
        audit.engagement = Engagement.findById(story.engagement());
        audit.organizationId = story.organization();
        audit.questionnaireKey = key;
        audit.questionnaireVersion = 1;
        audit.questionnaireSha256 = file.sha256;
        audit.status = AuditStatus.SUBMITTED;
        audit.createdBy = story.officer().username();
        audit.createdAt = now;
        audit.submittedBy = story.officer().username();
        audit.submittedAt = now;
        audit.updatedAt = now;
        audit.persist();
        for (int i = 1; i <= QUESTIONS; i++) {
            AuditAnswer answer = new AuditAnswer();
            answer.auditId = audit.id;
            answer.questionId = "q-" + i;
            answer.value = VALUES[i % VALUES.length];
            answer.comment = "Comment on answer " + i + ".";
            answer.answeredBy = story.officer().username();
            answer.answeredAt = now;
            answer.persist();
        }
        return audit.id;
    }
}
