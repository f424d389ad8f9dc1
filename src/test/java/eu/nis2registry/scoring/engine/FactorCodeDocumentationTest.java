package eu.nis2registry.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Every factor code is in the documented stable list, with its component, and nothing else is. */
class FactorCodeDocumentationTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([A-Z0-9_]+)` \\| ([A-Z]+) \\|", Pattern.MULTILINE);

    @Test
    void documentedCodeListIsExactlyTheFactorCodes() throws IOException {
        String list = WorkedExampleTest.block(WorkedExampleTest.read(), "factor-codes");
        Matcher rows = ROW.matcher(list);
        Map<String, String> documented = new LinkedHashMap<>();
        while (rows.find()) {
            documented.put(rows.group(1), rows.group(2));
        }

        Map<String, String> inCode = Arrays.stream(FactorCode.values()).collect(Collectors.toMap(
                FactorCode::name, code -> code.component().name(), (a, b) -> a, LinkedHashMap::new));
        assertThat(documented).containsExactlyEntriesOf(inCode);
    }
}
