package eu.nis2registry.inventory.demo;

import eu.nis2registry.inventory.Access;
import eu.nis2registry.inventory.ContractClause;
import eu.nis2registry.inventory.Criticality;
import eu.nis2registry.inventory.DataCategory;
import eu.nis2registry.inventory.Engagement;
import eu.nis2registry.inventory.Nis2Category;
import eu.nis2registry.inventory.Organization;
import eu.nis2registry.inventory.Supplier;
import eu.nis2registry.security.Role;
import eu.nis2registry.security.user.AppUser;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Development only: the story of the news case on an empty database. Five hospitals use one online
 * patient-registration supplier (MediReg, hosted at CloudHost); an IT supplier (ITServ) with full
 * administrator access supports two hospitals, a logistics company and a municipality, through a
 * remote-support subcontractor (RemoteDesk). Names and domains are fictitious.
 */
@ApplicationScoped
@IfBuildProfile("dev")
public class DemoData {

    public static final String DEMO_PASSWORD = "Demo-Registry-2026";

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    private final Clock clock;

    public DemoData(Clock clock) {
        this.clock = clock;
    }

    @Transactional
    void seed(@Observes @Priority(100) StartupEvent event) {
        if (Organization.count() > 0) {
            return;
        }
        Instant now = clock.instant();
        List<Organization> hospitals = List.of(
                organization("AZ Scheldeland", "0403.170.701", "Health", Nis2Category.ESSENTIAL, "azhospital-a.example", now),
                organization("AZ Kempenhof", "0887.654.324", "Health", Nis2Category.ESSENTIAL, "azhospital-b.example", now),
                organization("Ziekenhuis Maasvallei", "0712.345.630", "Health", Nis2Category.ESSENTIAL, "azhospital-c.example", now),
                organization("Clinique Saint-Lambert", "0550.123.424", "Health", Nis2Category.ESSENTIAL, "azhospital-d.example", now),
                organization("UZ Leiezicht", "0665.012.303", "Health", Nis2Category.ESSENTIAL, "azhospital-e.example", now));
        Organization logistics = organization("Logistiek Vlaanderen", "0445.566.728", "Transport", Nis2Category.IMPORTANT,
                "logistiek-vl.example", now);
        Organization municipality = organization("Stad Voorbeeldstad", "0812.345.009", "Public administration",
                Nis2Category.ESSENTIAL, "voorbeeldstad.example", now);

        Supplier cloudHost = supplier("CloudHost", "0901.234.522", "BE", Set.of("cloudhost.example"), now);
        Supplier mediReg = supplier("MediReg", "0778.899.013", "BE", Set.of("medireg.example"), now);
        Supplier remoteDesk = supplier("RemoteDesk", "IE6388047V", "IE", Set.of("remotedesk.example"), now);
        Supplier itServ = supplier("ITServ", "0556.677.852", "BE", Set.of("itserv.example"), now);
        mediReg.subcontractors.add(cloudHost);
        itServ.subcontractors.add(remoteDesk);

        char tenant = 'a';
        for (Organization hospital : hospitals) {
            engagement(hospital, mediReg, "Online patient registration",
                    Set.of("portal.medireg.example", "azhospital-" + tenant++ + ".medireg.example"),
                    EnumSet.of(DataCategory.HEALTH, DataCategory.PERSONAL, DataCategory.CREDENTIALS),
                    Access.USER, Criticality.CRITICAL,
                    EnumSet.of(ContractClause.SECURITY_REQUIREMENTS, ContractClause.TERMINATION), now);
        }
        for (Organization client : List.of(hospitals.get(0), hospitals.get(1), logistics, municipality)) {
            engagement(client, itServ, "Managed IT support and remote administration",
                    Set.of("vpn.itserv.example", "rdweb.itserv.example"),
                    EnumSet.of(DataCategory.CREDENTIALS, DataCategory.PERSONAL),
                    Access.PRIVILEGED, client.nis2Category == Nis2Category.ESSENTIAL ? Criticality.HIGH : Criticality.MEDIUM,
                    EnumSet.of(ContractClause.SECURITY_REQUIREMENTS, ContractClause.INCIDENT_NOTIFICATION,
                            ContractClause.AUDIT_RIGHT), now);
        }

        Set<Long> hospitalIds = new HashSet<>(hospitals.stream().map(h -> h.id).toList());
        user("ciso.scheldeland", Role.CISO, Set.of(hospitals.get(0).id), false, now);
        user("compliance.scheldeland", Role.COMPLIANCE_OFFICER, Set.of(hospitals.get(0).id), false, now);
        user("compliance.kempenhof", Role.COMPLIANCE_OFFICER, Set.of(hospitals.get(1).id), false, now);
        user("ciso.kempenhof", Role.CISO, Set.of(hospitals.get(1).id), false, now);
        user("auditor.hospitals", Role.AUDITOR, hospitalIds, false, now);
        user("ciso.sector", Role.CISO, Set.of(), true, now);
        LOG.infof("Demo data created: 7 organisations, 4 suppliers, 9 engagements, 6 users (password %s)", DEMO_PASSWORD);
    }

    private static Organization organization(String name, String number, String sector, Nis2Category category,
            String emailDomain, Instant now) {
        Organization o = new Organization();
        o.name = name;
        o.enterpriseNumber = number;
        o.sector = sector;
        o.nis2Category = category;
        o.emailDomains = new HashSet<>(Set.of(emailDomain));
        o.createdAt = now;
        o.updatedAt = now;
        o.persist();
        return o;
    }

    private static Supplier supplier(String name, String number, String country, Set<String> domains, Instant now) {
        Supplier s = new Supplier();
        s.name = name;
        s.enterpriseNumber = number;
        s.country = country;
        s.domains = new HashSet<>(domains);
        s.createdAt = now;
        s.updatedAt = now;
        s.persist();
        return s;
    }

    private static void engagement(Organization organization, Supplier supplier, String service, Set<String> hosts,
            Set<DataCategory> data, Access access, Criticality criticality, Set<ContractClause> clauses, Instant now) {
        Engagement e = new Engagement();
        e.organization = organization;
        e.supplier = supplier;
        e.service = service;
        e.serviceHosts = new HashSet<>(hosts);
        e.dataCategories = EnumSet.copyOf(data);
        e.access = access;
        e.criticality = criticality;
        e.contractClauses = EnumSet.copyOf(clauses);
        e.createdAt = now;
        e.updatedAt = now;
        // The demo starts where the news case did: nobody has audited these suppliers yet.
        e.nextAuditDue = LocalDate.ofInstant(now, ZoneOffset.UTC);
        e.persist();
    }

    private static void user(String username, Role role, Set<Long> organizations, boolean all, Instant now) {
        AppUser user = new AppUser();
        user.username = username;
        user.passwordHash = BcryptUtil.bcryptHash(DEMO_PASSWORD);
        user.roles = new HashSet<>(Set.of(role));
        user.organizationIds = new HashSet<>(organizations);
        user.allOrganizations = all;
        user.createdAt = now;
        user.persist();
    }
}
