package org.fazhi.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.Personal;

/** A minimal town record (test only) that proves the data scope and the audit trail on any record type. */
@Entity
@Table(name = "scope_probe")
public class ScopeProbe extends ScopedRecord {

    @Column(nullable = false)
    private String title;

    @Personal
    @Column(name = "id_number")
    private String idNumber;

    private ProbePart part;

    protected ScopeProbe() {
    }

    public ScopeProbe(OrgUnitView holder, String title, String idNumber) {
        assignHolder(holder);
        this.title = title;
        this.idNumber = idNumber;
    }

    public ScopeProbe withPart(ProbePart part) {
        this.part = part;
        return this;
    }

    public void retitle(String newTitle) {
        this.title = newTitle;
    }

    public void handTo(OrgUnitView holder, String reason) {
        assignHolder(holder);
        noteChange("HAND_OVER", reason);
    }

    public String getTitle() {
        return title;
    }
}
