package eu.nis2registry.backup.db;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableOrderTest {

    @Test
    void placesEveryTableAfterTheTablesItReferences() {
        Map<String, Set<String>> parents = Map.of(
                "finding", Set.of("audit", "engagement", "organization"),
                "audit", Set.of("engagement", "organization", "questionnaire_file"),
                "engagement", Set.of("organization", "supplier"),
                "organization", Set.of(),
                "supplier", Set.of(),
                "questionnaire_file", Set.of());

        List<String> order = TableOrder.parentsFirst(parents);

        assertThat(order).containsExactly("organization", "questionnaire_file", "supplier", "engagement", "audit", "finding");
    }

    @Test
    void ignoresReferencesToItselfAndToTablesNotBackedUp() {
        List<String> order = TableOrder.parentsFirst(Map.of("node", Set.of("node", "flyway_schema_history")));

        assertThat(order).containsExactly("node");
    }

    @Test
    void namesTheTablesOfACycle() {
        Map<String, Set<String>> parents = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of());

        assertThatThrownBy(() -> TableOrder.parentsFirst(parents))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("[a, b, c]");
    }

    @Test
    void randomAcyclicGraphsAreOrderedParentsFirst() {
        Random random = new Random(20261130);
        for (int round = 0; round < 200; round++) {
            int size = 1 + random.nextInt(30);
            Map<String, Set<String>> parents = new TreeMap<>();
            for (int i = 0; i < size; i++) {
                Set<String> refs = new TreeSet<>();
                for (int j = 0; j < i; j++) {
                    if (random.nextInt(4) == 0) {
                        refs.add("t" + j);
                    }
                }
                parents.put("t" + i, refs);
            }

            List<String> order = TableOrder.parentsFirst(parents);

            assertThat(order).containsExactlyInAnyOrderElementsOf(parents.keySet());
            parents.forEach((table, refs) -> refs.forEach(parent ->
                    assertThat(order.indexOf(parent)).as(parent + " before " + table).isLessThan(order.indexOf(table))));
        }
    }
}
