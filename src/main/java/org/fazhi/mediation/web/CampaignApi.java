package org.fazhi.mediation.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.mediation.internal.CampaignAssignment;
import org.fazhi.mediation.internal.CampaignService;
import org.fazhi.mediation.internal.DisputeCommands;
import org.fazhi.mediation.internal.ScreeningCampaign;
import org.fazhi.organization.OrgDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 专项排查 API: the town opens campaigns, villages report findings or "no risk found". */
@RestController
class CampaignApi {

    private final CampaignService campaigns;
    private final OrgDirectory directory;

    CampaignApi(CampaignService campaigns, OrgDirectory directory) {
        this.campaigns = campaigns;
        this.directory = directory;
    }

    record AssignmentJson(long id, long campaignId, String title, String theme, LocalDate startsOn, LocalDate endsOn,
                          String village, boolean reported, boolean noRisk, int findings) {

        static AssignmentJson of(CampaignAssignment a, OrgDirectory dir) {
            return new AssignmentJson(a.getId(), a.getCampaignId(), a.getTitle(), a.getTheme().name(),
                    a.getStartsOn(), a.getEndsOn(), DisputeJson.name(dir, a.getVillageId()), a.reported(),
                    a.isNoRisk(), a.getFindings());
        }
    }

    record CampaignJson(long id, String title, String theme, LocalDate startsOn, LocalDate endsOn, int villages,
                        long reported, long noRisk, int findings, List<AssignmentJson> assignments) {
    }

    @PostMapping("/api/v1/mediation/campaigns")
    @PreAuthorize("hasAuthority('MEDIATION_WRITE')")
    @ResponseStatus(HttpStatus.CREATED)
    CampaignJson open(@Valid @RequestBody CampaignService.OpenCampaign c) {
        return get(campaigns.open(c).getId());
    }

    @GetMapping("/api/v1/mediation/campaigns")
    @PreAuthorize("hasAuthority('MEDIATION_READ')")
    List<CampaignJson> list() {
        return campaigns.campaigns().stream().map(c -> get(c.getId())).toList();
    }

    @GetMapping("/api/v1/mediation/campaigns/{id}")
    @PreAuthorize("hasAuthority('MEDIATION_READ')")
    CampaignJson get(@PathVariable long id) {
        CampaignService.CampaignView v = campaigns.view(id);
        ScreeningCampaign c = v.campaign();
        return new CampaignJson(c.getId(), c.getTitle(), c.getTheme().name(), c.getStartsOn(), c.getEndsOn(),
                v.assignments().size(), v.reported(), v.noRisk(), v.findings().size(),
                v.assignments().stream().map(a -> AssignmentJson.of(a, directory)).toList());
    }

    /** The caller's own assignments (what a village has to report). */
    @GetMapping("/api/v1/mediation/campaign-assignments")
    @PreAuthorize("hasAuthority('MEDIATION_READ')")
    List<AssignmentJson> assignments() {
        return campaigns.assignments().stream().map(a -> AssignmentJson.of(a, directory)).toList();
    }

    @PostMapping("/api/v1/mediation/campaign-assignments/{id}/no-risk")
    @PreAuthorize("hasAuthority('MEDIATION_WRITE')")
    AssignmentJson noRisk(@PathVariable long id, @Valid @RequestBody CampaignService.NoRisk r) {
        return AssignmentJson.of(campaigns.reportNoRisk(id, r), directory);
    }

    @PostMapping("/api/v1/mediation/campaign-assignments/{id}/findings")
    @PreAuthorize("hasAuthority('MEDIATION_WRITE')")
    @ResponseStatus(HttpStatus.CREATED)
    DisputeJson.Item finding(@PathVariable long id, @Valid @RequestBody DisputeCommands.Registration r) {
        return DisputeJson.Item.of(campaigns.reportFinding(id, r), directory);
    }
}
