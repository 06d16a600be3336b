package org.fazhi.report.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;

/**
 * 审定数据 — a figure as it stood when the report was approved, with its label, source module and definition (the link to its records is the platform's page, derived again): an approved
 * report reads these, never the statistics again.
 */
@Entity
@Table(name = "report_frozen_figure")
public class FrozenFigure extends ScopedRecord {

    @Column(name = "report_id", nullable = false)
    private long reportId;

    @Column(name = "figure_key", nullable = false, length = 80)
    private String figureKey;

    @Column(name = "figure_value", length = 40)
    private String figureValue;

    @Column(nullable = false, length = 200)
    private String label;

    @Column(nullable = false, length = 40)
    private String module;

    @Column(nullable = false, length = 1000)
    private String definition;

    protected FrozenFigure() {
    }

    FrozenFigure(RuleOfLawReport report, ReportFigure f, OrgUnitView holder) {
        this.reportId = report.getId();
        this.figureKey = f.key();
        this.figureValue = f.value();
        this.label = f.label();
        this.module = f.module();
        this.definition = f.definition();
        assignHolder(holder);
    }

    /** The figure as approved, leading to {@code link} (links are not frozen: they are the platform's pages). */
    ReportFigure figure(String link) {
        return new ReportFigure(figureKey, figureValue, label, module, definition, link);
    }

    public String getFigureKey() {
        return figureKey;
    }

    public long getReportId() {
        return reportId;
    }
}
