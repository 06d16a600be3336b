package org.fazhi.enforcement.internal;

import org.fazhi.shared.AuditPart;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;

/**
 * 证据查阅记录 — one look at one file of a case's full-process records (执法全过程记录): who viewed or downloaded it,
 * and when. The evidence manifest lists them beside each file, so a review or a court sees who had the evidence.
 */
@Entity
@Table(name = "penalty_evidence_access")
public class EvidenceAccess extends ScopedRecord implements AuditPart {

    /** How the file was read. */
    public enum Kind {
        /** 在线查看 */
        VIEW,
        /** 下载 */
        DOWNLOAD
    }

    @Column(name = "case_id", nullable = false)
    private long caseId;
    @Column(name = "step_id", nullable = false)
    private long stepId;
    @Column(name = "file_id", nullable = false)
    private long fileId;
    @Column(nullable = false, length = 60)
    private String viewer;
    @Enumerated(EnumType.STRING)
    @Column(name = "access_kind", nullable = false, length = 20)
    private Kind kind;
    @Column(name = "accessed_at", nullable = false)
    private Instant accessedAt;

    protected EvidenceAccess() {
    }

    EvidenceAccess(long caseId, long stepId, long fileId, String viewer, Kind kind, Instant at, OrgUnitView holder) {
        this.caseId = caseId;
        this.stepId = stepId;
        this.fileId = fileId;
        this.viewer = viewer;
        this.kind = kind;
        this.accessedAt = at;
        assignHolder(holder);
    }

    public long getCaseId() { return caseId; }
    public long getStepId() { return stepId; }
    public long getFileId() { return fileId; }
    public String getViewer() { return viewer; }
    public Kind getKind() { return kind; }
    public Instant getAccessedAt() { return accessedAt; }

    /** {@inheritDoc} Here: a part of its case. */
    @Override
    public Class<?> auditOwnerType() {
        return PenaltyCase.class;
    }

    @Override
    public Object auditOwnerId() {
        return caseId;
    }
}
