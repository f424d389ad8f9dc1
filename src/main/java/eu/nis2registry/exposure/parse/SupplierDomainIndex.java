package eu.nis2registry.exposure.parse;

import eu.nis2registry.common.text.Hostnames;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Supplier domains to supplier ids, looked up by the label suffixes of a host: a host belongs to
 * the supplier of the longest domain it equals or ends with "." + domain. The cost of a lookup
 * depends on the number of labels of the host, not on the number of domains.
 *
 * <p>Open addressing over byte keys so that the scanner can probe straight from its line buffer;
 * a suffix's hash is built right to left ({@code h = 31 * h + byte}), which gives the hash of
 * every label suffix in one pass over the host. Immutable and safe to share between threads.
 */
public final class SupplierDomainIndex {

    private final int shift;
    private final int mask;
    private final int[] hashes;
    private final byte[][] keys;
    private final long[] supplierIds;
    private final String[] domains;
    private final boolean[] lengths = new boolean[Hostnames.MAX_LENGTH + 1];
    private final int size;

    private SupplierDomainIndex(Map<String, Long> entries) {
        int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 4) - 1) << 1;
        this.shift = 32 - Integer.numberOfTrailingZeros(capacity);
        this.mask = capacity - 1;
        this.hashes = new int[capacity];
        this.keys = new byte[capacity][];
        this.supplierIds = new long[capacity];
        this.domains = new String[capacity];
        this.size = entries.size();
        for (Map.Entry<String, Long> e : entries.entrySet()) {
            byte[] key = e.getKey().getBytes(StandardCharsets.US_ASCII);
            int h = hash(key, 0, key.length);
            int slot = slotOf(h);
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            hashes[slot] = h;
            supplierIds[slot] = e.getValue();
            domains[slot] = e.getKey();
            lengths[key.length] = true;
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** From domain to supplier id; see {@link Builder#add}. */
    public static SupplierDomainIndex of(Map<String, Long> domainToSupplier) {
        Builder b = builder();
        domainToSupplier.forEach(b::add);
        return b.build();
    }

    public static SupplierDomainIndex empty() {
        return builder().build();
    }

    public int size() {
        return size;
    }

    /**
     * The supplier of the longest domain that {@code host} equals or lies below. The host is
     * normalised first (case, trailing dot, punycode); an invalid host matches nothing.
     */
    public Optional<DomainMatch> match(String host) {
        Optional<String> normalised = Hostnames.normalize(host);
        if (normalised.isEmpty()) {
            return Optional.empty();
        }
        int slot = findLongest(normalised.get());
        return slot < 0 ? Optional.empty() : Optional.of(new DomainMatch(supplierIds[slot], domains[slot]));
    }

    /** Slot of the longest domain for an already normalised host, or -1. */
    int findLongest(String normalisedHost) {
        byte[] b = normalisedHost.getBytes(StandardCharsets.US_ASCII);
        int len = b.length;
        int h = 0;
        int best = -1;
        for (int j = len - 1; j >= 0; j--) {
            if (b[j] == '.') {
                int slot = find(b, j + 1, len, h);
                if (slot >= 0) {
                    best = slot;
                }
            }
            h = 31 * h + b[j];
        }
        int slot = find(b, 0, len, h);
        return slot >= 0 ? slot : best;
    }

    /**
     * Slot of the domain equal to {@code lower[from, to)} (lower-case ASCII) whose right-to-left
     * hash is {@code h}, or -1.
     */
    int find(byte[] lower, int from, int to, int h) {
        int len = to - from;
        if (len >= lengths.length || !lengths[len]) {
            return -1;
        }
        int slot = slotOf(h);
        while (true) {
            byte[] k = keys[slot];
            if (k == null) {
                return -1;
            }
            if (hashes[slot] == h && k.length == len && Arrays.equals(k, 0, len, lower, from, to)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
    }

    long supplierAt(int slot) {
        return supplierIds[slot];
    }

    String domainAt(int slot) {
        return domains[slot];
    }

    static int hash(byte[] b, int from, int to) {
        int h = 0;
        for (int j = to - 1; j >= from; j--) {
            h = 31 * h + b[j];
        }
        return h;
    }

    private int slotOf(int h) {
        return (h * 0x9E3779B9) >>> shift;
    }

    /** Collects domains; a domain given twice must name the same supplier. */
    public static final class Builder {
        private final Map<String, Long> entries = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * @throws IllegalArgumentException when the domain is not a valid domain (see
         *         {@link Hostnames#checkDomain}) or already belongs to another supplier
         */
        public Builder add(String domain, long supplierId) {
            String d = Hostnames.normalizeDomainOrThrow(domain);
            Long previous = entries.putIfAbsent(d, supplierId);
            if (previous != null && previous != supplierId) {
                throw new IllegalArgumentException("domain " + d + " given for two suppliers: "
                        + previous + " and " + supplierId);
            }
            return this;
        }

        public SupplierDomainIndex build() {
            return new SupplierDomainIndex(entries);
        }
    }
}
