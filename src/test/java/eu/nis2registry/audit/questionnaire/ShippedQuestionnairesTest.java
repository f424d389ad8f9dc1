package eu.nis2registry.audit.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import eu.nis2registry.inventory.Access;
import eu.nis2registry.inventory.Criticality;
import eu.nis2registry.inventory.DataCategory;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The content in the top-level questionnaires/ folder, as the service will load it. */
class ShippedQuestionnairesTest {

    private static final Path FOLDER = Path.of("questionnaires");
    private static final EngagementProfile PATIENT_DATA =
            EngagementProfile.of(Access.USER, Criticality.HIGH, DataCategory.HEALTH, DataCategory.PERSONAL);
    private static final EngagementProfile NO_SENSITIVE_ACCESS =
            EngagementProfile.of(Access.NONE, Criticality.LOW, DataCategory.FINANCIAL);

    private static QuestionnaireRegistry registry;
    private static ReloadReport report;

    @BeforeAll
    static void load() {
        registry = new QuestionnaireRegistry();
        report = registry.reload(FOLDER);
    }

    @Test
    void everyShippedFileValidates() {
        assertThat(report.problems()).isEmpty();
        assertThat(report.active()).extracting(Questionnaire::key)
                .containsExactlyInAnyOrder("nis2-supplier-security", "post-leak", "post-leak-nl", "post-leak-fr");
    }

    @Test
    void nis2QuestionnaireHasAboutFortyQuestionsOverElevenSections() {
        Questionnaire nis2 = registry.newest("nis2-supplier-security").orElseThrow();
        assertThat(nis2.language()).isEqualTo(Language.EN);
        assertThat(nis2.sections()).hasSize(11);
        assertThat(nis2.questionCount()).isBetween(36, 46);
        assertThat(nis2.sections()).allSatisfy(s -> assertThat(s.questions()).isNotEmpty());
    }

    @Test
    void everyQuestionCitesAtLeastOneReference() {
        for (Questionnaire q : registry.all()) {
            assertThat(q.questions()).as(q.key()).allSatisfy(question -> assertThat(question.references()).isNotEmpty());
        }
    }

    @Test
    void nis2QuestionnaireCitesTheThreeFrameworks() {
        Set<String> prefixes = registry.newest("nis2-supplier-security").orElseThrow().questions().stream()
                .flatMap(q -> q.references().stream())
                .map(r -> r.startsWith("NIS2") ? "NIS2" : r.startsWith("IR 2024/2690") ? "IR" : r.startsWith("CyFun") ? "CyFun" : r)
                .collect(Collectors.toSet());
        assertThat(prefixes).containsExactlyInAnyOrder("NIS2", "IR", "CyFun");
    }

    /**
     * The shipped files cite only the points listed under "References" in QUESTIONNAIRES.md (and
     * their enclosing points). Citing another point means checking it against the official text
     * first, then adding it here.
     */
    @Test
    void shippedReferencesStayWithinTheCheckedReferenceFacts() {
        Pattern checked = Pattern.compile(String.join("|",
                "NIS2 Art\\. 20",
                "NIS2 Art\\. 21\\(2\\)(\\([a-j]\\))?",
                "NIS2 Art\\. 21\\(3\\)",
                "NIS2 Art\\. 23\\(4\\)",
                "IR 2024/2690 (4\\.2|5\\.1|5\\.1\\.2|5\\.1\\.4\\([a-h]\\)|5\\.1\\.[5-7]|5\\.2|6\\.6|6\\.9|6\\.10"
                        + "|11\\.3|11\\.4|11\\.6\\.2\\(c\\)|11\\.7)",
                "CyFun 2025 GV\\.SC-(0[1-9]|10)",
                "CyFun 2023 ID\\.SC-[1-5]",
                "CyFun 2023 ID\\.SC-3\\.3"));
        List<String> unchecked = registry.all().stream().flatMap(q -> q.questions().stream())
                .flatMap(q -> q.references().stream()).distinct()
                .filter(r -> !checked.matcher(r).matches()).toList();

        assertThat(unchecked).isEmpty();
    }

