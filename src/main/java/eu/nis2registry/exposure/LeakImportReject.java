package eu.nis2registry.exposure;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** A line of an import that could not be read: its number and a fixed reason, never its content. */
@Entity
@Table(name = "leak_import_reject")
@IdClass(LeakImportReject.Key.class)
public class LeakImportReject extends PanacheEntityBase {

    @Id
    @Column(name = "import_id")
    public Long importId;

    @Id
    @Column(name = "line_number")
    public Long lineNumber;

    @Column(nullable = false, length = 200)
    public String reason;

    public static class Key implements Serializable {
        public Long importId;
        public Long lineNumber;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(importId, k.importId) && Objects.equals(lineNumber, k.lineNumber);
        }

        @Override
        public int hashCode() {
            return Objects.hash(importId, lineNumber);
        }
    }
}
