package eu.nis2registry.exposure.parse;

/** Accepted observations of one supplier in one import, and how many of them are privileged. */
public record SupplierTally(long supplierId, long accepted, long privileged) {
}
