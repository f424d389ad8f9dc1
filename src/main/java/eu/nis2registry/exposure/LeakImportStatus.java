package eu.nis2registry.exposure;

public enum LeakImportStatus {
    QUEUED, RUNNING, COMPLETED, FAILED
}
