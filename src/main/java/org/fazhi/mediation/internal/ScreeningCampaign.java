package org.fazhi.mediation.internal;

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
 * 专项排查 — a screening campaign the town opens (两会, holidays, finance, rural …) for a period over chosen villages;
 * each village reports through its own {@link CampaignAssignment}.
 */
@Entity
@Table(name = "mediation_campaign")
public class ScreeningCampaign extends ScopedRecord implements AuditNamed {

    @Column(nullable = false)
    private String title;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CampaignTheme theme;
    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;
    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;
    private String plan;
    @Column(name = "opened_by", nullable = false)
    private String openedBy;

    protected ScreeningCampaign() {
    }

    ScreeningCampaign(OrgUnitView holder, String title, CampaignTheme theme, LocalDate startsOn, LocalDate endsOn,
                      String plan, String openedBy) {
        assignHolder(holder);
        this.title = title;
        this.theme = theme;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.plan = plan;
        this.openedBy = openedBy;
        noteChange("OPEN", null);
    }

    public String getTitle() { return title; }
    public CampaignTheme getTheme() { return theme; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public String getPlan() { return plan; }
    public String getOpenedBy() { return openedBy; }

    /** {@inheritDoc} Here: the campaign's title. */
    @Override
    public String auditName() {
        return title;
    }
}
