package org.fazhi.enforcement.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
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
        if (on == null) {
            throw RuleViolation.onField("on", "enforcement.approval.date");
        }
        if (on.isAfter(LocalDate.now(clock))) {
            throw RuleViolation.onField("on", "enforcement.approval.dateFuture");
        }
        FazhiUser user = DataScope.currentUser().orElseThrow(() -> new AccessDenied("error.forbidden"));
        Optional<RuleViolation> refused = whyNot(c, stage, user);
        if (refused.isPresent()) {
            throw refused.get();
        }
        List<CaseApproval> signed = valid(c.getId(), stage);
        EnforcementSettings.ChainEntry next = settings.settingsFor(c.getTownId()).chain(stage).get(signed.size());
        CaseApproval a = new CaseApproval(c.getId(), stage, signed.size() + 1, next.label(), user.getUsername(), agree,
                opinion.strip(), on, directory.get(c.getHolderUnitId()));
        if (!agree) {
            signed.forEach(CaseApproval::supersede);
            a.supersede();
        }
        return approvals.save(a);
    }

    /**
     * The stages the current user may sign now, in order: the case is at the stage, its chain waits for a signature
     * and the next signer's role is the user's. A page offers the approval form only for these.
     */
    public List<ApprovalStage> signable(PenaltyCase c) {
        return DataScope.currentUser().map(u -> Arrays.stream(ApprovalStage.values())
                .filter(s -> whyNot(c, s, u).isEmpty()).toList()).orElse(List.of());
    }

    /**
     * Why {@code user} may not sign {@code stage} of the case now, if they may not. A signature already given (the
     * chain complete, or waiting for another role) is a refusal of the step, said on the form, not a missing right:
     * a page opened before someone else signed still sends its form.
     */
    private Optional<RuleViolation> whyNot(PenaltyCase c, ApprovalStage stage, FazhiUser user) {
        if (c.getProcedure() == ProcedureKind.SUMMARY) {
            return Optional.of(new RuleViolation("enforcement.approval.summary"));
        }
        Set<CaseState> when = switch (stage) {
            case FILING -> EnumSet.of(CaseState.FILED);
            case PROPOSAL -> EnumSet.of(CaseState.FILED, CaseState.INVESTIGATING);
            case DECISION -> EnumSet.of(CaseState.NOTIFIED, CaseState.HEARING, CaseState.LEGAL_REVIEW,
                    CaseState.COLLECTIVE_DISCUSSION);
        };
        if (!when.contains(c.getState()) || (stage == ApprovalStage.PROPOSAL && c.getProposal().getKinds().isEmpty())) {
            return Optional.of(RuleViolation.onField("stage", "enforcement.approval.notNow",
                    CaseProcedure.label("enforcement.stage." + stage),
                    CaseProcedure.label("enforcement.state." + c.getState())));
        }
        List<EnforcementSettings.ChainEntry> chain = settings.settingsFor(c.getTownId()).chain(stage);
        int signed = valid(c.getId(), stage).size();
        if (signed >= chain.size()) {
            return Optional.of(RuleViolation.onField("stage", "enforcement.approval.complete",
                    CaseProcedure.label("enforcement.stage." + stage)));
        }
        if (!user.holdsAuthority(chain.get(signed).permission())) {
            return Optional.of(RuleViolation.onField("stage", "enforcement.approval.notYours",
                    CaseProcedure.label("enforcement.stage." + stage), chain.get(signed).label()));
        }
        return Optional.empty();
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
