package org.fazhi.counsel.internal;

import org.fazhi.shared.AuditNamed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;

/**
 * 法律明白人 (held by their village) or 法治副校长 (held by the town, with the school served): name, the unit they work
 * in, and the day of their last training.
 */
@Entity
@Table(name = "counsel_team_member")
public class TeamMember extends ScopedRecord implements AuditNamed {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private TeamMemberKind kind;

    @Column(name = "full_name", nullable = false, length = 50)
    private String name;

    @Column(name = "work_unit", nullable = false, length = 100)
    private String workUnit;

    @Column(length = 100)
    private String school;

    @Column(name = "trained_on")
    private LocalDate trainedOn;

    protected TeamMember() {
    }

    TeamMember(TeamMemberKind kind, String name, String workUnit, String school, LocalDate trainedOn,
               OrgUnitView holder) {
        this.kind = kind;
        this.name = name;
        this.workUnit = workUnit;
        this.school = school;
        this.trainedOn = trainedOn;
        assignHolder(holder);
    }

    public TeamMemberKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getWorkUnit() {
        return workUnit;
    }

    public String getSchool() {
        return school;
    }

    public LocalDate getTrainedOn() {
        return trainedOn;
    }

    /** {@inheritDoc} Here: the person's name (public on the village's or school's notice board). */
    @Override
    public String auditName() {
        return name;
    }
}
