package eu.nis2registry.backup.db;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Orders tables so that every table comes after the tables its foreign keys point at. */
public final class TableOrder {

    private TableOrder() {
    }

    /**
     * @param parents for each table, the tables it references (references to itself and to tables outside the
     *                map are ignored)
     * @return parents first; among tables free to go, alphabetical, so the order is the same on every run
     * @throws IllegalStateException when the references form a cycle, naming the tables in it
     */
    public static List<String> parentsFirst(Map<String, Set<String>> parents) {
        Map<String, Set<String>> waitingFor = new TreeMap<>();
        parents.forEach((table, refs) -> {
            Set<String> open = new TreeSet<>(refs);
            open.remove(table);
            open.retainAll(parents.keySet());
            waitingFor.put(table, open);
        });
        List<String> order = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        while (order.size() < waitingFor.size()) {
            String next = waitingFor.entrySet().stream()
                    .filter(e -> !placed.contains(e.getKey()) && placed.containsAll(e.getValue()))
                    .map(Map.Entry::getKey).findFirst()
                    .orElseThrow(() -> new IllegalStateException("foreign keys form a cycle among "
                            + waitingFor.keySet().stream().filter(t -> !placed.contains(t)).toList()));
            order.add(next);
            placed.add(next);
        }
        return order;
    }
}
