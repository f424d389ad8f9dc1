package eu.nis2registry.exposure;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** How many observations an import stored for one supplier. */
@Entity
@Table(name = "leak_import_supplier")
@IdClass(LeakImportSupplier.Key.class)
public class LeakImportSupplier extends PanacheEntityBase {

    @Id
    @Column(name = "import_id")
    public Long importId;

    @Id
    @Column(name = "supplier_id")
    public Long supplierId;

    @Column(nullable = false)
    public long observations;

    @Column(nullable = false)
    public long privileged;

    public static class Key implements Serializable {
        public Long importId;
        public Long supplierId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(importId, k.importId) && Objects.equals(supplierId, k.supplierId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(importId, supplierId);
        }
    }
}
