package org.fazhi.enforcement.internal;

import org.fazhi.shared.AuditPart;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.Personal;

/**
 * 案件其他人员 — a natural person named in a case besides the party: an agent (委托代理人), a witness (证人) or a
 * victim (被害人). The case knows their names so that its published decision never shows them (provincial rules on
 * online publication: names of natural persons other than the party are hidden).
 */
@Entity
@Table(name = "penalty_case_person")
public class CasePerson extends ScopedRecord implements AuditPart {

    /** The longest name kept. */
    static final int MAX_NAME = 50;

    @Column(name = "case_id", nullable = false)
    private long caseId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PersonRole role;
    @Personal
    @Column(nullable = false, length = MAX_NAME)
    private String name;

    protected CasePerson() {
    }

    CasePerson(PenaltyCase c, PersonRole role, String name, OrgUnitView holder) {
        this.caseId = c.getId();
        this.role = role;
        this.name = name.strip();
        assignHolder(holder);
    }

    public long getCaseId() { return caseId; }
    public PersonRole getRole() { return role; }
    public String getName() { return name; }

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
