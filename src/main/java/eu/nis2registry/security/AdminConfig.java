package eu.nis2registry.security;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

@ConfigMapping(prefix = "registry.admin")
public interface AdminConfig {

    /** Password of the first admin, created on first start with an empty database; random when unset. */
    Optional<String> initialPassword();
}
