package org.fazhi.publicity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.AuditNamed;

/** 普法主题 — a theme a town added to the list its activities choose from, beyond {@link Themes#DEFAULTS}. */
@Entity
@Table(name = "publicity_theme")
public class Theme extends ScopedRecord implements AuditNamed {

    @Column(nullable = false, length = 40)
    private String name;

    protected Theme() {
    }

    Theme(String name, OrgUnitView holder) {
        this.name = name;
        assignHolder(holder);
    }

    @Override
    public String auditName() {
        return name;
    }

    public String getName() {
        return name;
    }
}
