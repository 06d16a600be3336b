package org.fazhi.study.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.AuditNamed;

/**
 * 述法 — the statement the first responsible person for building the rule of law (党政主要负责人) gives on their
 * duty for a year; the signed text is kept as its attachment.
 */
@Entity
@Table(name = "study_statement")
public class DutyStatement extends ScopedRecord implements AuditNamed {

    /** The attachment owner type of a statement's signed copy. */
    public static final String FILES = "study-statement";

    @Column(name = "statement_year", nullable = false)
    private int year;

    @Column(nullable = false, length = 60)
    private String responsible;

    @Column(nullable = false, length = 8000)
    private String content;

    protected DutyStatement() {
    }

    DutyStatement(int year, String responsible, String content, OrgUnitView holder) {
        this.year = year;
        this.responsible = responsible;
        this.content = content;
        assignHolder(holder);
    }

    void rewrite(String responsible, String content) {
        this.responsible = responsible;
        this.content = content;
    }

    @Override
    public String auditName() {
        return year + " 述法";
    }

    public int getYear() {
        return year;
    }

    public String getResponsible() {
        return responsible;
    }

    public String getContent() {
        return content;
    }
}
