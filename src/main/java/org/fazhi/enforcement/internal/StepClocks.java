package org.fazhi.enforcement.internal;

import static org.fazhi.enforcement.internal.CaseClock.COURT_APPLICATION;
import static org.fazhi.enforcement.internal.CaseClock.DECISION;
import static org.fazhi.enforcement.internal.CaseClock.EVIDENCE_PRESERVATION;
import static org.fazhi.enforcement.internal.CaseClock.HEARING_NOTICE;
import static org.fazhi.enforcement.internal.CaseClock.PAYMENT;
import static org.fazhi.enforcement.internal.CaseClock.REMINDER;
import static org.fazhi.enforcement.internal.CaseClock.SERVICE;
import static org.fazhi.enforcement.internal.CaseClock.STATEMENT_WINDOW;
import static org.fazhi.enforcement.internal.ClockAction.extend;
import static org.fazhi.enforcement.internal.ClockAction.meet;
import static org.fazhi.enforcement.internal.ClockAction.pause;
import static org.fazhi.enforcement.internal.ClockAction.resume;
import static org.fazhi.enforcement.internal.ClockAction.start;
import static org.fazhi.enforcement.internal.ClockAction.startFrom;
import static org.fazhi.enforcement.internal.ClockAction.stop;
import static org.fazhi.enforcement.internal.ClockAction.stopAll;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.fazhi.deadline.StatutoryPeriod;

/**
 * What each step of the penalty procedure does to the case's clocks, in this order; a step not listed leaves them as
 * they are. {@link CaseClocks} takes the actions once the aggregate has taken the step; which step may be taken at
 * all is {@link CaseProcedure}'s.
 */
final class StepClocks {

    private static final Map<Step, List<ClockAction>> CLOCKS = clockTable();

    private StepClocks() {
    }

    private static Map<Step, List<ClockAction>> clockTable() {
        Predicate<ClockAction.Facts> payable = f -> f.c().finePayable();
        Map<Step, List<ClockAction>> t = new EnumMap<>(Step.class);
        t.put(Step.FILE, List.of(start(DECISION, f -> PenaltyPeriods.DECISION).when(ClockAction.Facts::ordinary)));
        t.put(Step.PRESERVE_EVIDENCE, List.of(start(EVIDENCE_PRESERVATION, f -> PenaltyPeriods.EVIDENCE_PRESERVATION)));
        t.put(Step.DECIDE_PRESERVATION, List.of(meet(EVIDENCE_PRESERVATION)));
        t.put(Step.NOTIFY, List.of(start(STATEMENT_WINDOW, f -> PenaltyPeriods.statementWindow(
                f.c().getNotice().isHearingApplicable(), f.settings().getStatementWorkingDays()))
                .when(ClockAction.Facts::ordinary)));
        t.put(Step.WAIVE_STATEMENT, List.of(meet(STATEMENT_WINDOW)));
        t.put(Step.REQUEST_HEARING, List.of(meet(STATEMENT_WINDOW),
                pause(DECISION, f -> "听证期间不计入办案期限").when(f -> f.settings().isExcludeHearingTime())));
        t.put(Step.SCHEDULE_HEARING, List.of(stop(HEARING_NOTICE, "听证时间已重新确定"),
                startFrom(HEARING_NOTICE, f -> PenaltyPeriods.hearingNoticeClock(f.calendar(), f.on(),
                        f.c().getHearing().getDate()))));
        t.put(Step.NOTIFY_HEARING, List.of(meet(HEARING_NOTICE)));
        t.put(Step.HOLD_HEARING, List.of(resume(DECISION, f -> f.on().plusDays(1))));
        t.put(Step.PAUSE_FOR_APPRAISAL, List.of(pause(DECISION, f -> f.in().note() == null || f.in().note().isBlank()
                ? "鉴定期间不计入办案期限" : f.in().note()).when(f -> f.settings().isExcludeAppraisalTime())));
        t.put(Step.RESUME_AFTER_APPRAISAL, List.of(resume(DECISION, ClockAction.Facts::on)));
        t.put(Step.EXTEND, List.of(extend(DECISION, f -> StatutoryPeriod.calendarDays(f.in().days(),
                PenaltyPeriods.DECISION.basis()))));
        t.put(Step.SUBMIT_REVIEW, List.of(meet(STATEMENT_WINDOW)));
        t.put(Step.DECIDE, List.of(meet(STATEMENT_WINDOW), meet(DECISION),
                start(SERVICE, f -> PenaltyPeriods.SERVICE)));
        t.put(Step.SERVE, List.of(meet(SERVICE), start(PAYMENT, f -> PenaltyPeriods.PAYMENT).when(payable),
                startFrom(COURT_APPLICATION, f -> new PenaltyPeriods.ClockStart(f.c().getRemedies().getLapsesOn(),
                        PenaltyPeriods.COURT_APPLICATION)).when(payable)));
        // 《行政强制法》第53条: a reconsideration moves the court application after its decision; a suit ends the
        // application to enforce the decision — the town enforces the judgment (《行政诉讼法》第95条)
        t.put(Step.RECORD_REMEDY, List.of(pause(PAYMENT, f -> "复议或诉讼期间停止计算"),
                stop(COURT_APPLICATION, "当事人申请行政复议，申请强制执行的期限自复议决定送达后起诉期限届满之日起计算")
                        .when(f -> f.in().remedy() == RemedyKind.RECONSIDERATION),
                stop(COURT_APPLICATION, "当事人提起行政诉讼，不再申请执行处罚决定，待判决生效后执行判决")
                        .when(f -> f.in().remedy() == RemedyKind.SUIT)));
        t.put(Step.REMEDY_OUTCOME, List.of(resume(PAYMENT, f -> f.on().plusDays(1)),
                startFrom(COURT_APPLICATION, f -> new PenaltyPeriods.ClockStart(f.c().getRemedies().getLapsesOn(),
                        PenaltyPeriods.COURT_APPLICATION))
                        .when(payable.and(f -> f.c().getRemedies().getLapsesOn() != null)
                                .and(f -> !f.c().getRevocation().isRevoked())),
                stopAll("处罚决定已被复议决定或判决变更、撤销").when(f -> f.c().getRevocation().isRevoked())));
        t.put(Step.REMIND, List.of(start(REMINDER, f -> PenaltyPeriods.REMINDER)));
        t.put(Step.PAY, List.of(meet(PAYMENT), meet(REMINDER), stop(COURT_APPLICATION, "当事人已缴纳罚款")));
        t.put(Step.APPLY_TO_COURT, List.of(meet(COURT_APPLICATION), meet(REMINDER), meet(PAYMENT)));
        t.put(Step.CLOSE, List.of(stopAll("案件已结案")));
        t.put(Step.REVOKE, List.of(stopAll("处罚决定已变更或撤销")));
        return t;
    }

    /** What the step does to the case's clocks, in order. */
    static List<ClockAction> of(Step step) {
        return CLOCKS.getOrDefault(step, List.of());
    }
}
