package eu.nis2registry.exposure.parse;

import java.util.Collection;
import java.util.List;

/**
 * What attribution needs of one engagement: the organisation, the supplier, the hosts of the
 * supplier's service that this organisation uses, and the organisation's own email domains.
 */
public record EngagementRef(long organizationId, long supplierId, Collection<String> serviceHosts,
        Collection<String> organizationEmailDomains) {

    public EngagementRef {
        serviceHosts = serviceHosts == null ? List.of() : List.copyOf(serviceHosts);
        organizationEmailDomains = organizationEmailDomains == null ? List.of()
                : List.copyOf(organizationEmailDomains);
    }
}
