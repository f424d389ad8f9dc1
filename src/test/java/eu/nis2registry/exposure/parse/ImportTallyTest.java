package eu.nis2registry.exposure.parse;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ImportTallyTest {

    private static ImportTally scan(String text, DedupeStore store, int batchSize) throws Exception {
        ImportTally tally = new ImportTally(store, batchSize, 2, null);
        Scans.scanner(LeakFormat.ULP).scan(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), tally);
        tally.finish();
        return tally;
    }

    @Test
    void countsDuplicatesWithinABatchAndAcrossBatches() throws Exception {
        String text = "medireg.example:a:1\nmedireg.example:A:1\nmedireg.example:b:1\nmedireg.example:a:1\n"
                + "itserv.example:a:1\n";
        for (int batch : new int[] {1, 2, 3, 1000}) {
            InMemoryDedupeStore store = new InMemoryDedupeStore();
            ImportTally t = scan(text, store, batch);
            assertThat(t.counts()).as("batch " + batch).isEqualTo(new ImportCounts(5, 3, 2, 0, 0, 0));
            assertThat(store.size()).isEqualTo(3);
        }
    }

    @Test
    void countsObservationsOfAnEarlierImportAsDuplicates() throws Exception {
        InMemoryDedupeStore store = new InMemoryDedupeStore();
        scan("medireg.example:a:1\n", store, 10);
        ImportTally second = scan("https://medireg.example/x:a:1\nmedireg.example:a:2\n", store, 10);
        assertThat(second.counts()).isEqualTo(new ImportCounts(2, 1, 1, 0, 0, 0));
    }

    @Test
    void givesTheSameCountsWhenTheSameFileRunsAgainOnAnEmptyStore() throws Exception {
        String text = "medireg.example:a:1\nx\n\nother.example:a:1\nmedireg.example:a:1\n";
        assertThat(scan(text, new InMemoryDedupeStore(), 2).counts())
                .isEqualTo(scan(text, new InMemoryDedupeStore(), 2).counts())
                .isEqualTo(new ImportCounts(5, 1, 1, 1, 1, 1));
    }

    @Test
    void keepsOnlyTheFirstRejectsButCountsAll() throws Exception {
        ImportTally t = scan("a\nb\nc\nd\n", new InMemoryDedupeStore(), 10);
        assertThat(t.counts().rejected()).isEqualTo(4);
        assertThat(t.rejects()).extracting(RejectedLine::line).containsExactly(1L, 2L);
    }

    @Test
    void talliesAcceptedAndPrivilegedPerSupplier() throws Exception {
        ImportTally t = scan("vpn.itserv.example:a:1\nitserv.example:b:1\nmedireg.example:c:1\nitserv.example:b:1\n",
                new InMemoryDedupeStore(), 10);
        assertThat(t.bySupplier()).containsExactly(new SupplierTally(Scans.MEDIREG, 1, 0),
                new SupplierTally(Scans.ITSERV, 2, 1));
    }

    @Test
    void asksTheStoreOncePerBatch() throws Exception {
        List<Integer> lookups = new ArrayList<>();
        InMemoryDedupeStore memory = new InMemoryDedupeStore();
        DedupeStore counting = new DedupeStore() {
            @Override
            public Set<String> existingKeys(Collection<String> keys) {
                lookups.add(keys.size());
                return memory.existingKeys(keys);
            }

            @Override
            public void store(List<ObservationCandidate> observations) {
                memory.store(observations);
            }
        };
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            text.append("medireg.example:u").append(i).append(":p\n");
        }
        scan(text.toString(), counting, 10);
        assertThat(lookups).containsExactly(10, 10, 5);
    }

    @Test
    void reportsProgressWithSettledCounts() throws Exception {
        List<ImportCounts> seen = new ArrayList<>();
        List<Long> bytes = new ArrayList<>();
        ImportTally tally = new ImportTally(new InMemoryDedupeStore(), 1000, 10, (b, c) -> {
            bytes.add(b);
            seen.add(c);
        });
        byte[] data = "medireg.example:a:1\n".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
        Scans.scanner(LeakFormat.ULP).scan(new ByteArrayInputStream(data), tally);
        tally.finish();
        assertThat(bytes).isNotEmpty().isSorted();
        assertThat(bytes.get(bytes.size() - 1)).isEqualTo(data.length);
        assertThat(seen).allMatch(ImportCounts::isBalanced);
        assertThat(tally.bytesRead()).isEqualTo(data.length);
        assertThat(tally.counts()).isEqualTo(new ImportCounts(100_000, 1, 99_999, 0, 0, 0));
    }
}
