package eu.nis2registry.exposure.parse;

import eu.nis2registry.common.text.Hostnames;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Attributes an observation, already matched to a supplier, to at most one organisation.
 *
 * <ol>
 * <li>Email domain: the longest organisation email domain that the login's email domain equals
 * or lies below names the organisations owning that domain; of those, the ones that engage the
 * supplier. Exactly one: attributed to it.</li>
 * <li>Otherwise service host: the longest service host, among the engagements with this supplier,
 * that the host equals or lies below. Exactly one organisation has it: attributed to it.</li>
 * <li>Otherwise (nothing matches, or several organisations share the host, such as a SaaS portal
 * used by all hospitals): not attributed.</li>
 * </ol>
 * The longest match decides because it is the most specific: the login domain
 * {@code a.hospital.be} belongs to the owner of {@code a.hospital.be}, not to the owner of
 * {@code hospital.be}. Invalid hosts and domains in the input are ignored. Immutable.
 */
public final class AttributionIndex {

    private record SupplierHost(long supplierId, String host) {
    }

    private record Pair(long organizationId, long supplierId) {
    }

    private final Map<String, Set<Long>> emailDomainOwners;
    private final Map<SupplierHost, Set<Long>> serviceHostUsers;
    private final Set<Pair> engaged;

    private AttributionIndex(Collection<EngagementRef> engagements) {
        Map<String, Set<Long>> owners = new HashMap<>();
        Map<SupplierHost, Set<Long>> users = new HashMap<>();
        Set<Pair> pairs = new HashSet<>();
        for (EngagementRef e : engagements) {
            pairs.add(new Pair(e.organizationId(), e.supplierId()));
            for (String d : e.organizationEmailDomains()) {
                Hostnames.normalize(d).ifPresent(
                        n -> owners.computeIfAbsent(n, k -> new TreeSet<>()).add(e.organizationId()));
            }
            for (String h : e.serviceHosts()) {
                Hostnames.normalize(h).ifPresent(n -> users
                        .computeIfAbsent(new SupplierHost(e.supplierId(), n), k -> new TreeSet<>())
                        .add(e.organizationId()));
            }
        }
        owners.replaceAll((k, v) -> Set.copyOf(v));
        users.replaceAll((k, v) -> Set.copyOf(v));
        this.emailDomainOwners = Map.copyOf(owners);
        this.serviceHostUsers = Map.copyOf(users);
        this.engaged = Set.copyOf(pairs);
    }

    public static AttributionIndex of(Collection<EngagementRef> engagements) {
        return new AttributionIndex(engagements);
    }

    public static AttributionIndex empty() {
        return new AttributionIndex(List.of());
    }

    /**
     * @param supplierId       the supplier the observation matched
     * @param host             the observation's normalised host
     * @param loginEmailDomain the login's normalised email domain, or null
     */
    public OptionalLong attribute(long supplierId, String host, String loginEmailDomain) {
        if (loginEmailDomain != null) {
            Set<Long> owners = longest(loginEmailDomain, emailDomainOwners::get).orElse(Set.of());
            Long only = null;
            int count = 0;
            for (Long org : owners) {
                if (engaged.contains(new Pair(org, supplierId))) {
                    only = org;
                    count++;
                }
            }
            if (count == 1) {
                return OptionalLong.of(only);
            }
        }
        if (host != null) {
            Optional<Set<Long>> users = longest(host, h -> serviceHostUsers.get(new SupplierHost(supplierId, h)));
            if (users.isPresent() && users.get().size() == 1) {
                return OptionalLong.of(users.get().iterator().next());
            }
        }
        return OptionalLong.empty();
    }

    private static <T> Optional<T> longest(String name, Function<String, T> lookup) {
        String suffix = name;
        while (true) {
            T found = lookup.apply(suffix);
            if (found != null) {
                return Optional.of(found);
            }
            int dot = suffix.indexOf('.');
            if (dot < 0) {
                return Optional.empty();
            }
            suffix = suffix.substring(dot + 1);
        }
    }
}
