package eu.nis2registry.exposure.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared sample (copied into the test resources; set -Dleaks.sample.dir to read it from
 * elsewhere, e.g. ../shared/testdata/leaks) gives the counters the spec implies for it.
 */
class SampleFileTest {

    private static JsonNode expected;
    private static ScanSummary summary;
    private static ImportTally tally;
    private static InMemoryDedupeStore store;
    private static Recorded recorded;

    @BeforeAll
    static void scanTheSample() throws IOException {
        expected = new ObjectMapper().readTree(Files.readString(sample("sample.expected.json")));
        store = new InMemoryDedupeStore();
        tally = new ImportTally(store, 7, 100, null);
        recorded = new Recorded();
        LeakScanner scanner = Scans.scanner(LeakFormat.ULP);
        try (InputStream in = Files.newInputStream(sample("sample.ulp.txt"))) {
            summary = scanner.scan(in, new Both(tally, recorded));
        }
        tally.finish();
    }

    private static Path sample(String name) {
        String dir = System.getProperty("leaks.sample.dir");
        if (dir != null) {
            return Path.of(dir, name);
        }
        return Path.of("src/test/resources/leaks", name);
    }

    @Test
    void countsEveryLineExactlyAsExpected() {
        ImportCounts c = tally.counts();
        assertThat(c.linesRead()).isEqualTo(expected.get("linesRead").asLong());
        assertThat(c.accepted()).isEqualTo(expected.get("accepted").asLong());
        assertThat(c.duplicates()).isEqualTo(expected.get("duplicates").asLong());
        assertThat(c.unmatched()).isEqualTo(expected.get("unmatched").asLong());
        assertThat(c.rejected()).isEqualTo(expected.get("rejected").asLong());
        assertThat(c.skipped()).isEqualTo(expected.get("skipped").asLong());
        assertThat(c.isBalanced()).isTrue();
        assertThat(summary.linesRead()).isEqualTo(c.linesRead());
        assertThat(summary.physicalLines()).isEqualTo(c.linesRead());
    }

    @Test
    void acceptsAndFlagsPerSupplierDomainAsExpected() {
        Map<String, Long> accepted = store.stored().stream()
                .collect(Collectors.groupingBy(ObservationCandidate::matchedDomain, Collectors.counting()));
        Map<String, Long> privileged = store.stored().stream().filter(ObservationCandidate::privileged)
                .collect(Collectors.groupingBy(ObservationCandidate::matchedDomain, Collectors.counting()));
        expected.get("bySupplierDomain").fields().forEachRemaining(
                e -> assertThat(accepted.get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue().asLong()));
        expected.get("privilegedByDomain").fields().forEachRemaining(
                e -> assertThat(privileged.getOrDefault(e.getKey(), 0L)).as(e.getKey())
                        .isEqualTo(e.getValue().asLong()));
        assertThat(accepted.keySet()).hasSize(expected.get("bySupplierDomain").size());
        assertThat(tally.bySupplier()).extracting(SupplierTally::accepted)
                .containsExactly(accepted.get("medireg.example"), accepted.get("itserv.example"));
    }

    @Test
    void neverLetsThePlantedSecretsOut() {
        String password = expected.get("plantPassword").asText();
        String login = expected.get("plantLogin").asText();
        StringBuilder everything = new StringBuilder();
        for (Recorded.Outcome o : recorded.outcomes) {
            everything.append(o).append('\n');
        }
        for (ObservationCandidate c : store.stored()) {
            everything.append(c).append('\n');
        }
        for (RejectedLine r : tally.rejects()) {
            everything.append(r).append(r.message()).append('\n');
        }
        everything.append(summary).append(tally.counts()).append(tally.bySupplier());
        String all = everything.toString().toLowerCase();
        assertThat(all).isNotEmpty()
                .doesNotContain(password.toLowerCase())
                .doesNotContain(login.toLowerCase())
                .doesNotContain("pl@nted")
                .doesNotContain("planted.person")
                .doesNotContain("secretquery123");
    }

    @Test
    void rejectsTheBrokenLinesWithTheirNumbers() {
        assertThat(tally.rejects()).extracting(RejectedLine::line, RejectedLine::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(23L, RejectReason.TOO_FEW_FIELDS),
                org.assertj.core.groups.Tuple.tuple(24L, RejectReason.TOO_FEW_FIELDS),
                org.assertj.core.groups.Tuple.tuple(25L, RejectReason.EMPTY_HOST),
                org.assertj.core.groups.Tuple.tuple(26L, RejectReason.EMPTY_LOGIN),
                org.assertj.core.groups.Tuple.tuple(27L, RejectReason.HOST_INVALID_CHARACTER),
                org.assertj.core.groups.Tuple.tuple(28L, RejectReason.LINE_TOO_LONG));
    }

    /** Passes every outcome to two handlers. */
    private record Both(LeakScanHandler a, LeakScanHandler b) implements LeakScanHandler {
        @Override
        public void skipped(long n) {
            a.skipped(n);
            b.skipped(n);
        }

        @Override
        public void rejected(long n, RejectReason reason) {
            a.rejected(n, reason);
            b.rejected(n, reason);
        }

        @Override
        public void unmatched(long n) {
            a.unmatched(n);
            b.unmatched(n);
        }

        @Override
        public void candidate(long n, ObservationCandidate c) {
            a.candidate(n, c);
            b.candidate(n, c);
        }
    }
}
