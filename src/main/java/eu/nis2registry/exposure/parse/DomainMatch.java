package eu.nis2registry.exposure.parse;

/** The supplier a host or email domain belongs to, and the supplier domain that decided it. */
public record DomainMatch(long supplierId, String domain) {
}
