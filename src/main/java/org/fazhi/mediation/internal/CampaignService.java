package org.fazhi.mediation.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.FazhiUser;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.RuleViolation.FieldProblem;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 专项排查 — opening campaigns and the villages' reports. */
@Service
public class CampaignService {

    /** Opening a campaign. */
    public record OpenCampaign(@NotBlank @Size(max = 200) String title, @NotNull CampaignTheme theme,
                               @NotNull LocalDate startsOn, @NotNull LocalDate endsOn,
                               @NotEmpty List<Long> villageIds, @Size(max = 4000) String plan) {
    }

    /** A village's "no risk found" report. */
    public record NoRisk(@NotNull LocalDate on, @Size(max = 2000) String note) {
    }

    /** A campaign with its villages' assignments and the disputes they found. */
    public record CampaignView(ScreeningCampaign campaign, List<CampaignAssignment> assignments,
                               List<Dispute> findings) {

        public long reported() {
            return assignments.stream().filter(CampaignAssignment::reported).count();
        }

        public long noRisk() {
            return assignments.stream().filter(CampaignAssignment::isNoRisk).count();
        }
    }

    private final CampaignRepository campaigns;
    private final CampaignAssignmentRepository assignments;
    private final DisputeRepository disputes;
    private final DisputeService disputeService;
    private final OrgDirectory directory;
    private final DataScope dataScope;
    private final Clock clock;

    CampaignService(CampaignRepository campaigns, CampaignAssignmentRepository assignments,
                    DisputeRepository disputes, DisputeService disputeService, OrgDirectory directory,
                    DataScope dataScope, Clock clock) {
        this.campaigns = campaigns;
        this.assignments = assignments;
        this.disputes = disputes;
        this.disputeService = disputeService;
        this.directory = directory;
        this.dataScope = dataScope;
        this.clock = clock;
    }

    @Transactional
    public ScreeningCampaign open(OpenCampaign c) {
        FazhiUser user = DataScope.currentUser().orElseThrow(() -> new RuleViolation("mediation.campaign.townOnly"));
        if (user.homeUnit().type() == OrgUnitType.VILLAGE || user.homeUnit().townId() == null) {
            throw new RuleViolation("mediation.campaign.townOnly");
        }
        long townId = user.homeUnit().townId();
        List<FieldProblem> problems = new ArrayList<>();
        if (c.endsOn().isBefore(c.startsOn())) {
            problems.add(new FieldProblem("endsOn", "mediation.campaign.endsBeforeStart"));
        }
        List<OrgUnitView> villages = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(c.villageIds())) {
            OrgUnitView v = id == null ? null : directory.find(id).orElse(null);
            if (v == null || v.type() != OrgUnitType.VILLAGE || v.townId() != townId) {
                problems.add(new FieldProblem("villageIds", "mediation.locality.unknown"));
                break;
            }
            villages.add(v);
        }
        if (!problems.isEmpty()) {
            throw RuleViolation.ofFields(problems);
        }
        ScreeningCampaign campaign = campaigns.save(new ScreeningCampaign(disputeService.townCommittee(townId),
                c.title().strip(), c.theme(), c.startsOn(), c.endsOn(), c.plan(), user.getUsername()));
        campaigns.flush();
        for (OrgUnitView v : villages) {
            assignments.save(new CampaignAssignment(campaign, v));
        }
        return campaign;
    }

    @Transactional(readOnly = true)
    public List<ScreeningCampaign> campaigns() {
        return campaigns.findAll(Sort.by(Sort.Direction.DESC, "startsOn", "id"));
    }

    /** The caller's assignments (a village mediator's campaigns). */
    @Transactional(readOnly = true)
    public List<CampaignAssignment> assignments() {
        return assignments.findAllByOrderByStartsOnDesc();
    }

    @Transactional(readOnly = true)
    public CampaignView view(long id) {
        ScreeningCampaign c = campaigns.findById(id).orElseThrow(() -> new NotFound("campaign", id));
        List<CampaignAssignment> a = assignments.findByCampaignIdOrderByVillageId(id);
        List<Dispute> found = a.isEmpty() ? List.of()
                : disputes.findByCampaignAssignmentIdIn(a.stream().map(CampaignAssignment::getId).toList());
        return new CampaignView(c, a, found);
    }

    @Transactional(readOnly = true)
    public CampaignAssignment assignment(long id) {
        return assignments.findById(id).orElseThrow(() -> new NotFound("campaign-assignment", id));
    }

    @Transactional
    public CampaignAssignment reportNoRisk(long assignmentId, NoRisk r) {
        CampaignAssignment a = assignment(assignmentId);
        a.requireWithinPeriod(r.on(), LocalDate.now(clock));
        a.reportNoRisk(r.on(), r.note());
        return a;
    }

    /** A finding: a new dispute registered in the village, from the campaign. */
    @Transactional
    public Dispute reportFinding(long assignmentId, DisputeCommands.Registration r) {
        CampaignAssignment a = assignment(assignmentId);
        if (!a.getVillageId().equals(r.localityId())) {
            throw RuleViolation.onField("localityId", "mediation.campaign.otherVillage");
        }
        a.requireWithinPeriod(r.acceptedOn(), LocalDate.now(clock));
        a.reportFinding();
        DisputeCommands.Registration fromCampaign = new DisputeCommands.Registration(r.localityId(), r.acceptedOn(),
                r.category(), r.source(), IntakeChannel.CAMPAIGN, r.summary(), r.parties(), r.amount(),
                r.riskLevel(), r.major(), r.deaths(), r.personsInvolved(), r.mediators(), r.committee());
        return disputeService.register(fromCampaign, a.getId());
    }

    /** Whether the caller may open campaigns (a town-level user). */
    public boolean mayOpen() {
        return DataScope.currentUser().map(u -> u.homeUnit().type() != OrgUnitType.VILLAGE
                && u.homeUnit().townId() != null).orElse(false);
    }

    OrgUnitView unit(long id) {
        return directory.get(id);
    }

    boolean canSee(long unitId) {
        return dataScope.canSee(unitId);
    }
}
