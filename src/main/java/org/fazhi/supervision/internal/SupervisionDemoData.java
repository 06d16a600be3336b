package org.fazhi.supervision.internal;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.organization.DemoCalendar;
import org.fazhi.organization.DemoDataContributor;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.RunAs;
import org.fazhi.organization.scope.DataScope;
import org.springframework.stereotype.Component;

/**
 * Demo supervision of 三星镇 through the module's own services, signed in as {@code reviewer}: a complaint in each
 * state (one received on the portal), then a run of the rules over the other modules' demo data, and a rectification
 * notice about the first finding, answered by the town's leadership; and the case-file review of the report year,
 * drawn with a fixed seed and scored. Runs after every other module's demo data, whose
 * overdue clocks it finds. Invented content is marked （示例）.
 */
@Component
class SupervisionDemoData implements DemoDataContributor {

    private static final String REVIEWER = "reviewer";

    /** The seed of the demo review's draw, so that the demo's draw can be repeated. */
    static final long DEMO_SEED = 20_251_231L;

    private final Complaints complaints;
    private final Findings findings;
    private final CaseReviews reviews;
    private final OrgDirectory directory;

    SupervisionDemoData(Complaints complaints, Findings findings, CaseReviews reviews, OrgDirectory directory) {
        this.complaints = complaints;
        this.findings = findings;
        this.reviews = reviews;
        this.directory = directory;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public void load(RunAs runAs, DemoCalendar dates) {
        long town = runAs.as(REVIEWER, () -> DataScope.currentUser().orElseThrow().homeUnit().townId());
        OrgUnitView bureau = directory.departmentOrTown(town, "综合行政执法局");

        // received yesterday on the hotline, the acceptance period running
        register(runAs, ComplaintChannel.HOTLINE, bureau, "执法人员未出示执法证（示例）", dates.workingDaysAgo(1), false);

        // forwarded by 12345, accepted and being handled
        long accepted = register(runAs, ComplaintChannel.FORWARDED_12345, bureau,
                "占道经营处罚过重（示例）", dates.workingDaysAgo(10), false);
        runAs.as(REVIEWER, () -> complaints.accept(accepted, dates.workingDaysAgo(6)));

        // a letter about a civil dispute, not accepted with the reason told
        long declined = register(runAs, ComplaintChannel.LETTER, directory.get(town), "邻里宅基地纠纷（示例）",
                dates.workingDaysAgo(15), true);
        runAs.as(REVIEWER, () -> complaints.reject(declined, "属于民事纠纷，不属于行政执法监督范围，已告知可申请人民调解。",
                dates.workingDaysAgo(12)));

        // submitted on the portal, accepted and concluded with a reply
        long online = DataScope.asSystem(() -> complaints.submitOnline(new Complaints.NewComplaint(null,
                bureau.id(), "执法态度（示例）", null, null, "执法人员检查时态度生硬，未告知权利。（示例）", true, null, null,
                null)).getId());
        LocalDate receivedOn = runAs.as(REVIEWER, () -> complaints.complaint(online).getReceivedOn());
        runAs.as(REVIEWER, () -> complaints.accept(online, receivedOn));
        runAs.as(REVIEWER, () -> complaints.conclude(online, "经调查，执法人员未按规定告知当事人陈述申辩权利，情况属实。",
                "对相关执法人员批评教育，组织全员执法规范培训。", "您反映的问题经调查属实，已责成整改，感谢监督。（示例）",
                receivedOn));

        // the rules over the demo data, and a notice about the first finding
        List<SupervisionFinding> raised = runAs.as(REVIEWER, findings::run);
        if (!raised.isEmpty()) {
            long notice = runAs.as(REVIEWER, () -> findings.issue(new Findings.NewNotice(
                    List.of(raised.get(0).getId()), NoticeKind.RECTIFICATION,
                    "请于答复期限前完成办理，并说明逾期原因和整改措施。（示例）", dates.inDays(15))).getId());
            runAs.as("leader", () -> findings.answer(notice, "已督促承办部门办结，并建立每周期限提醒制度。（示例）", null));
        }
        review(runAs, town, dates);
    }

    /** The report year's case-file review: drawn, every case scored, one with deductions under two headings. */
    private void review(RunAs runAs, long town, DemoCalendar dates) {
        long round = runAs.as(REVIEWER, () -> reviews.create(dates.reportYear(), town).getId());
        runAs.as(REVIEWER, () -> reviews.draw(round, DEMO_SEED));
        java.util.Map<String, Long> item = runAs.as(REVIEWER, () -> reviews.itemsOf(round)).stream()
                .collect(java.util.stream.Collectors.toMap(ReviewItem::getHeading, ReviewItem::getId));
        List<CaseReviews.ScoredCase> drawn = runAs.as(REVIEWER, () -> reviews.casesOf(round));
        for (int i = 0; i < drawn.size(); i++) {
            long id = drawn.get(i).reviewCase().getId();
            List<CaseReviews.NewDeduction> taken = switch (i) {
                case 0 -> List.of(new CaseReviews.NewDeduction(item.get("文书规范"), 3, "送达回证未注明送达方式（示例）"),
                        new CaseReviews.NewDeduction(item.get("归档完整"), 2, "卷内目录未编页码（示例）"));
                case 1 -> List.of(new CaseReviews.NewDeduction(item.get("证据确凿"), 8, "现场照片未注明拍摄时间和地点（示例）"),
                        new CaseReviews.NewDeduction(item.get("裁量适当"), 6, "未说明适用裁量基准的理由（示例）"));
                default -> List.of();
            };
            runAs.as(REVIEWER, () -> reviews.score(round, id, taken));
        }
    }

    private long register(RunAs runAs, ComplaintChannel channel, OrgUnitView unit, String subject, LocalDate on,
                          boolean anonymous) {
        return runAs.as(REVIEWER, () -> complaints.register(new Complaints.NewComplaint(channel, unit.id(), subject,
                null, null, subject + "：请核实处理。", anonymous, anonymous ? null : "陈某某（示例）",
                anonymous ? null : "13900000000", on)).getId());
    }
}
