package org.fazhi.enforcement.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.deadline.DeadlineStatus;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.files.Attachments;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 执法监督信号 — what the judicial office watches (三星镇's 2024 report, 一(七)): cases near or past their decision
 * deadline, steps without a full-process record, major decisions without legal review, and approvals waiting.
 */
@Component
public class Supervision {

    private final PenaltyCaseRepository cases;
    private final CaseStepRepository steps;
    private final Attachments attachments;
    private final CaseClocks clocks;
    private final CaseApprovals approvals;

    Supervision(PenaltyCaseRepository cases, CaseStepRepository steps, Attachments attachments, CaseClocks clocks,
                CaseApprovals approvals) {
        this.cases = cases;
        this.steps = steps;
        this.attachments = attachments;
        this.clocks = clocks;
        this.approvals = approvals;
    }

    /** A case with the clock behind the signal. */
    public record Signal(PenaltyCase c, DeadlineView clock) {
    }

    /** The signals of the caller's scope. */
    public record Signals(List<Signal> nearDeadline, List<PenaltyCase> missingRecords, List<PenaltyCase> unreviewed,
                          List<PenaltyCase> awaitingApproval, long open) {
    }

    @Transactional(readOnly = true)
    public Signals signals() {
        List<PenaltyCase> all = cases.findAll();
        List<Signal> near = new ArrayList<>();
        List<PenaltyCase> awaiting = new ArrayList<>();
        long open = 0;
        for (PenaltyCase c : all) {
            if (c.getState() == CaseState.CLOSED) {
                continue;
            }
            open++;
            if (c.getDecision().getDecidedOn() == null) {
                clocks.of(c, CaseClock.DECISION)
                        .filter(d -> d.status() == DeadlineStatus.DUE_SOON || d.status() == DeadlineStatus.OVERDUE)
                        .ifPresent(d -> near.add(new Signal(c, d)));
            }
            if (c.getProcedure() == ProcedureKind.ORDINARY && waiting(c)) {
                awaiting.add(c);
            }
        }
        Set<Long> ids = all.stream().map(PenaltyCase::getId).collect(Collectors.toSet());
        Map<Long, List<CaseStep>> byCase = ids.isEmpty() ? Map.of()
                : steps.findByCaseIdIn(ids).stream().collect(Collectors.groupingBy(CaseStep::getCaseId));
        List<PenaltyCase> missing = all.stream().filter(c -> byCase.getOrDefault(c.getId(), List.of()).stream()
                .filter(s -> s.getStep().needsRecord())
                .anyMatch(s -> attachments.of(StepAttachments.TYPE, s.getId()).isEmpty())).toList();
        List<PenaltyCase> unreviewed = all.stream().filter(c -> c.getDecision().getDecidedOn() != null && c.isMajor()
                && !c.getReview().isPassed()).toList();
        return new Signals(near, missing, unreviewed, awaiting, open);
    }

    private boolean waiting(PenaltyCase c) {
        return switch (c.getState()) {
            case FILED -> !approvals.approvalsComplete(c, ApprovalStage.FILING);
            case INVESTIGATING -> !c.getProposal().getKinds().isEmpty()
                    && !approvals.approvalsComplete(c, ApprovalStage.PROPOSAL);
            case NOTIFIED, HEARING, LEGAL_REVIEW, COLLECTIVE_DISCUSSION ->
                    !approvals.approvalsComplete(c, ApprovalStage.DECISION);
            default -> false;
        };
    }
}
