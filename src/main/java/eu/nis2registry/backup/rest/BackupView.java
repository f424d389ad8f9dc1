package eu.nis2registry.backup.rest;

import java.time.Instant;

/**
 * A backup just written.
 *
 * @param name           the folder's name under the backups folder
 * @param manifestSha256 the SHA-256 of its manifest, also kept in the audit trail: give it to the restore
 *                       command ({@code --manifest-sha256}) to make sure the manifest itself is the one written
 */
public record BackupView(String name, Instant createdAt, long sizeBytes, long files, long tables, long rows, long evidenceFiles,
        long reportFiles, String schemaVersion, String manifestSha256) {
}
