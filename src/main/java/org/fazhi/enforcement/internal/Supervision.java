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

    /** 监督信号 — what the dashboards count and the case list filters by ({@code /enforcement/cases?watch=…}). */
    public enum Watch {
        /** 办理中: not closed */
        OPEN,
        /** 临近或超过办案期限: undecided, the decision deadline due soon or passed */
        NEAR_DEADLINE,
        /** 等待审批: the town's approval chain of the current stage not fully signed */
        AWAITING_APPROVAL,
        /** 缺少执法全过程记录: a step that needs a record carries none */
        MISSING_RECORDS,
        /** 重大案件决定未经法制审核 */
        UNREVIEWED
    }

    /**
     * The signals of the caller's scope, as they stand today.
     *
     * @param deciding open cases not yet decided, with their decision clock (the supervision's watch list)
     */
    public record Signals(List<Signal> nearDeadline, List<PenaltyCase> missingRecords, List<PenaltyCase> unreviewed,
                          List<PenaltyCase> awaitingApproval, long open, List<Signal> deciding,
                          Set<Long> openIds) {

        /** The cases behind one signal. */
        public Set<Long> caseIds(Watch watch) {
            return switch (watch) {
                case OPEN -> openIds;
                case NEAR_DEADLINE -> ids(nearDeadline.stream().map(Signal::c).toList());
                case AWAITING_APPROVAL -> ids(awaitingApproval);
                case MISSING_RECORDS -> ids(missingRecords);
                case UNREVIEWED -> ids(unreviewed);
            };
        }

        /** How many cases one signal counts. */
        public long count(Watch watch) {
            return caseIds(watch).size();
        }

        private static Set<Long> ids(List<PenaltyCase> cases) {
            return cases.stream().map(PenaltyCase::getId).collect(Collectors.toUnmodifiableSet());
        }
    }

    @Transactional(readOnly = true)
    public Signals signals() {
        List<PenaltyCase> all = cases.findAll();
        List<Signal> near = new ArrayList<>();
        List<Signal> deciding = new ArrayList<>();
        List<PenaltyCase> awaiting = new ArrayList<>();
        Set<Long> openIds = new java.util.HashSet<>();
        for (PenaltyCase c : all) {
            if (c.getState() == CaseState.CLOSED) {
                continue;
            }
            openIds.add(c.getId());
            if (c.getDecision().getDecidedOn() == null) {
                clocks.of(c, CaseClock.DECISION).ifPresent(d -> {
                    deciding.add(new Signal(c, d));
                    if (d.status() == DeadlineStatus.DUE_SOON || d.status() == DeadlineStatus.OVERDUE) {
                        near.add(new Signal(c, d));
                    }
                });
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
        return new Signals(near, missing, unreviewed, awaiting, openIds.size(), deciding, Set.copyOf(openIds));
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
