package eu.nis2registry.audit.questionnaire;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What questionnaire conditions can see of an engagement. The enums mirror the engagement
 * fields of the API; they live here so that this package needs nothing from the inventory.
 */
public record EngagementProfile(Set<DataCategory> dataCategories, Access access, Criticality criticality) {

    public enum DataCategory { HEALTH, PERSONAL, CREDENTIALS, FINANCIAL }

    public enum Access { NONE, USER, PRIVILEGED }

    public enum Criticality { LOW, MEDIUM, HIGH, CRITICAL }

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
