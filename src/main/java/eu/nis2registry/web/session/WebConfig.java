package eu.nis2registry.web.session;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "registry.web")
public interface WebConfig {

    /** Send cookies with the Secure flag (HTTPS only); off in dev and test, which run on plain HTTP. */
    @WithDefault("true")
    boolean secureCookies();
}
