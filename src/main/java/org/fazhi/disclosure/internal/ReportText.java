package org.fazhi.disclosure.internal;

import org.fazhi.shared.AuditNamed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;

/**
 * 年度报告文字部分 — what staff write in an annual disclosure report (sections 一 总体情况, 五 存在的主要问题及改进情况,
 * 六 其他需要报告的事项) and the two figures of table 二 that no module of the platform records yet, entered by hand:
 * 行政许可 decisions and 行政事业性收费 income.
 */
@Entity
@Table(name = "disclosure_report_text")
public class ReportText extends ScopedRecord implements AuditNamed {

    static final int MAX_TEXT = 20000;

    @Column(name = "report_year", nullable = false)
    private int reportYear;

    @Column(length = MAX_TEXT)
    private String overview;

    @Column(length = MAX_TEXT)
    private String problems;

    @Column(name = "other_matters", length = MAX_TEXT)
    private String otherMatters;

    @Column(name = "licence_decisions")
    private Integer licenceDecisions;

    @Column(name = "fee_income_wan", precision = 14, scale = 4)
    private BigDecimal feeIncomeWan;

    protected ReportText() {
    }

    static ReportText of(int year, OrgUnitView holder) {
        ReportText t = new ReportText();
        t.reportYear = year;
        t.assignHolder(holder);
        return t;
    }

    void edit(String overview, String problems, String otherMatters, Integer licenceDecisions,
              BigDecimal feeIncomeWan) {
        this.overview = overview;
        this.problems = problems;
        this.otherMatters = otherMatters;
        this.licenceDecisions = licenceDecisions;
        this.feeIncomeWan = feeIncomeWan;
        noteChange("DISCLOSURE_REPORT_EDITED", String.valueOf(reportYear));
    }

    public int reportYear() {
        return reportYear;
    }

    public String overview() {
        return overview;
    }

    public String problems() {
        return problems;
    }

    public String otherMatters() {
        return otherMatters;
    }

    public Integer licenceDecisions() {
        return licenceDecisions;
    }

    public BigDecimal feeIncomeWan() {
        return feeIncomeWan;
    }

    /** {@inheritDoc} Here: the report's year. */
    @Override
    public String auditName() {
        return String.valueOf(reportYear);
    }
}
