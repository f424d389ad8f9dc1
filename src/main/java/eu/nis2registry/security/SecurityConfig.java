package eu.nis2registry.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

@ConfigMapping(prefix = "registry.security")
public interface SecurityConfig {

    /** How long a bearer token or web session stays valid. */
    @WithDefault("PT8H")
    Duration tokenLifetime();

    /** Roles whose users must use two-factor authentication. */
    @WithDefault("ADMIN,CISO")
    Set<Role> totpRequiredRoles();

    /** Base64 key (32 bytes) that encrypts TOTP secrets at rest; generated into the data folder outside production. */
    Optional<String> totpKey();

    Lockout lockout();

    interface Lockout {
        /** Failed logins within {@link #window()} that lock an account or a client address. */
        @WithDefault("5")
        int maxFailures();

        @WithDefault("PT15M")
        Duration window();
    }
}
