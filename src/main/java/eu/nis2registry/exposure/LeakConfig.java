package eu.nis2registry.exposure;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "registry.leaks")
public interface LeakConfig {

    /** Key A (base64, 32 bytes): HMAC of logins. Production refuses to start without it. */
    Optional<String> loginKey();

    /** Key B (base64, 32 bytes): HMAC of passwords, for the duplicate check only. */
    Optional<String> passwordKey();

    /** Observations compromised longer ago than this are purged by the daily job. */
    @WithDefault("P2Y")
    Period retention();

    /** Observations checked against the database and stored per round trip. */
    @WithDefault("5000")
    int batchSize();

    /** Rejects listed per import (all are counted). */
    @WithDefault("1000")
    int maxRejectsKept();

    /** A RUNNING import whose instance has not reported for this long is taken as interrupted. */
    @WithDefault("PT30S")
    Duration staleAfter();

    /** Imports this instance runs at the same time. */
    @WithDefault("1")
    int parallelImports();

    Privileged privileged();

    /** What makes a leaked account administrative (LEAK-FORMATS.md, "privileged"); case-insensitive. */
    interface Privileged {
        @WithDefault("admin,administrator,root,beheer,support")
        List<String> loginNames();

        @WithDefault("adm-,admin.")
        List<String> loginPrefixes();

        @WithDefault("admin,vpn,citrix,remote,rdweb")
        List<String> hostLabelPrefixes();

        @WithDefault("/admin,/wp-admin,/vpn,/rdweb")
        List<String> pathFragments();
    }
}
