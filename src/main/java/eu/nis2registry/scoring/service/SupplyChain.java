package eu.nis2registry.scoring.service;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The subcontractor graph: who depends on whom. Links are acyclic by construction (the inventory refuses a
 * cycle), and every walk here is still guarded, so a cycle written to the database by hand cannot loop.
 */
public final class SupplyChain {

    private final Map<Long, List<Long>> subcontractors = new HashMap<>();
    private final Map<Long, List<Long>> customers = new HashMap<>();

    /** @param links pairs of (supplier, subcontractor) */
    public SupplyChain(Collection<long[]> links) {
        for (long[] link : links) {
            subcontractors.computeIfAbsent(link[0], k -> new ArrayList<>()).add(link[1]);
            customers.computeIfAbsent(link[1], k -> new ArrayList<>()).add(link[0]);
        }
    }

    /** The supplier itself (depth 0) and every supplier below it, each at its shortest depth. */
    public Map<Long, Integer> below(long supplier) {
        Map<Long, Integer> depth = new LinkedHashMap<>();
        depth.put(supplier, 0);
        Deque<Long> queue = new ArrayDeque<>(List.of(supplier));
        while (!queue.isEmpty()) {
            long current = queue.poll();
            for (long next : subcontractors.getOrDefault(current, List.of())) {
                if (!depth.containsKey(next)) {
                    depth.put(next, depth.get(current) + 1);
                    queue.add(next);
                }
            }
        }
        return depth;
    }

    /**
     * The supplier itself and every supplier above it, each with its shortest path down to {@code supplier}:
     * [that supplier, ..., supplier].
     */
    public Map<Long, List<Long>> above(long supplier) {
        Map<Long, List<Long>> paths = new LinkedHashMap<>();
        paths.put(supplier, List.of(supplier));
        Deque<Long> queue = new ArrayDeque<>(List.of(supplier));
        while (!queue.isEmpty()) {
            long current = queue.poll();
            for (long customer : customers.getOrDefault(current, List.of())) {
                if (!paths.containsKey(customer)) {
                    List<Long> path = new ArrayList<>();
                    path.add(customer);
                    path.addAll(paths.get(current));
                    paths.put(customer, List.copyOf(path));
                    queue.add(customer);
                }
            }
        }
        return paths;
    }

    /** Every supplier at or above any of these: whose engagements a change at them affects. */
    public Set<Long> aboveAll(Collection<Long> suppliers) {
        Set<Long> all = new java.util.HashSet<>();
        for (long supplier : suppliers) {
            all.addAll(above(supplier).keySet());
        }
        return all;
    }
}
