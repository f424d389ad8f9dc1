package eu.nis2registry.exposure.parse;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Micro benchmark, not a test: generates a ULP file (default 5 million lines, about 1 in 25
 * matching one of 1,000 supplier domains, by host or by login email domain) in a temp folder and
 * prints the scanner's speed, alone and with {@link ImportTally} over an in-memory store, next to
 * {@code LC_ALL=C grep -c -F -f domains file}.
 *
 * <pre>
 * mvn -q -o test-compile
 * java -Xmx256m -cp target/test-classes:target/classes:$HOME/.m2/repository/com/fasterxml/jackson/core/jackson-core/2.21.2/jackson-core-2.21.2.jar \
 *     eu.nis2registry.exposure.parse.ScannerBench [lines] [rounds]
 * </pre>
 * {@code -Dbench.keep=true} keeps the generated file; {@code -Dbench.tally=false} leaves out the
 * rounds with an in-memory store (which holds every candidate). On a shared machine compare the cpu
 * figures: wall time includes waiting for a core.
 * <pre>
 * </pre>
 */
public final class ScannerBench {

    private static final String[] TLDS = {"be", "com", "nl", "net", "org", "eu"};
    private static final String[] MAIL = {"gmail.com", "hotmail.com", "outlook.be", "telenet.be", "skynet.be",
        "yahoo.com", "proximus.be"};
    private static final String[] PREFIXES = {"www", "portal", "login", "api", "vpn", "mail", "app", "my"};

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ScannerBench() {
    }

    public static void main(String[] args) throws Exception {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 5_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path dir = Files.createTempDirectory("leak-bench");
        Path file = dir.resolve("leak.ulp.txt");
        Path domainsFile = dir.resolve("domains.txt");
        try {
            Map<String, Long> domains = generate(file, domainsFile, lines, new Random(1));
            long size = Files.size(file);
            System.out.printf("file: %,d lines, %,d bytes, %d supplier domains (%s)%n", lines, size, domains.size(), dir);
            SupplierDomainIndex index = SupplierDomainIndex.of(domains);
            LeakScanner scanner = LeakScanner.builder().format(LeakFormat.ULP).defaultKind(LeakKind.COMBOLIST)
                    .importDate(LocalDate.now()).suppliers(index)
                    .keys("bench-login-key-0123456789abcdef".getBytes(StandardCharsets.US_ASCII),
                            "bench-password-key-0123456789abc".getBytes(StandardCharsets.US_ASCII))
                    .build();
            for (int r = 0; r < rounds; r++) {
                Counting counting = new Counting();
                long t0 = System.nanoTime();
                long c0 = THREADS.getCurrentThreadCpuTime();
                ScanSummary s = scanner.scan(file, counting);
                double cpu = (THREADS.getCurrentThreadCpuTime() - c0) / 1e9;
                double secs = (System.nanoTime() - t0) / 1e9;
                System.out.printf("scan only     : %.3f s wall, %.3f s cpu; %,.0f lines/s wall, %,.0f lines/cpu-s,"
                        + " %,.0f MB/cpu-s; candidates %,d, unmatched %,d, rejected %,d%n", secs, cpu,
                        s.linesRead() / secs, s.linesRead() / cpu, size / cpu / 1e6, s.candidates(), s.unmatched(),
                        s.rejected());
            }
            // The in-memory store keeps every candidate: leave it out to show the scanner's own memory.
            int tallyRounds = Boolean.parseBoolean(System.getProperty("bench.tally", "true")) ? rounds : 0;
            for (int r = 0; r < tallyRounds; r++) {
                InMemoryDedupeStore store = new InMemoryDedupeStore();
                ImportTally tally = new ImportTally(store);
                long t0 = System.nanoTime();
                long c0 = THREADS.getCurrentThreadCpuTime();
                scanner.scan(file, tally);
                tally.finish();
                double cpu = (THREADS.getCurrentThreadCpuTime() - c0) / 1e9;
                double secs = (System.nanoTime() - t0) / 1e9;
                ImportCounts c = tally.counts();
                System.out.printf("scan + tally  : %.3f s wall, %.3f s cpu; %,.0f lines/s wall, %,.0f lines/cpu-s;"
                        + " accepted %,d, duplicates %,d%n", secs, cpu, c.linesRead() / secs, c.linesRead() / cpu,
                        c.accepted(), c.duplicates());
            }
            grep(file, domainsFile);
        } finally {
            if (Boolean.getBoolean("bench.keep")) {
                System.out.println("kept " + file);
            } else {
                Files.deleteIfExists(file);
                Files.deleteIfExists(domainsFile);
                Files.deleteIfExists(dir);
            }
        }
    }

