package org.fazhi.litigation.internal;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.disclosure.DisclosureApplications;
import org.fazhi.enforcement.ChallengeableDecisions;
import org.fazhi.organization.DemoCalendar;
import org.fazhi.organization.DemoDataContributor;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.RunAs;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.PartyData;
import org.springframework.stereotype.Component;

/**
 * Demo cases of 三星镇, recorded by {@code reviewer} through the module's own steps: the report year's 8 lawsuits (6
 * concluded, none lost, the head in court at every hearing, as the town's report quotes them), and two running cases,
 * a lawsuit and a reconsideration, whose answers fall due in the coming days. Cases linked to records of the platform,
 * dated back from today: about replies to demo disclosure applications (table 四 of the disclosure report counts them)
 * a reconsideration upheld, the lawsuit brought after it and a lawsuit brought directly, both running; and against the
 * enforcement demo's decision {@value #LOST_DECISION} a reconsideration lost (撤销) on the last working day, so that
 * the decision shows the loss: revoked, its clocks stopped, and its publication on the desk to be withdrawn within the
 * coming working days. Loaded after the publication demo, which has published that decision by then. Invented names are marked （示例）.
 */
@Component
class LitigationDemoData implements DemoDataContributor {

    private static final String REVIEWER = "reviewer";
    private static final String COURT = "南通市海门区人民法院";
    private static final String DISTRICT_GOVERNMENT = "南通市海门区人民政府";
    /** The enforcement demo's decision the demo's lost reconsideration revokes. */
    static final String LOST_DECISION = "擅自占用城市绿地案（示例）";

    /** The report year's lawsuits: month and day received, the outcome (none while pending), and the head in court. */
    private record Past(int month, int day, Outcome outcome, String head, HeadRank rank, String act) {
    }

    private static final Past[] REPORT_YEAR = {
        new Past(2, 26, Outcome.CLAIM_DISMISSED, "陈明（示例）", HeadRank.CHIEF, "责令限期拆除违法建筑决定（示例）"),
        new Past(3, 18, Outcome.WITHDRAWN, "周立（示例）", HeadRank.DEPUTY, "土地征收补偿安置行为（示例）"),
        new Past(4, 22, Outcome.CLAIM_DISMISSED, "周立（示例）", HeadRank.DEPUTY_IN_CHARGE, "行政处罚决定（示例）"),
        new Past(6, 10, Outcome.SETTLED, "陈明（示例）", HeadRank.CHIEF, "房屋拆迁补偿协议（示例）"),
        new Past(7, 15, Outcome.CLAIM_DISMISSED, "周立（示例）", HeadRank.DEPUTY, "政府信息公开答复（示例）"),
        new Past(8, 19, Outcome.WITHDRAWN, "陈明（示例）", HeadRank.CHIEF, "强制拆除行为（示例）"),
        new Past(11, 11, null, "周立（示例）", HeadRank.DEPUTY, "不履行法定职责（示例）"),
        new Past(12, 9, null, null, null, "行政协议履行（示例）"),
    };

    private final LitigationCases cases;
    private final ChallengeableDecisions decisions;
    private final DisclosureApplications applications;

    LitigationDemoData(LitigationCases cases, ChallengeableDecisions decisions, DisclosureApplications applications) {
        this.cases = cases;
        this.decisions = decisions;
        this.applications = applications;
    }

    /** After the publication demo (300): the lost case's decision is published, and its withdrawal shows. */
    @Override
    public int order() {
        return 310;
    }

    @Override
    public void load(RunAs runAs, DemoCalendar dates) {
        OrgUnitView town = runAs.as(REVIEWER, () -> DataScope.currentUser().orElseThrow().homeUnit());
        long townId = town.townId();
        int year = dates.reportYear();
        int n = 0;
        for (Past p : REPORT_YEAR) {
            n++;
            LocalDate received = dates.workdayInReportYear(p.month(), p.day());
            long id = receive(runAs, townId, CaseKind.LITIGATION, "（" + year + "）苏0684行初" + (100 + n * 7) + "号",
                    COURT, "原告" + n + "（示例）", p.act(), received);
            runAs.as(REVIEWER, () -> cases.answer(id, dates.workingDaysAfter(received, 5)));
            if (p.head() != null) {
                LocalDate heard = dates.workingDaysAfter(received, 20);
                runAs.as(REVIEWER, () -> cases.hearing(id, new LitigationCases.NewHearing(heard, true, p.head(),
                        p.rank().name(), null, null, null)));
            }
            if (p.outcome() != null) {
                LocalDate concluded = dates.workingDaysAfter(received, 35);
                runAs.as(REVIEWER, () -> cases.conclude(id, concluded, p.outcome().name()));
            }
        }
        // running: a lawsuit received three working days ago, its 15 days still running
        receive(runAs, townId, CaseKind.LITIGATION, "（" + dates.currentYear() + "）苏0684行初38号", COURT,
                "原告甲（示例）", "责令停止违法行为通知（示例）", dates.workingDaysAgo(3));
        // running: a reconsideration before the district government, answer within 10 working days
        receive(runAs, townId, CaseKind.RECONSIDERATION, "海府复〔" + dates.currentYear() + "〕52号",
                DISTRICT_GOVERNMENT, "申请人乙（示例）", "政府信息公开申请答复（示例）", dates.workingDaysAgo(2));
        disclosureCases(runAs, townId, dates);
        lostReconsideration(runAs, townId, dates);
    }

