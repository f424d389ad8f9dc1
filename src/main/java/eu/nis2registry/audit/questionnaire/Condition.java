package eu.nis2registry.audit.questionnaire;

import eu.nis2registry.inventory.Access;
import eu.nis2registry.inventory.Criticality;
import eu.nis2registry.inventory.DataCategory;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * A condition on the engagement ({@code appliesWhen}, {@code knockOut.when}). It holds when any of
 * its clauses holds; {@link #ALWAYS} has no clause. In YAML a single mapping is one clause and a
 * list of mappings is several clauses.
 */
public record Condition(List<Clause> anyOf) {

    public static final Condition ALWAYS = new Condition(List.of());

    public Condition {
        anyOf = List.copyOf(anyOf);
    }

    public boolean isAlways() {
        return anyOf.isEmpty();
    }

    public boolean matches(EngagementProfile profile) {
        return anyOf.isEmpty() || anyOf.stream().anyMatch(clause -> clause.matches(profile));
    }

    /**
     * Every non-empty set must hold; within a set any value will do. An empty set does not
     * constrain (the loader never produces a clause with all sets empty).
     */
    public record Clause(Set<DataCategory> dataCategories, Set<Access> access, Set<Criticality> criticality) {

        public Clause {
            dataCategories = Set.copyOf(dataCategories);
            access = Set.copyOf(access);
            criticality = Set.copyOf(criticality);
        }

        public boolean matches(EngagementProfile profile) {
            return (dataCategories.isEmpty() || !Collections.disjoint(dataCategories, profile.dataCategories()))
                    && (access.isEmpty() || access.contains(profile.access()))
                    && (criticality.isEmpty() || criticality.contains(profile.criticality()));
        }
    }
}
