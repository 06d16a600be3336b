package org.fazhi.report.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;

/**
 * 段落版本 — one version of one section's text, with its figure placeholders ({@code {mediation.accepted}}), who
 * wrote it and when. Versions are never changed: an edit adds the next revision. {@code typedFigures} remembers the
 * figures whose placeholder was replaced by a number typed by hand (key → the number typed).
 */
@Entity
@Table(name = "report_section_version")
public class SectionVersion extends ScopedRecord {

    @Column(name = "report_id", nullable = false)
    private long reportId;

    @Column(name = "section_key", nullable = false, length = 40)
    private String sectionKey;

    @Column(nullable = false)
    private int revision;

    @Column(nullable = false, length = 8000)
    private String body;

    @Column(name = "typed_figures", length = 2000)
    private String typedFigures;

    @Column(name = "written_by", nullable = false, length = 60)
    private String writtenBy;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected SectionVersion() {
    }

    SectionVersion(RuleOfLawReport report, String sectionKey, int revision, String body, Map<String, String> typed,
                   String writtenBy, Instant writtenAt, OrgUnitView holder) {
        this.reportId = report.getId();
        this.sectionKey = sectionKey;
        this.revision = revision;
        this.body = body;
        this.typedFigures = typed.isEmpty() ? null : String.join(";", typed.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).toList());
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
        assignHolder(holder);
        noteChange(revision == 1 ? "SECTION_GENERATED" : "SECTION_EDITED", sectionKey);
    }

    public long getReportId() {
        return reportId;
    }

    public String getSectionKey() {
        return sectionKey;
    }

    public int getRevision() {
        return revision;
    }

    public String getBody() {
        return body;
    }

    /** The figures typed over by hand: key → the number typed, in the order noted. */
    public Map<String, String> typed() {
        Map<String, String> out = new LinkedHashMap<>();
        if (typedFigures != null) {
            for (String pair : typedFigures.split(";")) {
                int eq = pair.indexOf('=');
                out.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return out;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
