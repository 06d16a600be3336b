package org.fazhi.enforcement.internal;

import static org.fazhi.enforcement.internal.CaseState.COLLECTIVE_DISCUSSION;
import static org.fazhi.enforcement.internal.CaseState.DECIDED;
import static org.fazhi.enforcement.internal.CaseState.EXECUTED;
import static org.fazhi.enforcement.internal.CaseState.FILED;
import static org.fazhi.enforcement.internal.CaseState.HEARING;
import static org.fazhi.enforcement.internal.CaseState.INVESTIGATING;
import static org.fazhi.enforcement.internal.CaseState.LEGAL_REVIEW;
import static org.fazhi.enforcement.internal.CaseState.NOTIFIED;
import static org.fazhi.enforcement.internal.CaseState.SERVED;
import static org.fazhi.enforcement.internal.CaseState.CLOSED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.fazhi.enforcement.PenaltyKind;
import org.fazhi.shared.RuleViolation;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * 办案程序 — the one table of which step may follow which state, and the preconditions of each step under RULES.md §A.
 * {@link #missing} names everything that is missing for a step; {@link #require} refuses the step with those names.
 */
public final class CaseProcedure {

    /** The states each step may be taken from. */
    static final Map<Step, Set<CaseState>> FROM = table();

    private CaseProcedure() {
    }

    /**
     * What the step needs besides the case itself.
     *
     * @param today             the platform's today
     * @param reviewAllOrdinary the town's setting: legal review of every ordinary-procedure case
     * @param approvalsComplete whether the town's approval chain of a stage is fully signed for this case
     */
    public record Context(LocalDate today, boolean reviewAllOrdinary, Predicate<ApprovalStage> approvalsComplete) {
    }

    private static Map<Step, Set<CaseState>> table() {
        Map<Step, Set<CaseState>> t = new EnumMap<>(Step.class);
        Set<CaseState> open = EnumSet.of(FILED, INVESTIGATING, NOTIFIED, HEARING, LEGAL_REVIEW, COLLECTIVE_DISCUSSION);
        Set<CaseState> beforeDecision = EnumSet.of(NOTIFIED, HEARING, LEGAL_REVIEW, COLLECTIVE_DISCUSSION);
        t.put(Step.FILE, EnumSet.noneOf(CaseState.class));
        t.put(Step.INVESTIGATE, EnumSet.of(FILED));
        t.put(Step.PRESERVE_EVIDENCE, EnumSet.of(INVESTIGATING));
        t.put(Step.DECIDE_PRESERVATION, EnumSet.of(INVESTIGATING, NOTIFIED, HEARING, LEGAL_REVIEW, COLLECTIVE_DISCUSSION));
        t.put(Step.NOTIFY, EnumSet.of(FILED, INVESTIGATING));
        t.put(Step.RECORD_STATEMENT, EnumSet.of(NOTIFIED));
        t.put(Step.WAIVE_STATEMENT, EnumSet.of(NOTIFIED));
        t.put(Step.REQUEST_HEARING, EnumSet.of(NOTIFIED));
        t.put(Step.SCHEDULE_HEARING, EnumSet.of(HEARING));
        t.put(Step.NOTIFY_HEARING, EnumSet.of(HEARING));
        t.put(Step.HOLD_HEARING, EnumSet.of(HEARING));
        t.put(Step.PAUSE_FOR_APPRAISAL, open);
        t.put(Step.RESUME_AFTER_APPRAISAL, open);
        t.put(Step.EXTEND, open);
        t.put(Step.SUBMIT_REVIEW, EnumSet.of(NOTIFIED, HEARING));
        t.put(Step.REVIEW, EnumSet.of(LEGAL_REVIEW));
        t.put(Step.DISCUSS, beforeDecision);
        t.put(Step.DECIDE, beforeDecision);
        t.put(Step.SERVE, EnumSet.of(DECIDED));
        t.put(Step.RECORD_REMEDY, EnumSet.of(SERVED));
        t.put(Step.REMIND, EnumSet.of(SERVED));
        t.put(Step.PAY, EnumSet.of(SERVED));
        t.put(Step.EXECUTE, EnumSet.of(SERVED));
        t.put(Step.APPLY_TO_COURT, EnumSet.of(SERVED));
        t.put(Step.CLOSE, EnumSet.of(SERVED, EXECUTED));
        t.put(Step.REVOKE, EnumSet.of(DECIDED, SERVED, EXECUTED, CLOSED));
        return t;
    }

    /** Refuses the step, naming the first thing missing in the message and every one in the violations. */
    static void require(PenaltyCase c, Step step, LocalDate on, Context ctx) {
        List<MessageSourceResolvable> missing = missing(c, step, on, ctx);
        if (missing.isEmpty()) {
            return;
        }
        List<RuleViolation.FieldProblem> problems = new ArrayList<>();
        problems.add(new RuleViolation.FieldProblem("step", "enforcement.step.refused", label("enforcement.step." + step),
                label("enforcement.state." + c.getState()), missing.get(0)));
        for (MessageSourceResolvable m : missing) {
            problems.add(new RuleViolation.FieldProblem("step", m.getCodes()[0], m.getArguments()));
        }
        throw RuleViolation.ofFields(problems);
    }

    /** Everything missing before the step may be taken on {@code on}; empty when it may. */
    public static List<MessageSourceResolvable> missing(PenaltyCase c, Step step, LocalDate on, Context ctx) {
        List<MessageSourceResolvable> m = new ArrayList<>();
        if (c.getRevokedOn() != null && step != Step.CLOSE) {
            m.add(msg("enforcement.missing.revoked", c.getRevokedOn().toString()));
            return m;
        }
        if (!FROM.get(step).contains(c.getState())) {
            m.add(msg("enforcement.missing.state", label("enforcement.state." + c.getState())));
            return m;
        }
        boolean ordinary = c.getProcedure() == ProcedureKind.ORDINARY;
        if (on == null) {
            m.add(msg("enforcement.missing.date"));
        } else {
            if (on.isAfter(ctx.today())) {
                m.add(msg("enforcement.missing.future", on.toString()));
            }
            if (on.isBefore(c.getLastStepOn())) {
                m.add(msg("enforcement.missing.dateOrder", on.toString(), c.getLastStepOn().toString()));
            }
        }
        switch (step) {
            case INVESTIGATE -> {
                if (!ordinary) {
                    m.add(msg("enforcement.missing.ordinaryOnly"));
                } else if (!ctx.approvalsComplete().test(ApprovalStage.FILING)) {
                    m.add(msg("enforcement.missing.approval", label("enforcement.stage.FILING")));
                }
            }
            case PRESERVE_EVIDENCE -> {
                if (c.getPreservedOn() != null && c.getPreservationDecidedOn() == null) {
                    m.add(msg("enforcement.missing.preservationOpen"));
                }
            }
            case DECIDE_PRESERVATION -> {
                if (c.getPreservedOn() == null || c.getPreservationDecidedOn() != null) {
                    m.add(msg("enforcement.missing.noPreservation"));
                }
            }
            case NOTIFY -> {
                if (ordinary && c.getState() == FILED) {
                    m.add(msg("enforcement.missing.investigation"));
                }
                if (c.getProposedKinds().isEmpty()) {
                    m.add(msg("enforcement.missing.proposal"));
                }
                if (!ordinary && !withinSummaryThresholds(c, c.getProposedKinds(), c.getProposedFine())) {
                    m.add(msg("enforcement.missing.summaryThreshold", PenaltyPeriods.SUMMARY.citation()));
                }
                if (ordinary && !ctx.approvalsComplete().test(ApprovalStage.PROPOSAL)) {
                    m.add(msg("enforcement.missing.approval", label("enforcement.stage.PROPOSAL")));
                }
            }
            case RECORD_STATEMENT, WAIVE_STATEMENT -> {
                if (c.getStatementWaivedOn() != null) {
                    m.add(msg("enforcement.missing.alreadyWaived"));
                }
            }
            case REQUEST_HEARING -> {
                if (!c.isHearingApplicable()) {
                    m.add(msg("enforcement.missing.hearingNotApplicable"));
                } else if (on != null && c.getWindowEndsOn() != null && on.isAfter(c.getWindowEndsOn())) {
                    m.add(msg("enforcement.missing.hearingRequestLate", c.getWindowEndsOn().toString()));
                }
                if (c.getStatementWaivedOn() != null) {
                    m.add(msg("enforcement.missing.alreadyWaived"));
                }
            }
            case RESUME_AFTER_APPRAISAL, PAUSE_FOR_APPRAISAL, EXTEND -> {
                if (!ordinary) {
                    m.add(msg("enforcement.missing.ordinaryOnly"));
                }
            }
            case SCHEDULE_HEARING -> {
                if (c.getHearingHeldOn() != null || c.isHearingWaived()) {
                    m.add(msg("enforcement.missing.hearingOver"));
                }
            }
            case NOTIFY_HEARING -> {
                if (c.getHearingOn() == null || c.getHearingHeldOn() != null || c.isHearingWaived()) {
                    m.add(msg("enforcement.missing.hearingNotScheduled"));
                } else if (c.getHearingNoticeOn() != null) {
                    m.add(msg("enforcement.missing.hearingNoticeServed", c.getHearingNoticeOn().toString()));
                }
            }
            case HOLD_HEARING -> {
                if (c.getHearingHeldOn() != null || c.isHearingWaived()) {
                    m.add(msg("enforcement.missing.hearingOver"));
                } else if (c.getHearingNoticeOn() == null) {
                    m.add(msg("enforcement.missing.hearingNotice", PenaltyPeriods.HEARING_NOTICE.basis().citation()));
                }
            }
            case SUBMIT_REVIEW -> {
                if (!ordinary) {
                    m.add(msg("enforcement.missing.ordinaryOnly"));
                }
                windowClosed(c, on, m);
            }
            case REVIEW -> {
                // the reviewer's qualification and the counsel's opinion are checked with the review itself
            }
            case DISCUSS -> {
                if (!c.isCollective()) {
                    m.add(msg("enforcement.missing.notCollective"));
                }
                windowClosed(c, on, m);
                reviewDone(c, ctx, m);
            }
            case DECIDE -> {
                windowClosed(c, on, m);
                reviewDone(c, ctx, m);
                if (c.isCollective() && c.getDiscussedOn() == null) {
                    m.add(msg("enforcement.missing.discussion", PenaltyPeriods.COLLECTIVE.citation()));
                }
                if (ordinary && !ctx.approvalsComplete().test(ApprovalStage.DECISION)) {
                    m.add(msg("enforcement.missing.approval", label("enforcement.stage.DECISION")));
                }
            }
            case REMIND -> {
                if (!c.finePayable()) {
                    m.add(msg("enforcement.missing.noFine"));
                } else if (c.getPaymentDueOn() != null && on != null && !on.isAfter(c.getPaymentDueOn())) {
                    m.add(msg("enforcement.missing.paymentNotDue", c.getPaymentDueOn().toString()));
                }
                if (c.getRemindedOn() != null) {
                    m.add(msg("enforcement.missing.alreadyReminded"));
                }
            }
            case PAY -> {
                if (!c.finePayable()) {
                    m.add(msg("enforcement.missing.noFine"));
                }
            }
            case EXECUTE -> {
                if (c.getOutcome() != Outcome.PENALTY || c.finePayable()) {
                    m.add(msg("enforcement.missing.executeNotFine"));
                }
            }
            case APPLY_TO_COURT -> {
                if (!c.finePayable()) {
                    m.add(msg("enforcement.missing.noFine"));
                } else if (c.getRemindedOn() == null) {
                    m.add(msg("enforcement.missing.reminder"));
                } else if (on != null && !on.isAfter(c.getReminderEndsOn())) {
                    m.add(msg("enforcement.missing.reminderRunning", c.getReminderEndsOn().toString()));
                }
                if (on != null && c.getRemediesLapseOn() != null && !on.isAfter(c.getRemediesLapseOn())) {
                    m.add(msg("enforcement.missing.remediesRunning", c.getRemediesLapseOn().toString()));
                }
            }
            case CLOSE -> {
                if (c.getState() == SERVED && c.getOutcome() == Outcome.PENALTY && c.getRevokedOn() == null) {
                    m.add(msg("enforcement.missing.execution"));
                }
            }
            default -> {
            }
        }
        return m;
    }

    /** No decision before the statement / hearing-request window closed, a waiver is on record or the hearing held. */
    private static void windowClosed(PenaltyCase c, LocalDate on, List<MessageSourceResolvable> m) {
        if (c.getHearingRequestedOn() != null) {
            if (c.getHearingHeldOn() == null && !c.isHearingWaived()) {
                m.add(msg("enforcement.missing.hearingNotHeld"));
            }
            return;
        }
        boolean summaryHeard = c.getProcedure() == ProcedureKind.SUMMARY && c.getStatementOn() != null;
        if (c.getStatementWaivedOn() != null || summaryHeard) {
            return;
        }
        if (c.getWindowEndsOn() == null || on == null || !on.isAfter(c.getWindowEndsOn())) {
            m.add(msg("enforcement.missing.window", c.getWindowEndsOn() == null ? "—" : c.getWindowEndsOn().toString(),
                    PenaltyPeriods.NOTICE.citation()));
        }
    }

    private static void reviewDone(PenaltyCase c, Context ctx, List<MessageSourceResolvable> m) {
        if (c.reviewRequired(ctx.reviewAllOrdinary()) && !Boolean.TRUE.equals(c.getReviewPassed())) {
            m.add(msg("enforcement.missing.review", PenaltyPeriods.LEGAL_REVIEW.citation()));
        }
    }

    /** 第51条: warning, or a fine up to 200 yuan (citizen) / 3,000 yuan (organisation). */
    static boolean withinSummaryThresholds(PenaltyCase c, Set<PenaltyKind> kinds, java.math.BigDecimal fine) {
        if (!EnumSet.of(PenaltyKind.WARNING, PenaltyKind.FINE).containsAll(kinds)) {
            return false;
        }
        if (!kinds.contains(PenaltyKind.FINE)) {
            return true;
        }
        java.math.BigDecimal max = c.isOrganisation() ? PenaltyPeriods.SUMMARY_MAX_FINE_ORGANISATION
                : PenaltyPeriods.SUMMARY_MAX_FINE_PERSON;
        return fine != null && fine.compareTo(max) <= 0;
    }

    static MessageSourceResolvable msg(String code, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {code}, args);
    }

    static MessageSourceResolvable label(String code) {
        return new DefaultMessageSourceResolvable(new String[] {code}, null, code);
    }
}
