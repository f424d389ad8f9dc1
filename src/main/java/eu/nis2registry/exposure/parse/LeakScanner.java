package eu.nis2registry.exposure.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * Reads a leak file of any size and reports the outcome of every line to a
 * {@link LeakScanHandler}: skipped, rejected (with a fixed reason), unmatched, or a privacy-safe
 * {@link ObservationCandidate}. Works on bytes with one fixed buffer, so memory does not grow
 * with the file; the password and full login of a line never leave the scan.
 *
 * <p>Immutable and thread-safe: every {@link #scan} call has its own buffers and MACs; one scan
 * runs on the calling thread. Interrupting that thread ends the scan with an
 * {@link java.io.InterruptedIOException}.
 */
public final class LeakScanner {

    private static final int MIN_KEY_BYTES = 16;

    private final LeakFormat format;
    private final LeakKind defaultKind;
    private final LocalDate importDate;
    private final SupplierDomainIndex suppliers;
    private final AttributionIndex attribution;
    private final PrivilegedRules privilegedRules;
    private final byte[] loginKey;
    private final byte[] passwordKey;
    private final int bufferSize;
    private final JsonFactory json;

    private LeakScanner(Builder b) {
        this.format = Objects.requireNonNull(b.format, "format");
        this.defaultKind = Objects.requireNonNull(b.defaultKind, "defaultKind");
        this.importDate = Objects.requireNonNull(b.importDate, "importDate");
        this.suppliers = Objects.requireNonNull(b.suppliers, "suppliers");
        this.attribution = b.attribution == null ? AttributionIndex.empty() : b.attribution;
        this.privilegedRules = b.privilegedRules == null ? PrivilegedRules.defaults() : b.privilegedRules;
        this.loginKey = checkKey(b.loginKey, "login key");
        this.passwordKey = checkKey(b.passwordKey, "password key");
        if (Arrays.equals(loginKey, passwordKey)) {
            // One key for both would make loginHash == passwordFingerprint reveal login == password.
            throw new IllegalArgumentException("login key and password key must differ");
        }
        this.bufferSize = b.bufferSize;
        this.json = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Scans the whole stream; the caller closes it. */
    public ScanSummary scan(InputStream in, LeakScanHandler handler) throws IOException {
        return new ScanRun(this, Objects.requireNonNull(handler, "handler")).run(in, false);
    }

    public ScanSummary scan(Path file, LeakScanHandler handler) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return scan(in, handler);
        }
    }

    /**
     * Reads only as far as the CSV header and throws {@link LeakFormatException} when a required
     * column is missing, so the service can refuse a file with 422 before queueing it. Does
     * nothing for the other formats.
     */
    public void checkHeader(InputStream in) throws IOException {
        if (format == LeakFormat.CSV) {
            new ScanRun(this, ScanRun.IGNORE).run(in, true);
        }
    }

    public void checkHeader(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            checkHeader(in);
        }
    }

    public LeakFormat format() {
        return format;
    }

    public LeakKind defaultKind() {
        return defaultKind;
    }

    public LocalDate importDate() {
        return importDate;
    }

    SupplierDomainIndex suppliers() {
        return suppliers;
    }

    AttributionIndex attribution() {
        return attribution;
    }

    PrivilegedRules privilegedRules() {
        return privilegedRules;
    }

    byte[] loginKey() {
        return loginKey;
    }

    byte[] passwordKey() {
        return passwordKey;
    }

    int bufferSize() {
        return bufferSize;
    }

    JsonFactory json() {
        return json;
    }

    @Override
    public String toString() {
        return "LeakScanner[format=" + format + ", defaultKind=" + defaultKind + ", importDate=" + importDate
                + ", suppliers=" + suppliers.size() + " domains]";
    }

    private static byte[] checkKey(byte[] key, String name) {
        if (key == null || key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException(name + " must have at least " + MIN_KEY_BYTES + " bytes");
        }
        return key.clone();
    }

    public static final class Builder {
        private LeakFormat format;
        private LeakKind defaultKind;
        private LocalDate importDate;
        private SupplierDomainIndex suppliers;
        private AttributionIndex attribution;
        private PrivilegedRules privilegedRules;
        private byte[] loginKey;
        private byte[] passwordKey;
        private int bufferSize = LineReader.DEFAULT_BUFFER;

        private Builder() {
        }

        public Builder format(LeakFormat format) {
            this.format = format;
            return this;
        }

        /** The import's kind, used for lines without a kind of their own. */
        public Builder defaultKind(LeakKind kind) {
            this.defaultKind = kind;
            return this;
        }

        /** The compromise date of lines without one of their own. */
        public Builder importDate(LocalDate date) {
            this.importDate = date;
            return this;
        }

        public Builder suppliers(SupplierDomainIndex index) {
            this.suppliers = index;
            return this;
        }

        /** Optional: without it nothing is attributed. */
        public Builder attribution(AttributionIndex index) {
            this.attribution = index;
            return this;
        }

        /** Optional: {@link PrivilegedRules#defaults()} without it. */
        public Builder privilegedRules(PrivilegedRules rules) {
            this.privilegedRules = rules;
            return this;
        }

        /** Key A ({@code registry.leaks.login-key}) and key B ({@code registry.leaks.password-key}); copied. */
        public Builder keys(byte[] loginKey, byte[] passwordKey) {
            this.loginKey = loginKey == null ? null : loginKey.clone();
            this.passwordKey = passwordKey == null ? null : passwordKey.clone();
            return this;
        }

        /** Read buffer size in bytes (default 1 MiB); at least 16 KiB + 4. */
        public Builder bufferSize(int bytes) {
            this.bufferSize = bytes;
            return this;
        }

        public LeakScanner build() {
            return new LeakScanner(this);
        }
    }
}
