package eu.nis2registry.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import eu.nis2registry.backup.db.ValueKind;
import eu.nis2registry.common.crypto.Hashes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a backup folder holds, with the size and SHA-256 of every file in it. A restore reads nothing before
 * the whole folder matches this list: no file missing, changed or added.
 *
 * @param format        the layout of the folder, for a later release to recognise an older backup
 * @param schemaVersion the Flyway version of the database the rows come from
 * @param files         every file of the folder except {@value #FILE} itself
 */
public record BackupManifest(int format, String name, Instant createdAt, String createdBy, String database,
        String schemaVersion, List<TableEntry> tables, List<FileEntry> files) {

    public static final String FILE = "manifest.json";
    public static final int FORMAT = 1;
    /** The only folders a backup may hold files in. */
    public static final List<String> AREAS = List.of("database", "evidence", "reports");

    /**
     * @param file         the JSON lines file of the table: one array of values per row, in the order of columns
     * @param identityNext per identity column, the value it would have generated next
     */
    public record TableEntry(String name, String file, long rows, List<ColumnEntry> columns, Map<String, Long> identityNext) {
    }

    public record ColumnEntry(String name, ValueKind kind) {
    }

    /** @param path relative to the backup folder, with '/' as separator */
    public record FileEntry(String path, long size, String sha256) {
    }

    public long totalBytes() {
        return files.stream().mapToLong(FileEntry::size).sum();
    }

    public long totalRows() {
        return tables.stream().mapToLong(TableEntry::rows).sum();
    }

    public long filesIn(String area) {
        return files.stream().filter(f -> f.path().startsWith(area + "/")).count();
    }

    public static ObjectMapper json() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);
    }

    public static BackupManifest read(Path folder) throws IOException {
        return json().readValue(folder.resolve(FILE).toFile(), BackupManifest.class);
    }

    /** Writes the manifest into the folder and answers its SHA-256. */
    public String write(Path folder) throws IOException {
        byte[] bytes = json().writeValueAsBytes(this);
        Files.write(folder.resolve(FILE), bytes);
        return Hashes.sha256Hex(bytes);
    }

    public static String sha256Of(Path folder) throws IOException {
        return sha256(folder.resolve(FILE));
    }

    /**
     * Everything that does not match: files missing, of another size or hash, not listed, or listed outside the
     * backup's areas (a manifest must not be able to make a restore read or write elsewhere). Empty when intact.
     */
    public List<String> problems(Path folder) throws IOException {
        List<String> problems = new ArrayList<>();
        if (format != FORMAT) {
            problems.add("unknown backup format " + format + " (this release reads format " + FORMAT + ")");
        }
        Set<String> listed = new HashSet<>();
        for (FileEntry entry : files) {
            if (!safe(entry.path())) {
                problems.add(entry.path() + ": not a path inside the backup's areas " + AREAS);
                continue;
            }
            listed.add(entry.path());
            Path file = folder.resolve(entry.path());
            if (!Files.isRegularFile(file)) {
                problems.add(entry.path() + ": missing");
            } else if (Files.size(file) != entry.size()) {
                problems.add(entry.path() + ": " + Files.size(file) + " bytes, the manifest says " + entry.size());
            } else if (!sha256(file).equals(entry.sha256())) {
                problems.add(entry.path() + ": content does not match its SHA-256");
            }
        }
        for (TableEntry table : tables) {
            if (!listed.contains(table.file())) {
                problems.add("table " + table.name() + ": its file " + table.file() + " is not among the files");
            }
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals(FILE) && !listed.contains(p)).sorted()
                    .forEach(p -> problems.add(p + ": not in the manifest"));
        }
        return problems;
    }

    static boolean safe(String path) {
        if (path == null || path.isEmpty() || path.contains("\\") || path.startsWith("/") || path.contains("\0")) {
            return false;
        }
        String[] parts = path.split("/", -1);
        if (parts.length < 2 || !AREAS.contains(parts[0])) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                return false;
            }
        }
        return true;
    }

    public static String sha256(Path file) {
        MessageDigest digest = Hashes.sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
