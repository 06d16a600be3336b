package org.fazhi.officer.internal;

import org.fazhi.shared.AuditNamed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.Personal;
import org.fazhi.shared.PersonalMasking;

/** 执法人员 — an enforcement officer of a town unit. */
@Entity
@Table(name = "enforcement_officer")
public class EnforcementOfficer extends ScopedRecord implements AuditNamed {

    @Column(name = "full_name", nullable = false, length = 50)
    private String name;

    @Personal
    @Column(name = "id_number", nullable = false, length = 18)
    private String idNumber;

    @Column(nullable = false, length = 100)
    private String category;

    @Enumerated(EnumType.STRING)
    @Column(name = "exam_result", nullable = false, length = 20)
    private ExamResult examResult;

    @Column(length = 60)
    private String username;

    @Column(nullable = false)
    private boolean active = true;

    protected EnforcementOfficer() {
    }

    EnforcementOfficer(String name, String idNumber, OrgUnitView unit, String category, ExamResult examResult,
                       String username) {
        this.name = name;
        this.idNumber = idNumber;
        this.category = category;
        this.examResult = examResult;
        this.username = username;
        assignHolder(unit);
    }

    void update(String name, OrgUnitView unit, String category, ExamResult examResult, String username) {
        this.name = name;
        this.category = category;
        this.examResult = examResult;
        this.username = username;
        assignHolder(unit);
    }

    void leave(String reason) {
        noteChange("OFFICER_CLEARED", reason);
        this.active = false;
    }

    void reinstate() {
        this.active = true;
    }

    public String getName() {
        return name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    /** The ID number as pages show it: 3206**********1234. */
    public String getMaskedIdNumber() {
        return PersonalMasking.idNumber(idNumber);
    }

    public String getCategory() {
        return category;
    }

    public ExamResult getExamResult() {
        return examResult;
    }

    public String getUsername() {
        return username;
    }

    public boolean isActive() {
        return active;
    }

    /** {@inheritDoc} Here: the officer's name (public on the officer list, not masked). */
    @Override
    public String auditName() {
        return name;
    }
}
