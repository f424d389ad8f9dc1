package eu.nis2registry.report.service;

import eu.nis2registry.common.crypto.Hashes;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The archive's promises: a file is written once, and only a committed transaction keeps it. */
@QuarkusTest
class ReportArchiveTest {

    private static final Path ARCHIVE = Path.of("target/test-reports");

    @Inject
    ReportArchive archive;

    @Test
    void aCommittedFileStaysAndIsNeverOverwritten() throws Exception {
        long id = 900_000_000L + ThreadLocalRandom.current().nextInt(1_000_000);
        byte[] first = "%PDF-1.7 first".getBytes(StandardCharsets.US_ASCII);
        String sha = Hashes.sha256Hex(first);
        QuarkusTransaction.requiringNew().run(() -> archive.write(id, sha, first));
        Path file = ARCHIVE.resolve(ReportArchive.fileName(id, sha));
        assertThat(file).exists();

        byte[] second = "%PDF-1.7 second".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> archive.write(id, sha, second)))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(first);
    }

    @Test
    void aRolledBackTransactionLeavesNoFile() {
        long id = 910_000_000L + ThreadLocalRandom.current().nextInt(1_000_000);
        byte[] pdf = "%PDF-1.7 rolled back".getBytes(StandardCharsets.US_ASCII);
        String sha = Hashes.sha256Hex(pdf);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            archive.write(id, sha, pdf);
            assertThat(ARCHIVE.resolve(ReportArchive.fileName(id, sha))).exists();
            throw new IllegalStateException("rendering failed after the file was written");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(ARCHIVE.resolve(ReportArchive.fileName(id, sha))).doesNotExist();
    }

    @Test
    void fileNamesAreIdAndLowerCaseHash() {
        String sha = Hashes.sha256Hex("x");
        assertThat(ReportArchive.fileName(7, sha)).isEqualTo("7-" + sha + ".pdf");
        assertThatThrownBy(() -> ReportArchive.fileName(7, "../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }
}
