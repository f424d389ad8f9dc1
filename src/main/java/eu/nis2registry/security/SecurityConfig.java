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

    /** How long an instance trusts a token it looked up without asking the database again. */
    @WithDefault("PT10S")
    Duration tokenCache();

    /** Roles whose users must use two-factor authentication. */
    @WithDefault("ADMIN,CISO")
    Set<Role> totpRequiredRoles();

    /** Base64 key (32 bytes) that encrypts TOTP secrets at rest; generated into the data folder outside production. */
    Optional<String> totpKey();

    Lockout lockout();

    interface Lockout {
        /** Failed logins of one account within {@link #window()} that lock it. */
        @WithDefault("5")
        int maxFailures();

        /**
         * Failed logins from one client address within {@link #window()} that lock the address: higher than per
         * account, since a hospital's users may all come from one NAT address.
         */
        @WithDefault("20")
        int maxFailuresPerAddress();

        @WithDefault("PT15M")
        Duration window();
    }
}
