package eu.nis2registry.backup;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code java -jar quarkus-run.jar restore <backup-folder> [--manifest-sha256 <hex>]}: restores a backup into the
 * database and folders this configuration names (the same application.properties, environment variables and
 * system properties as the service, read without starting it).
 */
public final class RestoreCommand {

    public static final int OK = 0;
    public static final int REFUSED = 1;
    public static final int USAGE = 2;

    private RestoreCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> positional = new ArrayList<>();
        String expected = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--manifest-sha256") && i + 1 < args.length) {
                expected = args[++i];
            } else if (args[i].startsWith("--")) {
                return usage(err, "unknown option " + args[i]);
            } else {
                positional.add(args[i]);
            }
        }
        if (positional.size() != 1) {
            return usage(err, "name one backup folder");
        }
        Restore.Target target;
        try {
            target = target(config());
        } catch (RuntimeException | IOException e) {
            err.println("Cannot read the configuration: " + e.getMessage());
            return USAGE;
        }
        out.println("Restoring " + positional.get(0) + " into " + target);
        try {
            Restore.Outcome outcome = Restore.run(Path.of(positional.get(0)), target, expected, out::println);
            if (outcome.interruptedImports() > 0) {
                out.println(outcome.interruptedImports() + " leak import(s) were unfinished when the backup was taken:"
                        + " marked FAILED, their partial observations removed; upload those files again");
            }
            out.println("Done. Start the service on this database and data folder.");
            return OK;
        } catch (Restore.Refused e) {
            err.println("Restore refused: " + e.getMessage());
            e.problems().forEach(p -> err.println("  - " + p));
            return REFUSED;
        } catch (IOException | SQLException | RuntimeException e) {
            err.println("Restore failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            err.println("The database transaction was rolled back; drop the database and empty the folders before trying again.");
            return REFUSED;
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println(problem);
        err.println("usage: java -jar quarkus-run.jar restore <backup-folder> [--manifest-sha256 <hex>]");
        return USAGE;
    }

    /**
     * The service's own configuration sources: application.properties of the jar, then environment variables and
     * system properties above it, in the profile the service would run in (prod unless QUARKUS_PROFILE says so).
     */
    static SmallRyeConfig config() throws IOException {
        String profile = Optional.ofNullable(System.getProperty("quarkus.profile"))
                .or(() -> Optional.ofNullable(System.getenv("QUARKUS_PROFILE"))).orElse("prod");
        SmallRyeConfigBuilder builder = new SmallRyeConfigBuilder().addDefaultInterceptors().addDefaultSources()
                .withProfile(profile);
        URL properties = RestoreCommand.class.getClassLoader().getResource("application.properties");
        if (properties != null) {
            builder.withSources(new PropertiesConfigSource(properties, 250));
        }
        return builder.build();
    }

    static Restore.Target target(SmallRyeConfig config) {
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        return new Restore.Target(url, config.getOptionalValue("quarkus.datasource.username", String.class).orElse(null),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(null),
                Path.of(config.getOptionalValue("registry.storage.data-dir", String.class).orElse("data")),
                Path.of(config.getOptionalValue("registry.storage.reports-dir", String.class).orElse("reports")));
    }
}
