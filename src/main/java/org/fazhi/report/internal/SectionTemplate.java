package org.fazhi.report.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.fazhi.shared.AuditNamed;
import org.fazhi.shared.BaseEntity;

/**
 * 段落模板 — the installation's own wording of a section, replacing the default shipped with the platform. Kept per
 * installation (not per town): every town's next draft starts from it.
 */
@Entity
@Table(name = "report_section_template")
public class SectionTemplate extends BaseEntity implements AuditNamed {

    @Column(name = "section_key", nullable = false, length = 40, unique = true)
    private String sectionKey;

    @Column(nullable = false, length = 8000)
    private String body;

    @Column(name = "updated_by", nullable = false, length = 60)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SectionTemplate() {
    }

    SectionTemplate(String sectionKey) {
        this.sectionKey = sectionKey;
    }

    void write(String body, String by, Instant at) {
        this.body = body;
        this.updatedBy = by;
        this.updatedAt = at;
        noteChange("TEMPLATE_EDITED", sectionKey);
    }

    public String getSectionKey() {
        return sectionKey;
    }

    public String getBody() {
        return body;
    }

    @Override
    public String auditName() {
        return sectionKey;
    }
}