    @Test
    void everyKnockOutOfTheSpecificationIsPresentAndCountsForPatientData() {
        Questionnaire nis2 = registry.newest("nis2-supplier-security").orElseThrow();
        List<String> knockOutsForPatientData = nis2.questions().stream()
                .filter(q -> q.knockOutActiveFor(PATIENT_DATA)).map(Question::id).toList();
        assertThat(knockOutsForPatientData).containsExactlyInAnyOrder(
                "iam-mfa-staff", "iam-named-accounts", "priv-no-daily-admin-rights", "endpoint-edr",
                "endpoint-session-revocation", "dev-supported-components", "bc-immutable-backups",
                "inc-notification-clause", "contract-verification");
    }

    @Test
    void knockOutsDoNotCountForASupplierWithoutPatientDataOrPrivilegedAccess() {
        Questionnaire nis2 = registry.newest("nis2-supplier-security").orElseThrow();
        assertThat(nis2.questions()).noneMatch(q -> q.knockOutActiveFor(NO_SENSITIVE_ACCESS));
    }

    @Test
    void technicianKnockOutsAlsoCountForPrivilegedAccessWithoutPatientData() {
        Questionnaire nis2 = registry.newest("nis2-supplier-security").orElseThrow();
        EngagementProfile privileged = EngagementProfile.of(Access.PRIVILEGED, Criticality.HIGH);
        assertThat(nis2.questions().stream().filter(q -> q.knockOutActiveFor(privileged)).map(Question::id))
                .contains("iam-mfa-staff", "priv-no-daily-admin-rights", "endpoint-edr", "iam-named-accounts")
                .doesNotContain("bc-immutable-backups");
    }

    @Test
    void mfaEverywhereIsMarkedAsTheMfaClaim() {
        Questionnaire nis2 = registry.newest("nis2-supplier-security").orElseThrow();
        assertThat(nis2.questionsWithClaim(Claim.MFA_ENFORCED)).extracting(Question::id)
                .containsExactlyInAnyOrder("iam-mfa-staff", "iam-mfa-users");
        assertThat(registry.newest("post-leak").orElseThrow().questionsWithClaim(Claim.MFA_ENFORCED))
                .extracting(Question::id).containsExactly("leak-mfa");
    }

    @Test
    void privilegedRemoteAccessQuestionIsOnlyAskedOfPrivilegedSuppliers() {
        Question remote = registry.newest("nis2-supplier-security").orElseThrow().question("priv-remote-access").orElseThrow();
        assertThat(remote.appliesTo(PATIENT_DATA)).isFalse();
        assertThat(remote.appliesTo(EngagementProfile.of(Access.PRIVILEGED, Criticality.LOW))).isTrue();
    }

    @Test
    void postLeakQuestionnaireHasAboutTenQuestions() {
        Questionnaire postLeak = registry.newest("post-leak").orElseThrow();
        assertThat(postLeak.questionCount()).isBetween(8, 12);
        assertThat(postLeak.questions()).extracting(Question::id).contains("leak-passwords-reset",
                "leak-sessions-revoked", "leak-infected-machines", "leak-csirt-notified",
                "leak-organisations-informed", "leak-backups-restore-tested", "leak-intrusion-scan");
    }

    @Test
    void dutchAndFrenchEditionsHaveTheSameQuestionIdsAsTheEnglishOne() {
        Questionnaire en = registry.newest("post-leak").orElseThrow();
        for (String key : List.of("post-leak-nl", "post-leak-fr")) {
            Questionnaire edition = registry.newest(key).orElseThrow();
            assertThat(edition.translationOf()).isEqualTo("post-leak");
            assertThat(edition.familyKey()).isEqualTo("post-leak");
            assertThat(edition.version()).isEqualTo(en.version());
            assertThat(edition.questions()).extracting(Question::id)
                    .containsExactlyElementsOf(en.questions().stream().map(Question::id).toList());
            assertThat(edition.questions()).extracting(Question::text)
                    .doesNotContainAnyElementsOf(en.questions().stream().map(Question::text).toList());
        }
        assertThat(registry.newest("post-leak-nl").orElseThrow().language().code()).isEqualTo("nl");
        assertThat(registry.newest("post-leak-fr").orElseThrow().language()).isEqualTo(Language.FR);
    }
}
