package eu.nis2registry.exposure.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

/** Builds scanners for tests and runs them on strings or bytes. */
final class Scans {

    static final byte[] LOGIN_KEY = "login-key-for-tests-0123456789ab".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PASSWORD_KEY = "password-key-for-tests-987654321".getBytes(StandardCharsets.US_ASCII);
    static final LocalDate IMPORT_DATE = LocalDate.of(2026, 3, 14);
    static final Charset CP1252 = Charset.forName("windows-1252");

    static final long MEDIREG = 1;
    static final long ITSERV = 2;
    static final SupplierDomainIndex SUPPLIERS =
            SupplierDomainIndex.of(Map.of("medireg.example", MEDIREG, "itserv.example", ITSERV));

    private Scans() {
    }

    static LeakScanner.Builder builder(LeakFormat format) {
        return LeakScanner.builder().format(format).defaultKind(LeakKind.COMBOLIST).importDate(IMPORT_DATE)
                .suppliers(SUPPLIERS).keys(LOGIN_KEY, PASSWORD_KEY);
    }

    static LeakScanner scanner(LeakFormat format) {
        return builder(format).build();
    }

    static Recorded run(LeakScanner scanner, byte[] bytes) {
        Recorded r = new Recorded();
        try {
            ScanSummary s = scanner.scan(new ByteArrayInputStream(bytes), r);
            if (s.linesRead() != r.outcomes.size()
                    || s.linesRead() != s.skipped() + s.rejected() + s.unmatched() + s.candidates()) {
                throw new AssertionError("summary does not balance: " + s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return r;
    }

    static Recorded run(LeakScanner scanner, String text) {
        return run(scanner, text.getBytes(StandardCharsets.UTF_8));
    }

    static Recorded ulp(String text) {
        return run(scanner(LeakFormat.ULP), text);
    }

    static Recorded csv(String text) {
        return run(scanner(LeakFormat.CSV), text);
    }

    static Recorded jsonl(String text) {
        return run(scanner(LeakFormat.JSONL), text);
    }

    /** The single candidate of a one-line ULP scan. */
    static ObservationCandidate ulpCandidate(String line) {
        Recorded r = ulp(line);
        Recorded.Outcome o = r.only();
        if (o.kind() != Recorded.Kind.CANDIDATE) {
            throw new AssertionError("expected a candidate, got " + o);
        }
        return o.candidate();
    }
}
