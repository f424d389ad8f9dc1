package eu.nis2registry.common;

import eu.nis2registry.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static eu.nis2registry.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Questionnaire definitions are files an administrator drops in a folder: each mutation of a valid one is put in a
 * folder of this test's own and loaded with POST /api/questionnaires/reload, which must answer 200 and name the
 * broken file, never 500 and never let it into use. Seeded random mutations may by chance stay valid: those must be
 * either in use or reported, never both, never neither.
 */
@QuarkusTest
@TestProfile(BadQuestionnaireCorpusTest.OwnFolder.class)
class BadQuestionnaireCorpusTest {

    private static final long SEED = 20_260_522L;
    private static final Path FOLDER = Path.of("target/test-questionnaires-corpus");
    private static final Path BASE = Path.of("src/test/resources/questionnaires-good/sample-v1.yaml");
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(java|javax|jakarta|org|com|io|eu)\\.[a-z0-9_]+\\.[\\w.$]*[A-Z]\\w*");

    /** The shipped questionnaires in a folder of this test's own, so that mutated files never touch the real one. */
    public static class OwnFolder implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            prepareFolder();
            return Map.of("registry.storage.questionnaires-dir", FOLDER.toString());
        }
    }

    static synchronized void prepareFolder() {
        try {
            Files.createDirectories(FOLDER);
            try (Stream<Path> old = Files.list(FOLDER)) {
                for (Path file : old.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            try (Stream<Path> shipped = Files.list(Path.of("questionnaires"))) {
                for (Path file : shipped.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                    Files.copy(file, FOLDER.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyBrokenDefinitionIsReportedByFileAndNeverUsed() throws IOException {
        String base = Files.readString(BASE);
        Map<String, byte[]> broken = definitelyBroken(base, new Random(SEED));
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, byte[]> mutation : broken.entrySet()) {
            String key = "fuzz-definite-" + n++;
            JsonPath report = reloadWith(key, rekeyed(mutation.getValue(), key), mutation.getKey(), failures);
            if (report == null) {
                continue;
            }
            if (!report.getList("problems.file", String.class).contains(key + ".yaml")) {
                failures.add(mutation.getKey() + ": no problem reported for " + key + ".yaml: " + report.prettify());
            }
            if (report.getList("active", String.class).stream().anyMatch(a -> a.startsWith(key))) {
                failures.add(mutation.getKey() + ": the broken file is in use");
            }
            if (activeKeys().contains(key)) {
                failures.add(mutation.getKey() + ": GET /api/questionnaires lists the broken questionnaire");
            }
        }
        cleanReload();
        System.out.printf("Questionnaire corpus: %d definitely broken files reported%n", broken.size());
        assertThat(broken).hasSizeGreaterThanOrEqualTo(20);
        assertThat(failures).isEmpty();
    }

    @Test
    void randomMutationsAreEitherInUseOrReportedNeverA500() throws IOException {
        String base = Files.readString(BASE);
        Random random = new Random(SEED + 1);
        List<String> failures = new ArrayList<>();
        int reported = 0;
        int inUse = 0;
        for (int n = 0; n < 30; n++) {
            String key = "fuzz-random-" + n;
            Map.Entry<String, byte[]> mutation = randomMutation(base, random);
            JsonPath report = reloadWith(key, rekeyed(mutation.getValue(), key), mutation.getKey(), failures);
            if (report == null) {
                continue;
            }
            boolean isReported = report.getList("problems.file", String.class).contains(key + ".yaml");
            boolean isActive = activeKeys().contains(key);
            if (isReported == isActive) {
                failures.add(mutation.getKey() + " of " + key + ": reported " + isReported + ", in use " + isActive);
            }
            reported += isReported ? 1 : 0;
            inUse += isActive ? 1 : 0;
        }
        cleanReload();
        System.out.printf("Questionnaire corpus: 30 random mutations, %d reported, %d still valid and in use%n", reported, inUse);
        assertThat(failures).isEmpty();
        assertThat(reported).isPositive();
    }

    private static JsonPath reloadWith(String key, byte[] content, String label, List<String> failures) throws IOException {
        Path file = FOLDER.resolve(key + ".yaml");
        Files.write(file, content);
        try {
            Response answer = given().header("Authorization", "Bearer " + Api.admin()).post("/api/questionnaires/reload");
            String body = answer.asString();
            if (answer.statusCode() != 200) {
                failures.add(label + ": reload answered " + answer.statusCode() + ": " + abbreviate(body));
                return null;
            }
            // A class name the file itself holds (a YAML tag) may be quoted back; any other is the code's own.
            String written = new String(content, StandardCharsets.UTF_8);
            boolean internals = body.contains("Exception") || CLASS_NAME.matcher(body).results()
                    .anyMatch(m -> !written.contains(m.group()));
            if (internals) {
                failures.add(label + ": the report shows internals: " + abbreviate(body));
            }
            JsonPath report = answer.jsonPath();
            for (Map<String, Object> problem : report.<Map<String, Object>>getList("problems")) {
                if (problem.get("reason") == null || problem.get("reason").toString().isBlank()) {
                    failures.add(label + ": a problem without a reason: " + problem);
                }
            }
            as(Api.admin()).get("/api/questionnaires/problems").then().statusCode(200);
            return report;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static List<String> activeKeys() {
        return as(Api.admin()).get("/api/questionnaires").then().statusCode(200).extract().jsonPath().getList("key", String.class);
    }

    /** The folder as it was, read again, so that nothing of the corpus stays in use. */
    private static void cleanReload() {
        as(Api.admin()).post("/api/questionnaires/reload").then().statusCode(200);
        assertThat(activeKeys()).noneMatch(k -> k.startsWith("fuzz-"));
    }

    private static byte[] rekeyed(byte[] content, String key) {
        String text = new String(content, StandardCharsets.ISO_8859_1);
        return text.replaceAll("(?m)^key: sample$", "key: " + key).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Mutations no parser may accept, each aimed at one rule of QUESTIONNAIRES.md or of YAML itself. */
    private static Map<String, byte[]> definitelyBroken(String base, Random random) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("empty file", "");
        texts.put("a tab for indentation", base.replace("\n        text: Is MFA", "\n\ttext: Is MFA"));
        texts.put("unknown question type", base.replace("type: YES_NO", "type: MAYBE_SO"));
        texts.put("duplicate question id", base.replace("id: remote", "id: mfa"));
        texts.put("no title", base.replace("title: Sample questionnaire\n", ""));
        texts.put("negative weight", base.replace("weight: 3", "weight: -3"));
        texts.put("version zero", base.replace("version: 1", "version: 0"));
        texts.put("version not a number", base.replace("version: 1", "version: one"));
        texts.put("alias bomb", base + "bomb: &a [x, x, x, x, x, x, x, x, x, x]\n" + aliasBomb());
        texts.put("nested 10000 deep", base + "deep: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
        texts.put("a second document", base + "---\nkey: second\nversion: 1\n");
        texts.put("a Java type tag", base.replace("description: Every question type, knock-out form and condition, for the tests.",
                "description: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1:1/\"]]]]"));
        texts.put("larger than 1 MB", base + "# " + "x".repeat(1_100_000) + "\n");
        texts.put("scale minimum above maximum", base.replace("min: 1", "min: 9"));
        texts.put("knock-out on an unknown option", base.replace("answers: NONE", "answers: NOPE"));
        texts.put("unknown top-level field", base.replace("language: en\n", "language: en\ncolour: blue\n"));
        texts.put("unknown language", base.replace("language: en", "language: xx"));
        texts.put("key with spaces", base.replace("key: sample", "key: Fuzz Key!"));
        texts.put("condition on an unknown data category", base.replace("appliesWhen: {access: [PRIVILEGED]}",
                "appliesWhen: {dataCategories: [TELEPATHY]}"));
        texts.put("NUL in a text", base.replace("Is MFA enforced everywhere?", "Is MFA\u0000 enforced?"));
        texts.put("sections not a list", base.substring(0, base.indexOf("sections:")) + "sections: none\n");
        texts.put("cut inside a flow list", base.substring(0, base.indexOf("[NO, PARTIAL]") + 4));
        Map<String, byte[]> files = new LinkedHashMap<>();
        texts.forEach((label, text) -> files.put(label, text.getBytes(StandardCharsets.UTF_8)));
        byte[] noise = new byte[2048];
        random.nextBytes(noise);
        files.put("random bytes", noise);
        byte[] latin1 = base.replace("Sample questionnaire", "Questionnaire échantillon").getBytes(StandardCharsets.ISO_8859_1);
        files.put("not UTF-8", latin1);
        return files;
    }

    private static String aliasBomb() {
        StringBuilder out = new StringBuilder();
        String previous = "a";
        for (char c = 'b'; c <= 'j'; c++) {
            out.append(c).append(": &").append(c).append(" [");
            out.append(String.join(", ", java.util.Collections.nCopies(10, "*" + previous)));
            out.append("]\n");
            previous = String.valueOf(c);
        }
        return out.toString();
    }

    private static Map.Entry<String, byte[]> randomMutation(String base, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(base.split("\n", -1)));
        int at = 1 + random.nextInt(lines.size() - 2);
        String junk = ":-[]{}#&*!|>'\"%@`,?";
        return switch (random.nextInt(6)) {
            case 0 -> {
                lines.remove(at);
                yield Map.entry("line " + (at + 1) + " deleted", join(lines));
            }
            case 1 -> {
                lines.add(at, lines.get(at));
                yield Map.entry("line " + (at + 1) + " doubled", join(lines));
            }
            case 2 -> {
                int other = 1 + random.nextInt(lines.size() - 2);
                String kept = lines.get(at);
                lines.set(at, lines.get(other));
                lines.set(other, kept);
                yield Map.entry("lines " + (at + 1) + " and " + (other + 1) + " swapped", join(lines));
            }
            case 3 -> {
                String line = lines.get(at);
                int column = line.isEmpty() ? 0 : random.nextInt(line.length());
                char c = junk.charAt(random.nextInt(junk.length()));
                lines.set(at, line.substring(0, column) + c + line.substring(column));
                yield Map.entry("'" + c + "' put in line " + (at + 1), join(lines));
            }
            case 4 -> {
                byte[] bytes = base.getBytes(StandardCharsets.UTF_8);
                int cut = 1 + random.nextInt(bytes.length - 1);
                yield Map.entry("cut after byte " + cut, Arrays.copyOf(bytes, cut));
            }
            default -> {
                String line = lines.get(at);
                lines.set(at, "  ".repeat(random.nextInt(4)) + line.strip());
                yield Map.entry("line " + (at + 1) + " indented anew", join(lines));
            }
        };
    }

    private static byte[] join(List<String> lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
}
