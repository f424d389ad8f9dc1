package eu.nis2registry.exposure.service;

import eu.nis2registry.exposure.parse.AttributionIndex;
import eu.nis2registry.exposure.parse.EngagementRef;
import eu.nis2registry.exposure.parse.SupplierDomainIndex;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds, once per import, the look-up structures the scanner matches every line against. */
@ApplicationScoped
public class MatchingIndexes {

    public record Indexes(SupplierDomainIndex suppliers, AttributionIndex attribution) {
    }

    private final DataSource dataSource;

    public MatchingIndexes(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Indexes load() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            SupplierDomainIndex.Builder suppliers = SupplierDomainIndex.builder();
            try (ResultSet rs = statement.executeQuery("SELECT domain, supplier_id FROM supplier_domain")) {
                while (rs.next()) {
                    suppliers.add(rs.getString(1), rs.getLong(2));
                }
            }
            Map<Long, Set<String>> emailDomains = new HashMap<>();
            try (ResultSet rs = statement.executeQuery("SELECT organization_id, domain FROM organization_email_domain")) {
                while (rs.next()) {
                    emailDomains.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
                }
            }
            Map<Long, long[]> engagements = new HashMap<>();
            try (ResultSet rs = statement.executeQuery("SELECT id, organization_id, supplier_id FROM engagement")) {
                while (rs.next()) {
                    engagements.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)});
                }
            }
            Map<Long, Set<String>> hosts = new HashMap<>();
            try (ResultSet rs = statement.executeQuery("SELECT engagement_id, host FROM engagement_service_host")) {
                while (rs.next()) {
                    hosts.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
                }
            }
            List<EngagementRef> refs = new ArrayList<>();
            engagements.forEach((id, orgAndSupplier) -> refs.add(new EngagementRef(orgAndSupplier[0], orgAndSupplier[1],
                    hosts.getOrDefault(id, Set.of()), emailDomains.getOrDefault(orgAndSupplier[0], Set.of()))));
            return new Indexes(suppliers.build(), AttributionIndex.of(refs));
        }
    }
}
