package eu.nis2registry.report.service;

import eu.nis2registry.common.config.RegistryConfig;
import eu.nis2registry.common.crypto.Hashes;
import eu.nis2registry.common.error.ApiException;
import eu.nis2registry.common.error.ErrorDetail;
import eu.nis2registry.report.Report;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The report folder: each PDF written once as {@code <id>-<sha256>.pdf}, never overwritten, and read back only
 * when its bytes still hash to what the database recorded.
 */
@ApplicationScoped
public class ReportArchive {

    private static final Logger LOG = Logger.getLogger(ReportArchive.class);
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final RegistryConfig config;
    private final TransactionSynchronizationRegistry transactions;

    public ReportArchive(RegistryConfig config, TransactionSynchronizationRegistry transactions) {
        this.config = config;
        this.transactions = transactions;
    }

    public static String fileName(long reportId, String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a lower-case hex SHA-256");
        }
        return reportId + "-" + sha256 + ".pdf";
    }

    /**
     * Writes the PDF inside the current transaction: the file is created new (an existing file is never
     * replaced), forced to disk before the row can commit, and deleted again if the transaction rolls back.
     */
    public String write(long reportId, String sha256, byte[] pdf) {
        String name = fileName(reportId, sha256);
        Path dir = config.reportsDir();
        Path file = dir.resolve(name);
        boolean created = false;
        try {
            Files.createDirectories(dir);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                created = true;
                ByteBuffer buffer = ByteBuffer.wrap(pdf);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
        } catch (IOException e) {
            // a file that was already there is another report's: only a half-written file of ours goes
            if (created) {
                deleteQuietly(file);
            }
            throw new UncheckedIOException("cannot archive report " + reportId, e);
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // the file is already on disk; only a rollback has something to undo
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    deleteQuietly(file);
                }
            }
        });
        return name;
    }

    /**
     * The archived bytes of a report: 410 when the file is gone, 500 when its bytes no longer hash to the
     * recorded SHA-256 (never served: the copy would not be the report that was made).
     */
    public byte[] read(Report report) {
        Path file = config.reportsDir().resolve(report.fileName);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            LOG.errorf("Report %d: archived file %s is missing", report.id, report.fileName);
            throw new ApiException(410, "report_file_missing", "The archived file of report " + report.id
                    + " is missing; restore the report folder from a backup");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read report " + report.id, e);
        }
        if (bytes.length != report.size || !Hashes.sha256Hex(bytes).equals(report.sha256)) {
            LOG.errorf("Report %d: archived file %s no longer matches its recorded SHA-256", report.id, report.fileName);
            throw new ApiException(409, "report_file_altered", "The archived file of report " + report.id
                    + " no longer matches the SHA-256 recorded when it was made, so it is not served; restore the"
                    + " report folder from a backup and tell your security officer");
        }
        return bytes;
    }

    /** Hex SHA-256 of everything the stream holds, reading at most {@code limit} bytes (413 beyond). */
    public static String sha256(InputStream in, long limit) {
        MessageDigest digest = Hashes.sha256();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > limit) {
                    throw new ApiException(413, "payload_too_large", "The request body may be at most "
                            + limit / (1024 * 1024) + " MB");
                }
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request body", e);
        }
        if (total == 0) {
            throw ApiException.invalid(List.of(ErrorDetail.field("body", "send the PDF as the request body")));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.errorf("Report file %s could not be removed after a failed archive: %s", file, e.getClass().getSimpleName());
        }
    }
}
