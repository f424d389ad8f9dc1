package eu.nis2registry.backup;

import io.smallrye.config.ConfigMapping;

import java.nio.file.Path;
import java.util.Optional;

@ConfigMapping(prefix = "registry.backup")
public interface BackupConfig {

    /** Where backups are written (REGISTRY_BACKUP_DIR); by default the folder "backups" beside the data folder. */
    Optional<Path> dir();
}
