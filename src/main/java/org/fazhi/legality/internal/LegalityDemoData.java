package org.fazhi.legality.internal;

import java.time.LocalDate;
import org.fazhi.organization.DemoCalendar;
import org.fazhi.organization.DemoDataContributor;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.RunAs;
import org.fazhi.organization.scope.DataScope;
import org.springframework.stereotype.Component;

/**
 * Demo legality reviews of 三星镇, received and handled by {@code reviewer} with {@code counsel}'s opinions through the
 * procedure's own methods: one review in each state, open ones falling due in the coming days, and one concluded in
 * the report year so the legal-team figures count an opinion. Invented titles are marked （示例）.
 */
@Component
class LegalityDemoData implements DemoDataContributor {

    private static final String REVIEWER = "reviewer";
    private static final String COUNSEL = "counsel";

    private final LegalityReviews reviews;
    private final OrgDirectory directory;

    LegalityDemoData(LegalityReviews reviews, OrgDirectory directory) {
        this.reviews = reviews;
        this.directory = directory;
    }

    @Override
    public int order() {
        return 85;
    }

    /** Needs none of the other lane's records, and that lane reads none of these. */
    @Override
    public boolean standsAlone() {
        return true;
    }

    @Override
    public void load(RunAs runAs, DemoCalendar dates) {
        long town = runAs.as(REVIEWER, () -> DataScope.currentUser().orElseThrow().homeUnit().townId());
        OrgUnitView office = directory.departmentOrTown(town, "综合行政执法局");
        OrgUnitView government = directory.get(town);

        // a normative document under review, due 12 working days ahead
        submit(runAs, ReviewKind.NORMATIVE_DOCUMENT, "关于加强农村人居环境长效管护的实施意见（送审稿）（示例）", government,
                dates.workingDaysAgo(3), null);

        // a major decision waiting for counsel, the drafter asking for 8 working days
        long major = submit(runAs, ReviewKind.MAJOR_DECISION, "三星镇集镇区道路改造工程实施方案（草案）（示例）", government,
                dates.workingDaysAgo(2), dates.workingDaysAhead(6));
        runAs.as(REVIEWER, () -> reviews.askCounsel(major, COUNSEL, dates.workingDaysAgo(1)));

        // a contract returned for the missing annex
        long contract = submit(runAs, ReviewKind.CONTRACT, "镇区保洁服务外包合同（示例）", office,
                dates.workingDaysAgo(6), null);
        runAs.as(REVIEWER, () -> reviews.returnForMaterial(contract, "缺少服务标准附件和报价清单", dates.workingDaysAgo(2)));

        // another matter concluded with counsel's opinion
        long other = submit(runAs, ReviewKind.OTHER, "综合行政执法局行政执法公示办法（修订稿）（示例）", office,
                dates.workingDaysAgo(12), null);
        handled(runAs, other, dates.workingDaysAgo(10), dates.workingDaysAgo(8), dates.workingDaysAgo(7),
                Conclusion.LAWFUL_WITH_CHANGES, "第五条公示期限与上位法不一致，修改后合法。", "《中华人民共和国行政处罚法》第三十九条");

        // a normative document of the report year, concluded lawful
        LocalDate received = dates.workdayInReportYear(5, 12);
        long normative = submit(runAs, ReviewKind.NORMATIVE_DOCUMENT, "三星镇村级小微权力清单管理办法（示例）", government,
                received, null);
        handled(runAs, normative, dates.workingDaysAfter(received, 2), dates.workingDaysAfter(received, 5),
                dates.workingDaysAfter(received, 8), Conclusion.LAWFUL, "制定主体、程序和内容均符合法律法规规定。",
                "《中华人民共和国村民委员会组织法》第三十二条");
    }

    private long submit(RunAs runAs, ReviewKind kind, String title, OrgUnitView unit, LocalDate receivedOn,
                        LocalDate requestedBy) {
        return runAs.as(REVIEWER, () -> reviews.submit(new LegalityReviews.NewReview(kind, title, unit.id(),
                receivedOn, requestedBy, null)).getId());
    }

    private void handled(RunAs runAs, long id, LocalDate asked, LocalDate written, LocalDate concluded,
                         Conclusion conclusion, String reasons, String basis) {
        runAs.as(REVIEWER, () -> reviews.askCounsel(id, COUNSEL, asked));
        runAs.as(COUNSEL, () -> reviews.writeOpinion(id, "经审查，建议按审查意见修改后提交集体讨论。", written));
        runAs.as(REVIEWER, () -> reviews.conclude(id, conclusion, reasons, basis, concluded));
    }
}
