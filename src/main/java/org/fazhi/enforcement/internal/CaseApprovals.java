package org.fazhi.enforcement.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.FazhiUser;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.shared.AccessDenied;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 案件流转审批 — the town's approval chains of filing, proposal and decision, signed one by one. */
@Service
@Transactional
public class CaseApprovals {

    private final PenaltyCaseRepository cases;
    private final CaseApprovalRepository approvals;
    private final CaseSettings settings;
    private final OrgDirectory directory;
    private final Clock clock;

    CaseApprovals(PenaltyCaseRepository cases, CaseApprovalRepository approvals, CaseSettings settings,
                  OrgDirectory directory, Clock clock) {
        this.cases = cases;
        this.approvals = approvals;
        this.settings = settings;
        this.directory = directory;
        this.clock = clock;
    }

    public CaseApproval approve(long caseId, ApprovalStage stage, boolean agree, String opinion, LocalDate on) {
        PenaltyCase c = cases.findById(caseId).orElseThrow(() -> new NotFound("penalty-case", caseId));
        if (stage == null) {
            throw RuleViolation.onField("stage", "enforcement.approval.stage");
        }
        if (opinion == null || opinion.isBlank()) {
            throw RuleViolation.onField("opinion", "enforcement.approval.opinion");
        }
        if (on == null || on.isAfter(LocalDate.now(clock))) {
            throw RuleViolation.onField("on", "enforcement.missing.date");
        }
        if (c.getProcedure() == ProcedureKind.SUMMARY) {
            throw new RuleViolation("enforcement.approval.summary");
        }
        Set<CaseState> when = switch (stage) {
            case FILING -> EnumSet.of(CaseState.FILED);
            case PROPOSAL -> EnumSet.of(CaseState.FILED, CaseState.INVESTIGATING);
            case DECISION -> EnumSet.of(CaseState.NOTIFIED, CaseState.HEARING, CaseState.LEGAL_REVIEW,
                    CaseState.COLLECTIVE_DISCUSSION);
        };
        if (!when.contains(c.getState()) || (stage == ApprovalStage.PROPOSAL && c.getProposal().getKinds().isEmpty())) {
            throw new RuleViolation("enforcement.approval.notNow", CaseProcedure.label("enforcement.stage." + stage),
                    CaseProcedure.label("enforcement.state." + c.getState()));
        }
        List<EnforcementSettings.ChainEntry> chain = settings.settingsFor(c.getTownId()).chain(stage);
        List<CaseApproval> signed = valid(c.getId(), stage);
        if (signed.size() >= chain.size()) {
            throw new RuleViolation("enforcement.approval.complete", CaseProcedure.label("enforcement.stage." + stage));
        }
        EnforcementSettings.ChainEntry next = chain.get(signed.size());
        FazhiUser user = DataScope.currentUser().orElseThrow(() -> new AccessDenied("error.forbidden"));
        if (!user.holdsAuthority(next.permission())) {
            throw new AccessDenied("enforcement.approval.notYours");
        }
        CaseApproval a = new CaseApproval(c.getId(), stage, signed.size() + 1, next.label(), user.getUsername(), agree,
                opinion.strip(), on, directory.get(c.getHolderUnitId()));
        if (!agree) {
            signed.forEach(CaseApproval::supersede);
            a.supersede();
        }
        return approvals.save(a);
    }

    private List<CaseApproval> valid(long caseId, ApprovalStage stage) {
        return approvals.findByCaseIdOrderByIdAsc(caseId).stream()
                .filter(a -> a.getStage() == stage && !a.isSuperseded() && a.isApproved()).toList();
    }

    /** Whether the stage's chain is fully signed (the summary procedure has none). */
    public boolean approvalsComplete(PenaltyCase c, ApprovalStage stage) {
        if (c.getProcedure() == ProcedureKind.SUMMARY) {
            return true;
        }
        return valid(c.getId(), stage).size() >= settings.settingsFor(c.getTownId()).chain(stage).size();
    }

    /** The next signature a stage waits for, if any. */
    public Optional<EnforcementSettings.ChainEntry> nextApproval(PenaltyCase c, ApprovalStage stage) {
        List<EnforcementSettings.ChainEntry> chain = settings.settingsFor(c.getTownId()).chain(stage);
        int n = valid(c.getId(), stage).size();
        return n < chain.size() ? Optional.of(chain.get(n)) : Optional.empty();
    }
}
