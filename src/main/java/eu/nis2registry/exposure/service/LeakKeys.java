package eu.nis2registry.exposure.service;

import eu.nis2registry.common.crypto.KeyMaterial;
import eu.nis2registry.exposure.LeakConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;

/**
 * Keys A (logins) and B (passwords) for the HMACs that let the registry recognise a leaked credential again
 * without keeping it. Resolved at start-up, so production without them does not start at all.
 */
@Startup
@ApplicationScoped
public class LeakKeys {

    private final byte[] loginKey;
    private final byte[] passwordKey;

    public LeakKeys(KeyMaterial keys, LeakConfig config) {
        this.loginKey = keys.key("leak-login", "registry.leaks.login-key", config.loginKey());
        this.passwordKey = keys.key("leak-password", "registry.leaks.password-key", config.passwordKey());
        if (Arrays.equals(loginKey, passwordKey)) {
            throw new IllegalStateException("registry.leaks.login-key and registry.leaks.password-key must differ");
        }
    }

    byte[] loginKey() {
        return loginKey.clone();
    }

    byte[] passwordKey() {
        return passwordKey.clone();
    }
}
