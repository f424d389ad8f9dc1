package eu.nis2registry.exposure.parse;

import eu.nis2registry.common.text.Hostnames;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties over generated dirty input (fixed seeds, so a failure can be replayed): every line
 * lands in exactly one counter and nothing throws.
 */
class DirtyInputTest {

    private static final String ALPHABET = "abcXYZ019.-_:/@?#%\"', \t\r\\{}[]éü€\u0000\u00ff";
    private static final String[] PIECES = {"https://", "android://", "medireg.example", "itserv.example", ".", ":",
        "/", "@", "8443", "99999", "?q=1", "\"", ",", "{", "}", "\"url\":", "\"login\":", "\"password\":", "\r", " ",
        "#", "xn--bcher-kva", "café", "\u00ef\u00bb\u00bf", "null", "true", "admin", "vpn."};

    /** A small buffer makes refills and compaction frequent. */
    private static LeakScanner scanner(LeakFormat format) {
        return Scans.builder(format).bufferSize(2 * LineReader.MAX_LINE + 4).build();
    }

    private static byte[] randomBytes(Random rnd) {
        byte[] b = new byte[rnd.nextInt(3000)];
        rnd.nextBytes(b);
        if (rnd.nextBoolean()) {
            for (int i = 0; i < b.length; i++) {
                if (rnd.nextInt(12) == 0) {
                    b[i] = '\n';
                }
            }
        }
        return b;
    }

    private static byte[] randomLines(Random rnd, String header) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header.getBytes(StandardCharsets.UTF_8));
        int lines = rnd.nextInt(60);
        for (int l = 0; l < lines; l++) {
            StringBuilder line = new StringBuilder();
            int parts = rnd.nextInt(14);
            for (int p = 0; p < parts; p++) {
                if (rnd.nextBoolean()) {
                    line.append(PIECES[rnd.nextInt(PIECES.length)]);
                } else {
                    line.append(ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
                }
            }
            if (rnd.nextInt(40) == 0) {
                line.append("z".repeat(8200));
            }
            out.writeBytes(line.toString().getBytes(rnd.nextInt(4) == 0 ? Scans.CP1252 : StandardCharsets.UTF_8));
            out.write(rnd.nextInt(5) == 0 ? '\r' : 'x');
            out.write('\n');
        }
        return out.toByteArray();
    }

    private static long physicalLines(byte[] data) {
        int start = data.length >= 3 && data[0] == (byte) 0xEF && data[1] == (byte) 0xBB && data[2] == (byte) 0xBF
                ? 3 : 0;
        long lf = 0;
        for (int i = start; i < data.length; i++) {
            if (data[i] == '\n') {
                lf++;
            }
        }
        return lf + (data.length > start && data[data.length - 1] != '\n' ? 1 : 0);
    }

    private static void assertBalanced(LeakFormat format, byte[] data) throws Exception {
        ImportTally tally = new ImportTally(new InMemoryDedupeStore(), 3, 5, null);
        ScanSummary s;
        try {
            s = scanner(format).scan(new ByteArrayInputStream(data), tally);
        } catch (LeakFormatException e) {
            assertThat(format).isEqualTo(LeakFormat.CSV);
            return;
        }
        tally.finish();
        ImportCounts c = tally.counts();
        assertThat(c.linesRead()).isEqualTo(s.linesRead());
        assertThat(s.linesRead()).isEqualTo(s.skipped() + s.rejected() + s.unmatched() + s.candidates());
        assertThat(c.accepted() + c.duplicates()).isEqualTo(s.candidates());
        assertThat(s.physicalLines()).isEqualTo(physicalLines(data));
        if (format != LeakFormat.CSV) {
            assertThat(s.linesRead()).isEqualTo(s.physicalLines());
        } else {
            assertThat(s.linesRead()).isLessThanOrEqualTo(s.physicalLines());
        }
    }

    @Test
    void randomBytesBalanceInEveryFormat() throws Exception {
        Random rnd = new Random(20260314);
        for (int i = 0; i < 300; i++) {
            byte[] data = randomBytes(rnd);
            for (LeakFormat f : LeakFormat.values()) {
                assertBalanced(f, data);
            }
        }
    }

    @Test
    void randomLinesBalanceInEveryFormat() throws Exception {
        Random rnd = new Random(42);
        for (int i = 0; i < 400; i++) {
            assertBalanced(LeakFormat.ULP, randomLines(rnd, ""));
            assertBalanced(LeakFormat.JSONL, randomLines(rnd, ""));
            assertBalanced(LeakFormat.CSV, randomLines(rnd, "url,login,password,kind\n"));
        }
    }

    @Test
    void randomCsvAfterAValidHeaderNeverFailsTheImport() throws Exception {
        Random rnd = new Random(7);
        for (int i = 0; i < 300; i++) {
            byte[] data = randomLines(rnd, "password,url,login\n");
            ImportTally tally = new ImportTally(new InMemoryDedupeStore());
            ScanSummary s = scanner(LeakFormat.CSV).scan(new ByteArrayInputStream(data), tally);
            tally.finish();
            assertThat(tally.counts().linesRead()).isEqualTo(s.linesRead());
        }
    }

    @Test
    void theByteLevelHostCheckAgreesWithHostnames() {
        Random rnd = new Random(99);
        String chars = "aZ09-_.. :/@*";
        LeakScanner scanner = scanner(LeakFormat.ULP);
        for (int i = 0; i < 5000; i++) {
            StringBuilder host = new StringBuilder();
            int len = rnd.nextInt(5) == 0 ? 60 + rnd.nextInt(220) : rnd.nextInt(12);
            for (int k = 0; k < len; k++) {
                host.append(chars.charAt(rnd.nextInt(chars.length())));
            }
            if (rnd.nextBoolean()) {
                host.append(".medireg.example");
            }
            String h = host.toString();
            if (h.indexOf(':') >= 0 || h.indexOf('/') >= 0) {
                continue;
            }
            Hostnames.Checked expected = Hostnames.check(h);
            Recorded.Outcome o = Scans.run(scanner, "https://" + h + "/:login:pw\n").only();
            if (expected.isValid()) {
                assertThat(o.kind()).as(h).isIn(Recorded.Kind.CANDIDATE, Recorded.Kind.UNMATCHED);
                if (o.kind() == Recorded.Kind.CANDIDATE) {
                    assertThat(o.candidate().host()).isEqualTo(expected.host());
                }
                assertThat(o.kind() == Recorded.Kind.CANDIDATE)
                        .isEqualTo(Hostnames.isSameOrBelow(expected.host(), "medireg.example"));
            } else if (expected.problem() == Hostnames.Problem.EMPTY) {
                assertThat(o.reason()).as(h).isEqualTo(RejectReason.EMPTY_HOST);
            } else {
                assertThat(o.reason()).as(h).isEqualTo(RejectReason.of(expected.problem()));
            }
        }
    }
}
