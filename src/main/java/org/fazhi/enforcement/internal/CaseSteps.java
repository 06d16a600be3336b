package org.fazhi.enforcement.internal;

import java.time.LocalDate;
import java.util.Set;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.deadline.WorkingCalendar;
import org.fazhi.organization.FazhiUser;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * Calls the aggregate's method of a step with what it needs from the platform: the dates the official calendar gives,
 * the decision number, the reviewer's register. The procedure has already been checked; the clocks follow after.
 */
@Component
class CaseSteps {

    private final LegalReviewerRepository reviewers;
    private final CaseSettings settings;
    private final CaseClocks clocks;
    private final OrgDirectory directory;

    CaseSteps(LegalReviewerRepository reviewers, CaseSettings settings, CaseClocks clocks, OrgDirectory directory) {
        this.reviewers = reviewers;
        this.settings = settings;
        this.clocks = clocks;
        this.directory = directory;
    }

    /** What the step handlers read besides the case. */
    record Taking(CaseService.StepInput in, EnforcementSettings settings, CaseProcedure.Context ctx,
                  WorkingCalendar cal, FazhiUser user) {
    }

    void take(PenaltyCase c, Step step, Taking t) {
        CaseService.StepInput in = t.in();
        CaseProcedure.Context ctx = t.ctx();
        WorkingCalendar cal = t.cal();
        LocalDate on = in.on();
        switch (step) {
            case INVESTIGATE -> c.investigate(on, ctx);
            case PRESERVE_EVIDENCE -> c.preserveEvidence(on, ctx);
            case DECIDE_PRESERVATION -> c.decidePreservation(on, ctx);
            case NOTIFY -> {
                boolean hearing = HearingRight.applies(c, t.settings());
                c.notifyParty(on, cal.dueDate(PenaltyPeriods.statementWindow(hearing,
                        t.settings().getStatementWorkingDays()), on), hearing, ctx);
            }
            case RECORD_STATEMENT -> c.recordStatement(on, in.note(), ctx);
            case WAIVE_STATEMENT -> c.waiveStatement(on, in.note(), ctx);
            case REQUEST_HEARING -> c.requestHearing(on, ctx);
            case SCHEDULE_HEARING -> c.scheduleHearing(on, in.hearingOn(), PenaltyPeriods.earliestHearing(cal, on),
                    in.note(), ctx);
            case NOTIFY_HEARING -> c.notifyHearing(on, clocks.open(c, CaseClock.HEARING_NOTICE)
                    .map(DeadlineView::dueDate)
                    .orElseGet(() -> PenaltyPeriods.latestHearingNotice(cal, c.getHearing().getDate())), ctx);
            case HOLD_HEARING -> c.holdHearing(on, PenaltyPeriods.earliestHearing(cal, c.getHearing().getNoticeOn()),
                    Boolean.TRUE.equals(in.noShow()), ctx);
            case PAUSE_FOR_APPRAISAL, RESUME_AFTER_APPRAISAL -> c.clockStep(step, on, in.note(), ctx);
            case EXTEND -> {
                int max = t.settings().getMaxExtensionDays();
                if (in.days() == null || in.days() < 1 || in.days() > max) {
                    throw RuleViolation.onField("days", "enforcement.extend.days", max);
                }
                if (in.note() == null || in.note().isBlank()) {
                    throw RuleViolation.onField("note", "enforcement.extend.reason");
                }
                // departmental rules under 《行政处罚法》第60条: as many approved extensions as the town allows
                int granted = clocks.of(c, CaseClock.DECISION).map(v -> v.extensions().size()).orElse(0);
                if (granted >= t.settings().getMaxExtensions()) {
                    throw new RuleViolation("enforcement.extend.count", t.settings().getMaxExtensions(), granted,
                            PenaltyPeriods.DECISION.basis().citation());
                }
                c.clockStep(step, on, in.note(), ctx);
            }
            case SUBMIT_REVIEW -> c.submitForReview(on, ctx);
            case REVIEW -> {
                LegalReviewer r = reviewers.findByUsername(t.user().getUsername()).orElse(null);
                LegalReviewer.requireMayReview(r, t.user().displayName());
                c.review(Boolean.TRUE.equals(in.passed()), t.user().getUsername(), in.opinion(), in.counselOpinion(),
                        on, ctx);
                r.reviewed(on);
            }
            case DISCUSS -> c.discuss(on, in.note(), ctx);
            case DECIDE -> {
                String number = in.outcome() == null ? null : settings.nextNumber(directory.get(c.getTownId()),
                        "DECISION", on.getYear(), t.settings().getDecisionNumberTemplate());
                c.decide(in.outcome(), in.kinds() == null ? Set.of() : in.kinds(), in.fine(), in.confiscation(),
                        in.text(), number, on, ctx);
            }
            case SERVE -> c.serve(on, in.method(), CaseDates.paymentDue(cal, on), PenaltyPeriods.remediesLapse(cal, on),
                    ctx);
            case RECORD_REMEDY -> c.challenge(in.remedy(), on, in.note(), ctx);
            case REMEDY_OUTCOME -> c.remedyOutcome(in.result(), on,
                    PenaltyPeriods.remediesLapseAfterReconsideration(cal, on), in.note(), ctx);
            case REMIND -> c.remind(on, CaseDates.reminderEnds(cal, on), ctx);
            // the late fee runs from the due date the calendar gives today, not from a copy made before it changed
            case PAY -> c.pay(on, in.amount(), LateFee.of(c.getDecision().getPenalty().getFine(),
                    c.getService().getServedOn() == null ? c.getPayment().getDueOn()
                            : CaseDates.paymentDue(cal, c.getService().getServedOn()), on,
                    c.getRemedies().pendingPeriods()), ctx);
            case EXECUTE -> c.execute(on, in.note(), ctx);
            case APPLY_TO_COURT -> c.applyToCourt(on, in.note(), ctx);
            case CLOSE -> c.close(on, in.note(), ctx);
            case REVOKE -> c.revoke(on, in.note(), ctx);
            default -> throw new NotFound("step", step);
        }
    }
}
