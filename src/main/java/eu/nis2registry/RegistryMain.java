package eu.nis2registry;

import eu.nis2registry.backup.RestoreCommand;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

import java.util.Arrays;

/**
 * The jar's entry point: the service, or {@code restore <backup-folder>}. A restore runs before and without the
 * service: starting it would create the first admin and score engagements in the database being restored.
 */
@QuarkusMain
public class RegistryMain {

    public static void main(String... args) {
        if (args.length > 0 && args[0].equals("restore")) {
            System.exit(RestoreCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        Quarkus.run(args);
    }
}
