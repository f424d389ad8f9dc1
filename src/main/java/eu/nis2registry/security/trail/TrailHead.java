package eu.nis2registry.security.trail;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row every trail writer locks, so that entries form one chain across instances. */
@Entity
@Table(name = "audit_trail_head")
public class TrailHead extends PanacheEntityBase {

    @Id
    public Integer id;

    @Column(name = "last_seq", nullable = false)
    public long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    public String lastHash;
}
