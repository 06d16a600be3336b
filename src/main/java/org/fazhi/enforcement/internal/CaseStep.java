package org.fazhi.enforcement.internal;

import org.fazhi.shared.AuditPart;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;

/**
 * 执法全过程记录 — one step taken on a case (ProcessRecord): when, by whom, which officers, and, as attachments of
 * this step, its documents, photos, audio and video.
 */
@Entity
@Table(name = "penalty_case_step")
public class CaseStep extends ScopedRecord implements AuditPart {

    @Column(name = "case_id", nullable = false)
    private long caseId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Step step;
    @Column(name = "step_on", nullable = false)
    private LocalDate on;
    @Column(name = "officer_ids", length = 200)
    private String officerIds;
    @Column(name = "officer_names", length = 500)
    private String officerNames;
    @Column(length = 2000)
    private String note;
    @Column(nullable = false, length = 60)
    private String actor;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected CaseStep() {
    }

    CaseStep(PenaltyCase c, Step step, LocalDate on, List<Long> officerIds, String officerNames, String note,
             String actor, Instant at, OrgUnitView holder) {
        this.caseId = c.getId();
        this.step = step;
        this.on = on;
        this.officerIds = officerIds == null || officerIds.isEmpty() ? null
                : String.join(",", officerIds.stream().map(String::valueOf).toList());
        this.officerNames = officerNames;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.actor = actor;
        this.recordedAt = at;
        assignHolder(holder);
    }

    public long getCaseId() { return caseId; }
    public Step getStep() { return step; }
    public LocalDate getOn() { return on; }
    public String getOfficerNames() { return officerNames; }
    public String getNote() { return note; }
    public String getActor() { return actor; }
    public Instant getRecordedAt() { return recordedAt; }

    public List<Long> getOfficerIds() {
        return officerIds == null ? List.of() : Arrays.stream(officerIds.split(",")).map(Long::valueOf).toList();
    }

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
