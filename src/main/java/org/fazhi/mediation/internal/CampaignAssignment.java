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
import org.fazhi.shared.RuleViolation;

/**
 * 排查任务 — one covered village's part of a screening campaign, held by the village so that its mediators see and
 * report it: each finding is a new dispute, or the village reports that it found no risk (未发现风险).
 */
@Entity
@Table(name = "mediation_campaign_assignment")
public class CampaignAssignment extends ScopedRecord implements AuditNamed {

    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;
    @Column(nullable = false)
    private String title;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CampaignTheme theme;
    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;
    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;
    @Column(name = "no_risk", nullable = false)
    private boolean noRisk;
    @Column(name = "no_risk_on")
    private LocalDate noRiskOn;
    private String note;
    @Column(nullable = false)
    private int findings;

    protected CampaignAssignment() {
    }

    CampaignAssignment(ScreeningCampaign campaign, OrgUnitView village) {
        assignHolder(village);
        this.campaignId = campaign.getId();
        this.title = campaign.getTitle();
        this.theme = campaign.getTheme();
        this.startsOn = campaign.getStartsOn();
        this.endsOn = campaign.getEndsOn();
    }

    /** Whether the village has reported: a finding or "no risk found". */
    public boolean reported() {
        return noRisk || findings > 0;
    }

    void requireWithinPeriod(LocalDate on, LocalDate today) {
        if (on.isBefore(startsOn) || on.isAfter(endsOn) || on.isAfter(today)) {
            throw RuleViolation.onField("on", "mediation.campaign.outsidePeriod", startsOn, endsOn);
        }
    }

    void reportFinding() {
        if (noRisk) {
            throw new RuleViolation("mediation.campaign.alreadyNoRisk", noRiskOn);
        }
        findings++;
        noteChange("FINDING", null);
    }

    void reportNoRisk(LocalDate on, String note) {
        if (findings > 0) {
            throw new RuleViolation("mediation.campaign.hasFindings", findings);
        }
        if (noRisk) {
            throw new RuleViolation("mediation.campaign.alreadyNoRisk", noRiskOn);
        }
        this.noRisk = true;
        this.noRiskOn = on;
        this.note = note == null || note.isBlank() ? null : note.strip();
        noteChange("NO_RISK", note);
    }

    public Long getCampaignId() { return campaignId; }
    public String getTitle() { return title; }
    public CampaignTheme getTheme() { return theme; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public boolean isNoRisk() { return noRisk; }
    public LocalDate getNoRiskOn() { return noRiskOn; }
    public String getNote() { return note; }
    public int getFindings() { return findings; }

    /** {@inheritDoc} Here: the campaign's title. */
    @Override
    public String auditName() {
        return title;
    }
}
