package org.fazhi.publicity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.AuditNamed;

/**
 * 普法责任清单事项 — one item of a department's legal-education duty list for a year (谁执法谁普法): what it will do,
 * how many activities it plans, and the quarter by whose end they are due. Held by the department; the activities
 * linked to it count toward it.
 */
@Entity
@Table(name = "publicity_duty_item")
public class DutyItem extends ScopedRecord implements AuditNamed {

    @Column(name = "duty_year", nullable = false)
    private int year;

    @Column(nullable = false, length = 200)
    private String content;

    @Column(nullable = false)
    private int planned;

    @Column(name = "due_quarter", nullable = false)
    private int dueQuarter;

    protected DutyItem() {
    }

    DutyItem(int year, String content, int planned, int dueQuarter, OrgUnitView holder) {
        this.year = year;
        this.content = content;
        this.planned = planned;
        this.dueQuarter = dueQuarter;
        assignHolder(holder);
    }

    @Override
    public String auditName() {
        return year + " " + content;
    }

    public int getYear() {
        return year;
    }

    public String getContent() {
        return content;
    }

    public int getPlanned() {
        return planned;
    }

    public int getDueQuarter() {
        return dueQuarter;
    }
}
