package eu.nis2registry.common.crypto;

import eu.nis2registry.common.config.RegistryConfig;
import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Secret keys from configuration. Production refuses to run without them; dev and test generate them once
 * into the data folder, so a developer's first start works and restarts keep their meaning.
 */
@ApplicationScoped
public class KeyMaterial {

    private static final Logger LOG = Logger.getLogger(KeyMaterial.class);

    private final RegistryConfig config;

    public KeyMaterial(RegistryConfig config) {
        this.config = config;
    }

    /**
     * @param name     a file name for the generated key, e.g. "totp"
     * @param property the configuration property that holds it, for the error message
     */
    public byte[] key(String name, String property, Optional<String> configured) {
        if (configured.isPresent() && !configured.get().isBlank()) {
            byte[] key = decode(configured.get().trim(), property);
            if (key.length < 32) {
                throw new IllegalStateException(property + " must hold at least 32 bytes (base64)");
            }
            return key;
        }
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            throw new IllegalStateException(property + " is not set: production needs it (32 random bytes, base64;"
                    + " e.g. `openssl rand -base64 32`)");
        }
        return generated(config.dataDir().resolve("keys").resolve(name + ".key"));
    }

    private static byte[] decode(String text, String property) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " is not valid base64");
        }
    }

    private static synchronized byte[] generated(Path file) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).trim());
            }
            Files.createDirectories(file.getParent());
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // Not a POSIX file system: the data folder's own permissions protect the key.
            }
            LOG.infof("Generated development key %s", file);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep a generated key in " + file, e);
        }
    }
}
