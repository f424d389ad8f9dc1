package eu.nis2registry.report.service;

import eu.nis2registry.report.ReportMessages;
import io.quarkus.qute.i18n.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ReportMessagesTest {

    private static final Set<String> KEYS = Arrays.stream(ReportMessages.class.getDeclaredMethods())
            .filter(m -> m.isAnnotationPresent(Message.class)).map(Method::getName)
            .collect(Collectors.toCollection(TreeSet::new));

    @ParameterizedTest
    @ValueSource(strings = {"nl", "fr"})
    void translationHasExactlyTheEnglishKeys(String language) {
        Properties translated = StandaloneMessages.load("messages/report_" + language + ".properties");
        assertThat(new TreeSet<>(translated.stringPropertyNames())).isEqualTo(KEYS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "nl", "fr"})
    void everyMessageRendersWithoutLeftOverExpressions(String language) throws Exception {
        ReportMessages messages = StandaloneMessages.of(language);
        for (Method method : ReportMessages.class.getDeclaredMethods()) {
            for (long n : new long[] {0, 1, 7}) {
                Object[] args = Arrays.stream(method.getParameterTypes()).map(type -> sample(type, n)).toArray();
                String text = (String) method.invoke(messages, args);
                assertThat(text).as(method.getName()).isNotBlank().doesNotContain("{", "}", "NOT_FOUND");
            }
        }
    }

    @Test
    void pluralsFollowTheCount() {
        ReportMessages en = StandaloneMessages.of("en");
        assertThat(en.auditFindings(0, "0")).isEqualTo("No finding is open.");
        assertThat(en.auditFindings(1, "1")).startsWith("One finding is open;");
        assertThat(en.auditFindings(1200, "1,200")).startsWith("1,200 findings are open;");
        assertThat(StandaloneMessages.of("nl").organizationOverdue(2, "2")).isEqualTo("2 herbeoordelingen zijn achterstallig.");
        assertThat(StandaloneMessages.of("fr").knockOutsTitle(1)).isEqualTo("Une question éliminatoire échouée");
    }

    private static Object sample(Class<?> type, long n) {
        if (type == long.class) {
            return n;
        }
        if (type == int.class) {
            return (int) n;
        }
        return "x" + n;
    }
}
