package org.fazhi.deadline.internal;

import java.time.LocalDate;
import org.fazhi.deadline.ClockPurpose;
import org.fazhi.deadline.DeadlineEngine;
import org.fazhi.deadline.NewDeadline;
import org.fazhi.deadline.StatutoryPeriod;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.DemoCalendar;
import org.fazhi.organization.DemoDataContributor;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.RunAs;
import org.fazhi.shared.LegalBasis;
import org.springframework.stereotype.Component;

/**
 * Three sample clocks of 三星镇's judicial office, one on track, one due soon and one overdue this month, so that a
 * fresh demo dashboard shows every badge whatever the day of the first start. Their titles say they are samples (示例);
 * the modules that own these procedures start real clocks through the same engine.
 */
@Component
class DeadlineDemoData implements DemoDataContributor {

    /** 《行政处罚法》第60条: decide within 90 days of filing. */
    static final StatutoryPeriod PENALTY_DECISION = StatutoryPeriod.calendarDays(90, LegalBasis.of("行政处罚法", 60));
    /** 《政府信息公开条例》第33条: answer within 20 working days of receipt. */
    static final StatutoryPeriod DISCLOSURE_ANSWER = StatutoryPeriod.workingDays(20,
            LegalBasis.of("政府信息公开条例", 33));
    /** 《行政处罚法》第56条: decide on preserved evidence within 7 days, working days by art. 85. */
    static final StatutoryPeriod PRESERVED_EVIDENCE = StatutoryPeriod.workingDays(7,
            LegalBasis.of("行政处罚法", 56, 85));

    static final String SUBJECT_TYPE = "demo.sample";
    static final ClockPurpose SAMPLE = () -> "sample";

    private final DeadlineEngine engine;

    DeadlineDemoData(DeadlineEngine engine) {
        this.engine = engine;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void load(RunAs runAs, DemoCalendar dates) {
        // due soon: the 90 calendar days end on the second working day from today (inside the warning window)
        LocalDate filed = dates.workingDaysAhead(2).minusDays(PENALTY_DECISION.amount());
        // on track: received three days ago, 20 working days to answer
        LocalDate received = dates.daysAgo(3);
        // overdue this month: the 7 working days ended two working days ago (or fall due today early in a month)
        LocalDate preserved = dates.workingDaysBefore(dates.overdueBy(2), PRESERVED_EVIDENCE.amount());
        runAs.as("reviewer", () -> {
            OrgUnitView office = DataScope.currentUser().orElseThrow().homeUnit();
            engine.start(NewDeadline.of(SUBJECT_TYPE, "1", SAMPLE, "（示例）行政处罚案件作出处罚决定期限", PENALTY_DECISION,
                    filed, office).assignedTo("reviewer"));
            engine.start(NewDeadline.of(SUBJECT_TYPE, "2", SAMPLE, "（示例）政府信息公开申请答复期限", DISCLOSURE_ANSWER,
                    received, office).assignedTo("reviewer"));
            engine.start(NewDeadline.of(SUBJECT_TYPE, "3", SAMPLE, "（示例）先行登记保存证据处理决定期限", PRESERVED_EVIDENCE,
                    preserved, office).assignedTo("reviewer"));
        });
    }
}
