package eu.nis2registry.exposure.parse;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class AttributionIndexTest {

    private static final long MEDIREG = 1;
    private static final long ITSERV = 2;
    private static final long HOSPITAL_A = 100;
    private static final long HOSPITAL_B = 200;
    private static final long HOSPITAL_C = 300;

    private final AttributionIndex index = AttributionIndex.of(List.of(
            new EngagementRef(HOSPITAL_A, MEDIREG, List.of("azA.portal.medireg.be", "portal.medireg.be"),
                    List.of("azhospital-a.be")),
            new EngagementRef(HOSPITAL_B, MEDIREG, List.of("portal.medireg.be", "B.Medireg.BE."),
                    List.of("azhospital-b.be", "mail.azhospital-b.be")),
            new EngagementRef(HOSPITAL_B, ITSERV, List.of("itserv.be"), List.of("azhospital-b.be")),
            new EngagementRef(HOSPITAL_C, ITSERV, List.of(), List.of("hospital-c.be"))));

    @Test
    void attributesByTheLoginsEmailDomainWhenThatOrganisationEngagesTheSupplier() {
        assertThat(index.attribute(MEDIREG, "portal.medireg.be", "azhospital-a.be")).hasValue(HOSPITAL_A);
        assertThat(index.attribute(MEDIREG, "unrelated.example", "staff.azhospital-b.be")).hasValue(HOSPITAL_B);
    }

    @Test
    void doesNotAttributeByEmailDomainWithoutAnEngagement() {
        // hospital C has no engagement with medireg
        assertThat(index.attribute(MEDIREG, "www.medireg.be", "hospital-c.be")).isEmpty();
    }

    @Test
    void attributesByAServiceHostUsedByOneOrganisation() {
        assertThat(index.attribute(MEDIREG, "b.medireg.be", null)).hasValue(HOSPITAL_B);
        assertThat(index.attribute(MEDIREG, "login.b.medireg.be", "gmail.example")).hasValue(HOSPITAL_B);
    }

    @Test
    void doesNotAttributeAHostSharedByOrganisations() {
        assertThat(index.attribute(MEDIREG, "portal.medireg.be", null)).isEmpty();
        assertThat(index.attribute(MEDIREG, "x.portal.medireg.be", "gmail.example")).isEmpty();
    }

    @Test
    void letsTheMostSpecificServiceHostDecide() {
        assertThat(index.attribute(MEDIREG, "aza.portal.medireg.be", null)).hasValue(HOSPITAL_A);
    }

    @Test
    void onlyLooksAtServiceHostsOfEngagementsWithThatSupplier() {
        assertThat(index.attribute(ITSERV, "b.medireg.be", null)).isEmpty();
        assertThat(index.attribute(ITSERV, "vpn.itserv.be", null)).hasValue(HOSPITAL_B);
    }

    @Test
    void letsTheEmailDomainWinOverTheServiceHost() {
        assertThat(index.attribute(MEDIREG, "b.medireg.be", "azhospital-a.be")).hasValue(HOSPITAL_A);
    }

    @Test
    void respectsLabelBoundaries() {
        assertThat(index.attribute(MEDIREG, "evil-b.medireg.be", "evil-azhospital-a.be")).isEmpty();
    }

    @Test
    void attributesNothingWithAnEmptyIndex() {
        assertThat(AttributionIndex.empty().attribute(MEDIREG, "b.medireg.be", "azhospital-a.be"))
                .isEqualTo(OptionalLong.empty());
    }

    @Test
    void attributesScannedCandidates() {
        LeakScanner scanner = Scans.builder(LeakFormat.ULP).attribution(AttributionIndex.of(List.of(
                new EngagementRef(HOSPITAL_A, Scans.MEDIREG, List.of("a.medireg.example"), List.of("az-a.example")),
                new EngagementRef(HOSPITAL_B, Scans.MEDIREG, List.of("portal.medireg.example"), List.of()),
                new EngagementRef(HOSPITAL_C, Scans.MEDIREG, List.of("portal.medireg.example"), List.of()))))
                .build();
        List<ObservationCandidate> cs = Scans.run(scanner, "portal.medireg.example:x@az-a.example:p\n"
                + "a.medireg.example:x:p\nportal.medireg.example:x:p\n").candidates();
        assertThat(cs).extracting(ObservationCandidate::organizationId).containsExactly(HOSPITAL_A, HOSPITAL_A, null);
    }
}
