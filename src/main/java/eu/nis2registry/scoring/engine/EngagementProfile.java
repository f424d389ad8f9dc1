package eu.nis2registry.scoring.engine;

import eu.nis2registry.inventory.DataCategory;
import eu.nis2registry.inventory.Access;
import eu.nis2registry.inventory.Criticality;
import eu.nis2registry.inventory.Nis2Category;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** What is at stake in one engagement: the inputs of the inherent component. */
public record EngagementProfile(
        Set<DataCategory> dataCategories,
        Access access,
        Criticality criticality,
        Nis2Category nis2Category) {

    public EngagementProfile {
        Objects.requireNonNull(dataCategories, "dataCategories");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(criticality, "criticality");
        Objects.requireNonNull(nis2Category, "nis2Category");
        // An EnumSet keeps a fixed iteration order, so labels come out the same every time.
        EnumSet<DataCategory> copy = EnumSet.noneOf(DataCategory.class);
        copy.addAll(dataCategories);
        dataCategories = Collections.unmodifiableSet(copy);
    }
}
