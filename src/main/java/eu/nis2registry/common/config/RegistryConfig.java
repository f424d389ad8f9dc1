package eu.nis2registry.common.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;

/** Where the registry keeps its files; each feature has its own mapping under {@code registry.*}. */
@ConfigMapping(prefix = "registry.storage")
public interface RegistryConfig {

    /** Database files (H2), spool files, generated keys, evidence. */
    @WithDefault("data")
    Path dataDir();

    /** Archive of generated PDF reports. */
    @WithDefault("reports")
    Path reportsDir();

    /** Questionnaire YAML definitions. */
    @WithDefault("questionnaires")
    Path questionnairesDir();
}
