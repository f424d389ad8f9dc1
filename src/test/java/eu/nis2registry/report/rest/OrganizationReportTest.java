package eu.nis2registry.report.rest;

import eu.nis2registry.inventory.Access;
import eu.nis2registry.inventory.ContractClause;
import eu.nis2registry.inventory.Criticality;
import eu.nis2registry.inventory.DataCategory;
import eu.nis2registry.inventory.Engagement;
import eu.nis2registry.inventory.Organization;
import eu.nis2registry.inventory.Supplier;
import eu.nis2registry.report.Pdfs;
import eu.nis2registry.report.rest.ReportFixtures.Story;
import eu.nis2registry.scoring.service.RiskService;
import eu.nis2registry.support.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static eu.nis2registry.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class OrganizationReportTest {

    @Inject
    RiskService risks;

    @Test
    void registerListsEveryEngagementWithTiersMatrixAndSuppliers() {
        Story story = ReportFixtures.story(Api.unique("UZ Leiezicht"), Api.unique("MediReg"));
        ReportFixtures.audit(story, "post-leak", true);
        String cloudName = Api.unique("CloudHost");
        long cloud = Api.createSupplier(cloudName, Api.unique("ch") + ".example");
        as(Api.admin()).body(Map.of("subcontractorId", cloud)).post("/api/suppliers/" + story.supplier() + "/subcontractors")
                .then().statusCode(204);
        String itServName = Api.unique("ITServ");
        long itServ = Api.createSupplier(itServName, Api.unique("it") + ".example");
        as(story.officer().token()).body(Map.of("supplierId", itServ, "service", "Managed IT support and remote administration",
                        "serviceHosts", List.of(), "dataCategories", List.of("CREDENTIALS", "PERSONAL"), "access", "PRIVILEGED",
                        "criticality", "HIGH"))
                .post("/api/organizations/" + story.organization() + "/engagements").then().statusCode(201);

        JsonPath made = ReportFixtures.create(story.auditor().token(), Map.of("kind", "ORGANIZATION",
                "organizationId", story.organization()));
        assertThat(made.getString("language")).isEqualTo("en");
        assertThat(made.getList("organizationIds", Long.class)).containsExactly(story.organization());
        byte[] pdf = ReportFixtures.pdf(story.auditor().token(), made.getLong("id"));
        List<String> pages = Pdfs.pageTexts(pdf);
        ReportFixtures.assertPageNumbers(pages, "Page %d of %d");
        String text = String.join(" ", pages);
        String today = LocalDate.now().toString();
        assertThat(text).contains("Supplier register", story.organizationName(), "Register of engagements",
                story.supplierName(), "Patient registration", itServName, "Managed IT support and remote administration",
                "never", today, cloudName, "Risk matrix: criticality of the service x risk tier", "Tier distribution of the engagements",
                "Direct suppliers and service providers", "Enterprise number not provided", "IR 2024/2690 Annex point 5.2",
                "keeps a register of 2 engagements with 2 direct suppliers");
        assertThat(text).containsPattern("(LOW|MEDIUM|HIGH|CRITICAL)");
        assertThat(Pdfs.png(pdf, 1)).isNotEmpty();

        String french = Pdfs.text(ReportFixtures.pdf(story.auditor().token(), ReportFixtures.create(story.auditor().token(),
                Map.of("kind", "ORGANIZATION", "organizationId", story.organization(), "language", "fr")).getLong("id")));
        assertThat(french).contains("Registre des fournisseurs", "Registre des relations fournisseurs", "jamais",
                "Numéro d'entreprise non communiqué", "Page 1 sur");
    }

    @Test
    void otherOrganisationsRegisterIsNotFound() {
        Story mine = ReportFixtures.story(Api.unique("AZ Mine"), Api.unique("Mine supplier"));
        Story theirs = ReportFixtures.story(Api.unique("AZ Theirs"), Api.unique("Their supplier"));
        as(mine.auditor().token()).body(Map.of("kind", "ORGANIZATION", "organizationId", theirs.organization()))
                .post("/api/reports").then().statusCode(404);
        as(mine.auditor().token()).body(Map.of("kind", "ORGANIZATION", "organizationId", 987_654_321L))
                .post("/api/reports").then().statusCode(404);
    }

    @Test
    void registerOf2000EngagementsHasEveryRowAndNumbersEveryPage() {
        long organization = Api.createOrganization(Api.unique("Ziekenhuisnetwerk Antwerpen"), Api.unique("zna") + ".example");
        Api.User auditor = Api.user("AUDITOR", List.of(organization));
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> insertEngagements(organization, 2000, 150));
        QuarkusTransaction.requiringNew().run(() -> risks.recompute(ids, "report test"));

        long started = System.nanoTime();
        JsonPath made = ReportFixtures.create(auditor.token(), Map.of("kind", "ORGANIZATION", "organizationId", organization));
        long millis = (System.nanoTime() - started) / 1_000_000;
        byte[] pdf = ReportFixtures.pdf(auditor.token(), made.getLong("id"));
        List<String> pages = Pdfs.pageTexts(pdf);
        System.out.printf("ORGANIZATION report of 2,000 engagements: %d pages, %d bytes, made in %d ms%n", pages.size(),
                pdf.length, millis);

        assertThat(made.getInt("pages")).isEqualTo(pages.size()).isGreaterThan(50);
        ReportFixtures.assertPageNumbers(pages, "Page %d of %d");
        String text = String.join(" ", pages);
        for (int i = 0; i < 2000; i++) {
            assertThat(text.contains("Service line " + i + " ")).as("engagement %d in the register", i).isTrue();
        }
        assertThat(text).contains("2,000 engagements with 150 direct suppliers");
    }

    /** Engagements straight into the inventory: 2,000 through the API would make the test slow for nothing. */
    static List<Long> insertEngagements(long organizationId, int count, int suppliers) {
        Organization organization = Organization.findById(organizationId);
        Instant now = Instant.now();
        List<Supplier> created = new ArrayList<>();
        for (int s = 0; s < suppliers; s++) {
            Supplier supplier = new Supplier();
            supplier.name = "Register supplier " + s + " " + organizationId;
            supplier.country = s % 3 == 0 ? "BE" : null;
            supplier.domains = new HashSet<>();
            supplier.createdAt = now;
            supplier.updatedAt = now;
            supplier.persist();
            created.add(supplier);
        }
        List<Long> ids = new ArrayList<>(count);
        Access[] access = Access.values();
        Criticality[] criticality = Criticality.values();
        for (int i = 0; i < count; i++) {
            Engagement e = new Engagement();
            e.organization = organization;
            e.supplier = created.get(i % suppliers);
            e.service = "Service line " + i;
            e.serviceHosts = new HashSet<>();
            e.dataCategories = i % 2 == 0 ? EnumSet.of(DataCategory.HEALTH, DataCategory.PERSONAL)
                    : EnumSet.of(DataCategory.FINANCIAL);
            e.access = access[i % access.length];
            e.criticality = criticality[i % criticality.length];
            e.contractClauses = EnumSet.noneOf(ContractClause.class);
            e.nextAuditDue = LocalDate.now().plusDays(i % 400 - 30);
            e.createdAt = now;
            e.updatedAt = now;
            e.persist();
            ids.add(e.id);
        }
        return ids;
    }
}
