package org.fazhi.shared;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

/**
 * Identity, optimistic locking and the note of what the last change was, for every table. One database sequence
 * with a block size of 50 serves all tables: SEQUENCE ids keep JDBC batching on (IDENTITY would switch it off) and
 * behave the same on H2 and PostgreSQL.
 */
@MappedSuperclass
public abstract class BaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fazhi_seq")
    @SequenceGenerator(name = "fazhi_seq", sequenceName = "fazhi_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Transient
    private String changeAction;

    @Transient
    private String changeReason;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /**
     * Names the change this entity is undergoing (e.g. {@code TRANSITION:FILED->INVESTIGATING}) and why; the audit
     * trail records both with the next event of this entity. A state-change method of an aggregate calls this.
     */
    protected void noteChange(String action, String reason) {
        this.changeAction = action;
        this.changeReason = reason;
    }

    /** The noted action and reason, cleared once taken, so that they belong to exactly one audit event. */
    public String[] takeChangeNote() {
        String[] note = {changeAction, changeReason};
        changeAction = null;
        changeReason = null;
        return note;
    }
}
