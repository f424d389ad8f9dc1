package eu.nis2registry.audit.questionnaire;

import eu.nis2registry.inventory.Access;
import eu.nis2registry.inventory.Criticality;
import eu.nis2registry.inventory.DataCategory;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** What questionnaire conditions can see of an engagement. */
public record EngagementProfile(Set<DataCategory> dataCategories, Access access, Criticality criticality) {

    public EngagementProfile {
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(criticality, "criticality");
        dataCategories = dataCategories == null || dataCategories.isEmpty()
                ? Set.of()
                : Set.copyOf(EnumSet.copyOf((Collection<DataCategory>) dataCategories));
    }

    public static EngagementProfile of(Access access, Criticality criticality, DataCategory... categories) {
        return new EngagementProfile(Set.of(categories), access, criticality);
    }
}
