package org.fazhi.report.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;

/**
 * 审定数据 — a figure as it stood when the report was approved, with its label, source and definition: an approved
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

    @Column(length = 300)
    private String link;

    protected FrozenFigure() {
    }

    FrozenFigure(RuleOfLawReport report, ReportFigure f, OrgUnitView holder) {
        this.reportId = report.getId();
        this.figureKey = f.key();
        this.figureValue = f.value();
        this.label = f.label();
        this.module = f.module();
        this.definition = f.definition();
        this.link = f.link();
        assignHolder(holder);
    }

    ReportFigure figure() {
        return new ReportFigure(figureKey, figureValue, label, module, definition, link);
    }

    public long getReportId() {
        return reportId;
    }
}