    /** Replies to demo disclosure applications challenged: reconsidered and upheld, then sued; and sued directly. */
    private void disclosureCases(RunAs runAs, long townId, DemoCalendar dates) {
        int year = dates.currentYear();
        LocalDate reconsidered = dates.workingDayOnOrAfter(dates.today().minusDays(120));
        LocalDate upheld = dates.workingDaysAfter(reconsidered, 40);
        long reconsideration = linked(runAs, townId, CaseKind.RECONSIDERATION, "海府复〔" + year + "〕示例1号",
                DISTRICT_GOVERNMENT, "申请人丙（示例）", ActType.DISCLOSURE_APPLICATION,
                answeredBefore(runAs, reconsidered), reconsidered, false);
        answer(runAs, reconsideration, dates.workingDaysAfter(reconsidered, 5));
        runAs.as(REVIEWER, () -> cases.conclude(reconsideration, upheld, Outcome.UPHELD.name()));
        LocalDate suedAfter = dates.workingDaysAfter(upheld, 10);
        long after = linked(runAs, townId, CaseKind.LITIGATION, "（" + year + "）苏0684行初示例2号", COURT,
                "申请人丙（示例）", ActType.DISCLOSURE_APPLICATION, answeredBefore(runAs, reconsidered), suedAfter,
                true);
        answer(runAs, after, dates.workingDaysAfter(suedAfter, 5));
        LocalDate sued = dates.workingDaysAgo(28);
        long direct = linked(runAs, townId, CaseKind.LITIGATION, "（" + year + "）苏0684行初示例1号", COURT,
                "原告丁（示例）", ActType.DISCLOSURE_APPLICATION, answeredBefore(runAs, sued), sued, false);
        answer(runAs, direct, dates.workingDaysAfter(sued, 5));
    }

    /**
     * The reconsideration of {@value #LOST_DECISION}: received five working days after the decision was served,
     * answered, and the decision revoked (撤销) on the last working day — the penalty case takes its own steps.
     */
    private void lostReconsideration(RunAs runAs, long townId, DemoCalendar dates) {
        ChallengeableDecisions.Served decision = runAs.as(REVIEWER, decisions::challengeable).stream()
                .filter(d -> d.title().equals(LOST_DECISION)).findFirst()
                .orElseThrow(() -> new IllegalStateException("demo decision " + LOST_DECISION + " not served"));
        LocalDate received = dates.workingDaysAfter(decision.servedOn(), 5);
        long id = linked(runAs, townId, CaseKind.RECONSIDERATION, "海府复〔" + received.getYear() + "〕示例2号",
                DISTRICT_GOVERNMENT, "当事人戊（示例）", ActType.PENALTY_CASE, decision.caseId(), received, false);
        answer(runAs, id, dates.workingDaysAfter(received, 3));
        runAs.as(REVIEWER, () -> cases.conclude(id, dates.workingDaysAgo(1), Outcome.REVOKED.name()));
    }

    /** The latest demo application answered at least five days before the day its reply was challenged. */
    private long answeredBefore(RunAs runAs, LocalDate challengedOn) {
        List<DisclosureApplications.Answered> answered = runAs.as(REVIEWER, () -> applications.answeredBetween(
                challengedOn.minusYears(1), challengedOn.minusDays(5)));
        if (answered.isEmpty()) {
            throw new IllegalStateException("no demo application answered before " + challengedOn);
        }
        return answered.get(answered.size() - 1).id();
    }

    private void answer(RunAs runAs, long id, LocalDate on) {
        runAs.as(REVIEWER, () -> cases.answer(id, on));
    }

    private long receive(RunAs runAs, long townId, CaseKind kind, String number, String body, String applicant,
                         String act, LocalDate received) {
        return runAs.as(REVIEWER, () -> cases.receive(new LitigationCases.NewCase(kind.name(), townId, number, body,
                PartyData.of(applicant, null, null, null), ActType.OTHER.name(), null, act, received, null, null))
                .getId());
    }

    private long linked(RunAs runAs, long townId, CaseKind kind, String number, String body, String applicant,
                        ActType act, long actId, LocalDate received, boolean afterReconsideration) {
        return runAs.as(REVIEWER, () -> cases.receive(new LitigationCases.NewCase(kind.name(), townId, number, body,
                PartyData.of(applicant, null, null, null), act.name(), actId, null, received, null,
                afterReconsideration)).getId());
    }
}
