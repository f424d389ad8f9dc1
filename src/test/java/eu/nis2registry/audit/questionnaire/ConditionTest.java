package eu.nis2registry.audit.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import eu.nis2registry.audit.questionnaire.Condition.Clause;
import eu.nis2registry.inventory.Access;
import eu.nis2registry.inventory.Criticality;
import eu.nis2registry.inventory.DataCategory;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConditionTest {

    private static final Clause HEALTH_AND_PRIVILEGED =
            new Clause(Set.of(DataCategory.HEALTH), Set.of(Access.PRIVILEGED), Set.of());
    private static final Clause HIGH_OR_CRITICAL = new Clause(Set.of(), Set.of(), Set.of(Criticality.HIGH, Criticality.CRITICAL));

    @Test
    void alwaysMatches() {
        assertThat(Condition.ALWAYS.matches(EngagementProfile.of(Access.NONE, Criticality.LOW))).isTrue();
    }

    @Test
    void everyFieldOfAClauseMustHold() {
        Condition condition = new Condition(List.of(HEALTH_AND_PRIVILEGED));

        assertThat(condition.matches(EngagementProfile.of(Access.PRIVILEGED, Criticality.LOW, DataCategory.HEALTH))).isTrue();
        assertThat(condition.matches(EngagementProfile.of(Access.USER, Criticality.LOW, DataCategory.HEALTH))).isFalse();
        assertThat(condition.matches(EngagementProfile.of(Access.PRIVILEGED, Criticality.LOW))).isFalse();
    }

    @Test
    void anyValueOfAFieldWillDo() {
        Condition condition = new Condition(List.of(HIGH_OR_CRITICAL));

        assertThat(condition.matches(EngagementProfile.of(Access.NONE, Criticality.CRITICAL))).isTrue();
        assertThat(condition.matches(EngagementProfile.of(Access.NONE, Criticality.MEDIUM))).isFalse();
    }

    @Test
    void anyDataCategoryOfTheEngagementWillDo() {
        Condition condition = new Condition(List.of(new Clause(Set.of(DataCategory.HEALTH), Set.of(), Set.of())));

        assertThat(condition.matches(EngagementProfile.of(Access.NONE, Criticality.LOW,
                DataCategory.PERSONAL, DataCategory.HEALTH))).isTrue();
    }

    @Test
    void anyClauseOfAListWillDo() {
        Condition condition = new Condition(List.of(HEALTH_AND_PRIVILEGED, HIGH_OR_CRITICAL));

        assertThat(condition.matches(EngagementProfile.of(Access.NONE, Criticality.HIGH))).isTrue();
        assertThat(condition.matches(EngagementProfile.of(Access.PRIVILEGED, Criticality.LOW, DataCategory.HEALTH))).isTrue();
        assertThat(condition.matches(EngagementProfile.of(Access.PRIVILEGED, Criticality.LOW))).isFalse();
    }
}
