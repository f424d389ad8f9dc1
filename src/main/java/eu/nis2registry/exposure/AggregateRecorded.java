package eu.nis2registry.exposure;

/** Fired inside the transaction that recorded an aggregate-only leak. */
public record AggregateRecorded(Long aggregateId, Long supplierId) {
}