    private static Map<String, Long> generate(Path file, Path domainsFile, int lines, Random rnd) throws IOException {
        List<String> supplierDomains = new ArrayList<>();
        Map<String, Long> domains = new HashMap<>();
        while (supplierDomains.size() < 1000) {
            String d = word(rnd, 5 + rnd.nextInt(8)) + "." + TLDS[rnd.nextInt(TLDS.length)];
            if (domains.putIfAbsent(d, (long) supplierDomains.size()) == null) {
                supplierDomains.add(d);
            }
        }
        Files.write(domainsFile, supplierDomains);
        String[] otherHosts = new String[50_000];
        for (int i = 0; i < otherHosts.length; i++) {
            String base = word(rnd, 4 + rnd.nextInt(9)) + "." + TLDS[rnd.nextInt(TLDS.length)];
            otherHosts[i] = rnd.nextInt(3) == 0 ? base : PREFIXES[rnd.nextInt(PREFIXES.length)] + "." + base;
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            StringBuilder line = new StringBuilder(128);
            for (int i = 0; i < lines; i++) {
                line.setLength(0);
                int match = rnd.nextInt(25);
                String host;
                String mailDomain = MAIL[rnd.nextInt(MAIL.length)];
                if (match == 0) {
                    String supplier = supplierDomains.get(rnd.nextInt(supplierDomains.size()));
                    if (rnd.nextInt(4) == 0) {
                        host = otherHosts[rnd.nextInt(otherHosts.length)];
                        mailDomain = supplier;
                    } else {
                        host = rnd.nextBoolean() ? supplier : PREFIXES[rnd.nextInt(PREFIXES.length)] + "." + supplier;
                    }
                } else {
                    host = otherHosts[rnd.nextInt(otherHosts.length)];
                }
                int form = rnd.nextInt(10);
                if (form < 7) {
                    line.append(rnd.nextInt(5) == 0 ? "http://" : "https://").append(host);
                    if (rnd.nextInt(10) == 0) {
                        line.append(":8443");
                    }
                    line.append('/').append(word(rnd, 3 + rnd.nextInt(8)));
                } else {
                    line.append(host);
                }
                line.append(':');
                if (rnd.nextInt(4) == 0 && match != 0) {
                    line.append(word(rnd, 5 + rnd.nextInt(6)));
                } else {
                    line.append(word(rnd, 4 + rnd.nextInt(8))).append(rnd.nextInt(100)).append('@').append(mailDomain);
                }
                line.append(':').append(word(rnd, 8 + rnd.nextInt(7)));
                line.append(rnd.nextInt(3) == 0 ? "\r\n" : "\n");
                out.write(line.toString().getBytes(StandardCharsets.US_ASCII));
            }
        }
        return domains;
    }

    private static String word(Random rnd, int len) {
        char[] c = new char[len];
        for (int i = 0; i < len; i++) {
            c[i] = (char) ('a' + rnd.nextInt(26));
        }
        return new String(c);
    }

    private static void grep(Path file, Path domainsFile) throws IOException, InterruptedException {
        for (int r = 0; r < 2; r++) {
            // bash's time gives grep's cpu time too: "count real user sys"
            ProcessBuilder pb = new ProcessBuilder("bash", "-c", "TIMEFORMAT='%R %U %S'; time LC_ALL=C grep -c -F -f '"
                    + domainsFile + "' '" + file + "'");
            pb.redirectErrorStream(true);
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim()
                    .replace('\n', ' ');
            p.waitFor();
            System.out.printf("LC_ALL=C grep -c -F -f domains file: count, wall s, user s, sys s = %s%n", out);
        }
    }

    /** Counts outcomes and nothing else. */
    private static final class Counting implements LeakScanHandler {
        long outcomes;

        @Override
        public void skipped(long lineNumber) {
            outcomes++;
        }

        @Override
        public void rejected(long lineNumber, RejectReason reason) {
            outcomes++;
        }

        @Override
        public void unmatched(long lineNumber) {
            outcomes++;
        }

        @Override
        public void candidate(long lineNumber, ObservationCandidate candidate) {
            outcomes++;
        }
    }
}
