package org.fazhi.report.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.report.internal.ReportState.Step;
import org.fazhi.shared.AuditNamed;
import org.fazhi.shared.RuleViolation;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * 法治政府建设年度报告 — one generated report of a town's year: who generated it, who approved and published it. Its
 * sections' texts are {@link SectionVersion}s; its figures are read live while a draft and frozen into
 * {@link FrozenFigure}s on approval. Held by the town's judicial office.
 */
@Entity
@Table(name = "report_rule_of_law")
public class RuleOfLawReport extends ScopedRecord implements AuditNamed {

    @Column(name = "report_year", nullable = false)
    private int reportYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReportState state;

    @Column(name = "generated_by", nullable = false, length = 60)
    private String generatedBy;

    @Column(name = "generated_at", nullable = false)
    private Instant generatedAt;

    @Column(name = "approved_by", length = 60)
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "published_by", length = 60)
    private String publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "edited_by", length = 60)
    private String editedBy;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "edited_section", length = 40)
    private String editedSection;

    protected RuleOfLawReport() {
    }

    RuleOfLawReport(int reportYear, OrgUnitView holder, String generatedBy, Instant generatedAt) {
        this.reportYear = reportYear;
        this.state = ReportState.DRAFT;
        this.generatedBy = generatedBy;
        this.generatedAt = generatedAt;
        assignHolder(holder);
        noteChange("REPORT_GENERATED", String.valueOf(reportYear));
    }

    /** Refuses a step the state does not allow, naming the step and the state; nothing is changed. */
    void require(Step step) {
        if (!state.steps().contains(step)) {
            throw new RuleViolation("report.step.notAllowed",
                    new DefaultMessageSourceResolvable("report.step." + step.name()),
                    new DefaultMessageSourceResolvable("report.enum.ReportState." + state.name()));
        }
    }

    private void move(Step step) {
        ReportState before = state;
        state = step.to();
        noteChange("TRANSITION:" + before + "->" + state, null);
    }

    void approve(String by, Instant at) {
        require(Step.APPROVE);
        this.approvedBy = by;
        this.approvedAt = at;
        move(Step.APPROVE);
    }

    /**
     * A section's text was saved: the report notes who edited which section and when, so that its version (and the
     * audit trail) covers the texts too and two edits based on the same version of the report cannot both be saved.
     */
    void sectionEdited(String key, String by, Instant at) {
        require(Step.EDIT);
        this.editedSection = key;
        this.editedBy = by;
        this.editedAt = at;
        noteChange("SECTION_EDITED", key);
    }

    void publish(String by, Instant at) {
        require(Step.PUBLISH);
        this.publishedBy = by;
        this.publishedAt = at;
        move(Step.PUBLISH);
    }

    public int getReportYear() {
        return reportYear;
    }

    public ReportState getState() {
        return state;
    }

    public String getGeneratedBy() {
        return generatedBy;
    }

    public Instant getGeneratedAt() {
        return generatedAt;
    }

    public String getEditedBy() {
        return editedBy;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    /** Whether the figures are frozen (approved or published). */
    public boolean frozen() {
        return state != ReportState.DRAFT;
    }

    /** {@inheritDoc} Here: the report's year. */
    @Override
    public String auditName() {
        return reportYear + "年度法治政府建设报告";
    }
}
