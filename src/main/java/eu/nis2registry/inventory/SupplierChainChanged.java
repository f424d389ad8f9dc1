package eu.nis2registry.inventory;

/** A subcontractor link was added or removed below this supplier: every engagement above it changes. */
public record SupplierChainChanged(Long supplierId, String reason) {
}
