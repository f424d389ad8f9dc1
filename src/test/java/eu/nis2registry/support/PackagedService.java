package eu.nis2registry.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service (target/quarkus-app/quarkus-run.jar, built by the package phase before the integration
 * tests) started as a process of its own, as it runs in production: on an installation (data folder, report
 * archive, keys) that outlives the process, so that a test can kill it with SIGKILL and start it again.
 *
 * <p>The database is the installation's H2 file, or, when the jar was built for PostgreSQL (the PostgreSQL run of
 * .ci/run sets QUARKUS_DATASOURCE_DB_KIND=postgresql for the build), a schema of its own in the run's database.
 * Every process still alive when the test JVM ends is killed.
 */
public final class PackagedService implements AutoCloseable {

    public static final String ADMIN_PASSWORD = "it-admin-password-1";
    private static final Set<Process> ALIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> ALIVE.forEach(Process::destroyForcibly)));
    }

    /** Folders, keys and database of one registry installation. */
    public static class Installation implements AutoCloseable {
        private final Path home;
        private final Map<String, String> keys = new LinkedHashMap<>();
        private final TestDatabase database;
        private final boolean ownsDatabase;

        private Installation(Path home, TestDatabase database, boolean ownsDatabase) {
            this.home = home;
            this.database = database;
            this.ownsDatabase = ownsDatabase;
            SecureRandom random = new SecureRandom();
            for (String key : List.of("REGISTRY_LEAKS_LOGIN_KEY", "REGISTRY_LEAKS_PASSWORD_KEY", "REGISTRY_SECURITY_TOTP_KEY")) {
                byte[] bytes = new byte[32];
                random.nextBytes(bytes);
                keys.put(key, Base64.getEncoder().encodeToString(bytes));
            }
        }

        /** A new installation in this folder, with a new database. */
        public static Installation create(Path home) {
            try {
                Files.createDirectories(home);
                return new Installation(home, postgres() ? TestDatabase.postgresSchema("it" + Long.toHexString(System.nanoTime()))
                        : null, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("cannot create a PostgreSQL schema for the service", e);
            }
        }

        /**
         * The same registry seen by a second instance: same keys, database and data folder, its own working folder
         * (for its log). Closing it leaves the database to this installation.
         */
        public Installation secondInstance(Path otherHome) {
            try {
                Files.createDirectories(otherHome);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Installation other = new Installation(otherHome, database, false) {
                @Override
                public Path dataDir() {
                    return Installation.this.dataDir();
                }

                @Override
                public Path reportsDir() {
                    return Installation.this.reportsDir();
                }

                @Override
                public Path backupsDir() {
                    return Installation.this.backupsDir();
                }
            };
            other.keys.putAll(keys);
            return other;
        }

        /** A new, empty installation (new folders, new database) with the same keys: where a backup is restored. */
        public Installation emptyTwin(Path otherHome) {
            Installation other = create(otherHome);
            other.keys.putAll(keys);
            return other;
        }

        public Path home() {
            return home;
        }

        public Path dataDir() {
            return home.resolve("data");
        }

        public Path reportsDir() {
            return home.resolve("reports");
        }

        public Path backupsDir() {
            return home.resolve("backups");
        }

        /** The database, for the test to read: the installation's H2 file, or its PostgreSQL schema. */
        public String jdbcUrl() {
            return database != null ? database.jdbcUrl()
                    : "jdbc:h2:file:" + dataDir().toAbsolutePath() + "/db/registry;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=60000";
        }

        public String dbUser() {
            return database != null ? database.username() : "registry";
        }

        public String dbPassword() {
            return database != null ? database.password() : "registry-it";
        }

        /**
         * A connection to the installation's database, for checks a client cannot make. An H2 file can be opened
         * only while no service runs on it.
         */
        public java.sql.Connection connect() throws java.sql.SQLException {
            return java.sql.DriverManager.getConnection(jdbcUrl(), dbUser(), dbPassword());
        }

        Map<String, String> environment() {
            Map<String, String> env = new LinkedHashMap<>(keys);
            env.put("REGISTRY_DATA_DIR", dataDir().toAbsolutePath().toString());
            env.put("REGISTRY_REPORTS_DIR", reportsDir().toAbsolutePath().toString());
            env.put("REGISTRY_BACKUP_DIR", backupsDir().toAbsolutePath().toString());
            env.put("REGISTRY_QUESTIONNAIRES_DIR", Path.of("questionnaires").toAbsolutePath().toString());
            env.put("REGISTRY_ADMIN_INITIAL_PASSWORD", ADMIN_PASSWORD);
            // Scripted administrators and CISOs log in without a second factor; the roles list may not be empty.
            env.put("REGISTRY_SECURITY_TOTP_REQUIRED_ROLES", "AUDITOR");
            env.put("QUARKUS_LOG_FILE_ENABLED", "false");
            if (database != null) {
                env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl());
            }
            // On H2 the service keeps its own URL (under REGISTRY_DATA_DIR), with the settings production runs with.
            env.put("QUARKUS_DATASOURCE_USERNAME", dbUser());
            env.put("QUARKUS_DATASOURCE_PASSWORD", dbPassword());
            return env;
        }

        @Override
        public void close() throws java.sql.SQLException {
            if (database != null && ownsDatabase) {
                database.close();
            }
        }
    }

    private final Installation installation;
    private final int port;
    private final Path log;
    private final Process process;

    private PackagedService(Installation installation, int port, Path log, Process process) {
        this.installation = installation;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** True when the jar under test was built for PostgreSQL (the PostgreSQL run of .ci/run). */
    public static boolean postgres() {
        return "postgresql".equals(System.getenv("QUARKUS_DATASOURCE_DB_KIND"));
    }

    public static Path jar() {
        Path jar = Path.of(System.getProperty("registry.it.jar", "target/quarkus-app/quarkus-run.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: integration tests run after the package phase (mvn verify)");
        }
        return jar;
    }

    /**
     * A folder of its own for one integration test class under target/it, emptied first: kept after the run, so that
     * the services' logs and data can be read when a test failed.
     */
    public static Path workFolder(Class<?> test) {
        Path folder = Path.of("target", "it", test.getSimpleName()).toAbsolutePath();
        try {
            if (Files.exists(folder)) {
                try (var walk = Files.walk(folder)) {
                    for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the service on this installation and port and waits until it is ready. */
    public static PackagedService start(Installation installation, int port, Map<String, String> extraEnvironment) {
        Path log = installation.home().resolve("service-" + port + ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-jar", jar().toAbsolutePath().toString())
                .directory(installation.home().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("_TEST_QUARKUS_") || name.startsWith("REGISTRY_"));
        env.putAll(installation.environment());
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.putAll(extraEnvironment);
        try {
            Process process = builder.start();
            ALIVE.add(process);
            PackagedService service = new PackagedService(installation, port, log, process);
            service.awaitReady(Duration.ofMinutes(4));
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + jar(), e);
        }
    }

    public static PackagedService start(Installation installation) {
        return start(installation, freePort(), Map.of());
    }

    private void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                HttpURLConnection connection = (HttpURLConnection) URI.create(url() + "/q/health/ready").toURL().openConnection();
                connection.setConnectTimeout(1000);
                connection.setReadTimeout(5000);
                if (connection.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            sleep(500);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the service was not ready within " + timeout + ":\n" + logTail());
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public Installation installation() {
        return installation;
    }

    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String logTail() {
        List<String> lines = new ArrayList<>(log().lines().toList());
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    /** kill -9: the process gets no chance to finish anything (Process.destroyForcibly sends SIGKILL on Linux). */
    public void kill9() {
        process.destroyForcibly();
        waitForExit();
    }

    /** A normal stop (SIGTERM): Quarkus shuts down and closes the database. */
    public void stop() {
        process.destroy();
        waitForExit();
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ALIVE.remove(process);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop();
        }
    }

    public record CommandResult(int exitCode, String output) {
    }

    /** Runs {@code java -jar quarkus-run.jar <args>} with the installation's configuration, as an operator would. */
    public static CommandResult command(Installation installation, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar().toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(installation.home().toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("_TEST_QUARKUS_")
                || name.startsWith("REGISTRY_"));
        builder.environment().putAll(installation.environment());
        try {
            Process process = builder.start();
            ALIVE.add(process);
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("command did not finish: " + String.join(" ", args) + "\n" + output);
            }
            ALIVE.remove(process);
            return new CommandResult(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
