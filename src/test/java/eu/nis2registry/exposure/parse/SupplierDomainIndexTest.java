package eu.nis2registry.exposure.parse;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SupplierDomainIndexTest {

    private final SupplierDomainIndex index = SupplierDomainIndex.of(Map.of(
            "medireg.be", 1L, "cloud.example", 2L, "eu.cloud.example", 3L));

    @Test
    void matchesTheDomainItselfAndHostsBelowIt() {
        assertThat(index.match("medireg.be")).contains(new DomainMatch(1, "medireg.be"));
        assertThat(index.match("a.b.portal.medireg.be")).contains(new DomainMatch(1, "medireg.be"));
    }

    @Test
    void respectsLabelBoundaries() {
        assertThat(index.match("evil-medireg.be")).isEmpty();
        assertThat(index.match("medireg.be.evil.com")).isEmpty();
        assertThat(index.match("xmedireg.be")).isEmpty();
        assertThat(index.match("be")).isEmpty();
    }

    @Test
    void givesTheLongestDomain() {
        assertThat(index.match("x.eu.cloud.example")).contains(new DomainMatch(3, "eu.cloud.example"));
        assertThat(index.match("eu.cloud.example")).contains(new DomainMatch(3, "eu.cloud.example"));
        assertThat(index.match("us.cloud.example")).contains(new DomainMatch(2, "cloud.example"));
    }

    @Test
    void normalisesHostsAndDomains() {
        SupplierDomainIndex idn = SupplierDomainIndex.of(Map.of("Bücher.Example.", 7L));
        assertThat(idn.match("SHOP.bücher.example")).contains(new DomainMatch(7, "xn--bcher-kva.example"));
        assertThat(idn.match("shop.xn--bcher-kva.example.")).isPresent();
        assertThat(index.match("not a host")).isEmpty();
    }

    @Test
    void refusesADomainGivenForTwoSuppliers() {
        SupplierDomainIndex.Builder b = SupplierDomainIndex.builder().add("medireg.be", 1).add("MEDIREG.be", 1);
        assertThat(b.build().size()).isEqualTo(1);
        assertThatThrownBy(() -> b.add("medireg.be.", 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesSomethingThatIsNotADomain() {
        assertThatThrownBy(() -> SupplierDomainIndex.builder().add("10.0.0.5", 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SupplierDomainIndex.builder().add("localhost", 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void findsEachOfManyDomains() {
        Map<String, Long> many = new HashMap<>();
        for (long i = 0; i < 120_000; i++) {
            many.put("supplier" + i + (i % 2 == 0 ? ".be" : ".example"), i);
        }
        SupplierDomainIndex big = SupplierDomainIndex.of(many);
        assertThat(big.size()).isEqualTo(120_000);
        for (long i = 0; i < 120_000; i += 997) {
            String d = "supplier" + i + (i % 2 == 0 ? ".be" : ".example");
            assertThat(big.match("www." + d)).contains(new DomainMatch(i, d));
            assertThat(big.match("x" + d)).isEmpty();
        }
        assertThat(big.match("supplier5.be")).isEmpty();
    }

    @Test
    void matchesNothingWhenEmpty() {
        assertThat(SupplierDomainIndex.empty().match("medireg.be")).isEmpty();
    }
}
