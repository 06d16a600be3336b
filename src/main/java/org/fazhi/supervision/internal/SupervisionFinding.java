package org.fazhi.supervision.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.AuditNamed;

/**
 * 监督发现 — one thing the data show was left undone: the rule, the record it is about (its type, id, title and page)
 * and the department that holds it. A record has at most one finding of a rule that is not closed; a finding raised
 * again after an earlier one was closed is a repeat (屡查屡犯).
 */
@Entity
@Table(name = "supervision_finding")
public class SupervisionFinding extends ScopedRecord implements AuditNamed {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private FindingRule rule;

    @Column(name = "subject_type", nullable = false, length = 60)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, length = 60)
    private String subjectId;

    @Column(name = "subject_title", nullable = false, length = 300)
    private String subjectTitle;

    @Column(length = 300)
    private String link;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "detected_on", nullable = false)
    private LocalDate detectedOn;

    @Column(name = "repeat_finding", nullable = false)
    private boolean repeat;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FindingState state;

    @Column(name = "notice_id")
    private Long noticeId;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    protected SupervisionFinding() {
    }

    /** What a rule found. */
    record Found(FindingRule rule, String subjectType, String subjectId, String title, String link, LocalDate dueOn) {
    }

    SupervisionFinding(Found f, OrgUnitView department, LocalDate detectedOn, boolean repeat) {
        this.rule = f.rule();
        this.subjectType = f.subjectType();
        this.subjectId = f.subjectId();
        this.subjectTitle = f.title().length() > 300 ? f.title().substring(0, 300) : f.title();
        this.link = f.link();
        this.dueOn = f.dueOn();
        this.detectedOn = detectedOn;
        this.repeat = repeat;
        this.state = FindingState.OPEN;
        noteChange(repeat ? "FINDING_REPEATED" : "FINDING_RAISED", rule.label());
        assignHolder(department);
    }

    void notify(long noticeId) {
        noteChange("TRANSITION:" + state + "->" + FindingState.NOTIFIED, null);
        this.state = FindingState.NOTIFIED;
        this.noticeId = noticeId;
    }

    void close(LocalDate on) {
        noteChange("TRANSITION:" + state + "->" + FindingState.CLOSED, null);
        this.state = FindingState.CLOSED;
        this.closedOn = on;
    }

    /** {@inheritDoc} Here: the title of the record the finding is about. */
    @Override
    public String auditName() {
        return subjectTitle;
    }

    public FindingRule getRule() { return rule; }
    public String getSubjectType() { return subjectType; }
    public String getSubjectId() { return subjectId; }
    public String getSubjectTitle() { return subjectTitle; }
    public String getLink() { return link; }
    public LocalDate getDueOn() { return dueOn; }
    public LocalDate getDetectedOn() { return detectedOn; }
    public boolean isRepeat() { return repeat; }
    public FindingState getState() { return state; }
    public Long getNoticeId() { return noticeId; }
    public LocalDate getClosedOn() { return closedOn; }
}
