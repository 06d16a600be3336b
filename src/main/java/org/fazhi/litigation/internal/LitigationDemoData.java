package org.fazhi.litigation.internal;

import java.time.LocalDate;
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
 * a lawsuit and a reconsideration, whose answers fall due in the coming days. Invented names are marked （示例）.
 */
@Component
class LitigationDemoData implements DemoDataContributor {

    private static final String REVIEWER = "reviewer";
    private static final String COURT = "南通市海门区人民法院";
    private static final String DISTRICT_GOVERNMENT = "南通市海门区人民政府";

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

    LitigationDemoData(LitigationCases cases) {
        this.cases = cases;
    }

    @Override
    public int order() {
        return 150;
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
    }

    private long receive(RunAs runAs, long townId, CaseKind kind, String number, String body, String applicant,
                         String act, LocalDate received) {
        return runAs.as(REVIEWER, () -> cases.receive(new LitigationCases.NewCase(kind.name(), townId, number, body,
                PartyData.of(applicant, null, null, null), ActType.OTHER.name(), null, act, received, null)).getId());
    }
}
