package org.fazhi.legality.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fazhi.organization.DemoCalendar;
import org.fazhi.organization.DemoDataContributor;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.RunAs;
import org.fazhi.organization.scope.DataScope;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Demo major decisions of 三星镇, run by {@code leader} through the procedure's own methods after the demo reviews:
 * one published (consulted for 30 days, argued, assessed, reviewed lawful, discussed and published some three months
 * ago) and one in its public consultation now, linked to the demo review still waiting for counsel; and the
 * contracts register: one signed after its lawful review, one waiting for its review; and three normative documents.
 * Invented titles are marked （示例）.
 */
@Component
class RegisterDemoData implements DemoDataContributor {

    private static final String LEADER = "leader";
    private static final String REVIEWER = "reviewer";

    private final MajorDecisions decisions;
    private final LegalityReviews reviews;
    private final Contracts contracts;
    private final NormativeDocuments documents;
    private final OrgDirectory directory;

    RegisterDemoData(MajorDecisions decisions, LegalityReviews reviews, Contracts contracts,
                     NormativeDocuments documents, OrgDirectory directory) {
        this.decisions = decisions;
        this.reviews = reviews;
        this.contracts = contracts;
        this.documents = documents;
        this.directory = directory;
    }

    @Override
    public int order() {
        return 86;
    }

    /** Needs none of the other lane's records, and that lane reads none of these. */
    @Override
    public boolean standsAlone() {
        return true;
    }

    @Override
    public void load(RunAs runAs, DemoCalendar dates) {
        long town = runAs.as(LEADER, () -> DataScope.currentUser().orElseThrow().homeUnit().townId());
        publishedDecision(runAs, dates, town);
        consultingDecision(runAs, dates, town);
        contracts(runAs, dates, town);
        // normative documents: one in force for years, one whose five-year validity ends next month (due for
        // cleanup), one published last week and waiting to be filed with the district
        LocalDate old = dates.workingDayOnOrBefore(dates.today().minusYears(5).plusDays(30));
        document(runAs, dates, town, "三星镇农村宅基地管理实施细则（示例）", "三政规〔" + old.getYear() + "〕1号", old,
                old.plusYears(5), true);
        LocalDate lastYear = dates.workingDayOnOrBefore(dates.today().minusYears(1));
        document(runAs, dates, town, "三星镇村级公益事业建设一事一议筹资筹劳管理办法（示例）",
                "三政规〔" + lastYear.getYear() + "〕2号", lastYear, lastYear.plusYears(5), true);
        LocalDate recent = dates.workingDaysAgo(5);
        document(runAs, dates, town, "三星镇农村人居环境长效管护考核办法（示例）", "三政规〔" + recent.getYear() + "〕3号",
                recent, recent.plusYears(3), false);
    }

    /** A normative document through its steps: reviewed lawful, deliberated, published, in force, maybe filed. */
    private void document(RunAs runAs, DemoCalendar dates, long town, String title, String number,
                          LocalDate published, LocalDate validUntil, boolean filed) {
        LocalDate received = dates.workingDaysBefore(published, 15);
        LocalDate concluded = dates.workingDaysAfter(received, 8);
        long review = runAs.as(REVIEWER, () -> {
            long r = reviews.submit(new LegalityReviews.NewReview(ReviewKind.NORMATIVE_DOCUMENT,
                    title.replace("（示例）", "（送审稿）（示例）"), town, received, null, null)).getId();
            reviews.conclude(r, Conclusion.LAWFUL, "制定主体、程序和内容符合规定。", null, concluded);
            return r;
        });
        runAs.as(LEADER, () -> {
            long id = documents.register(title, town).getId();
            documents.consult(id, dates.workingDaysBefore(received, 12), dates.workingDaysBefore(received, 2));
            documents.linkReview(id, review);
            documents.deliberate(id, "镇政府常务会议", dates.workingDaysAfter(concluded, 2));
            documents.publish(id, number, published, validUntil);
            documents.putInForce(id, published);
            if (filed) {
                documents.file(id, dates.workingDaysAfter(published, 5));
            }
        });
    }

    /** One contract signed after its lawful review, one waiting for the review returned for material. */
    private void contracts(RunAs runAs, DemoCalendar dates, long town) {
        long office = directory.departmentOrTown(town, "综合行政执法局").id();
        LocalDate received = dates.workingDaysAgo(20);
        LocalDate concluded = dates.workingDaysAfter(received, 6);
        long review = runAs.as(REVIEWER, () -> {
            long r = reviews.submit(new LegalityReviews.NewReview(ReviewKind.CONTRACT, "镇村道路养护服务合同（示例）",
                    town, received, null, null)).getId();
            reviews.conclude(r, Conclusion.LAWFUL_WITH_CHANGES, "违约责任条款修改后合法。", "《中华人民共和国民法典》第五百七十七条",
                    concluded);
            return r;
        });
        runAs.as(LEADER, () -> {
            long signed = contracts.register("镇村道路养护服务合同（示例）", town, "海门某市政养护有限公司",
                    new BigDecimal("386000.00")).getId();
            contracts.linkReview(signed, review);
            contracts.sign(signed, dates.workingDaysAfter(concluded, 2));
            long waiting = contracts.register("镇区保洁服务外包合同（示例）", office, "南通某环境服务有限公司",
                    new BigDecimal("1250000.00")).getId();
            reviews.search(ReviewKind.CONTRACT, null, "镇区保洁服务外包合同", PageRequest.of(0, 1)).stream().findFirst()
                    .ifPresent(r -> contracts.linkReview(waiting, r.getId()));
        });
    }

    private void publishedDecision(RunAs runAs, DemoCalendar dates, long town) {
        LocalDate opens = dates.workingDayOnOrBefore(dates.daysAgo(100));
        LocalDate closes = MajorDecision.earliestClose(opens);
        long id = runAs.as(LEADER, () -> decisions.open("三星镇农村生活污水治理提升工程（示例）", town,
                DecisionScope.CONSTRUCTION_PROJECT, opens.getYear()).getId());
        runAs.as(LEADER, () -> {
            decisions.openConsultation(id, opens, closes, null, "拟对全镇26个村的农村生活污水收集管网进行改造提升，分两年实施。");
            DecisionComment c = decisions.comment(id, opens.plusDays(6), "村民王某", "建议优先改造居住集中的村民小组。");
            decisions.answer(id, c.getId(), "已采纳，实施方案按居住集中程度排列改造顺序。");
            decisions.summarise(id, "征求意见期间共收到意见1条，采纳1条。");
            decisions.argue(id, closes.plusDays(2), "专家组认为工艺路线可行，建议加强运维管护。");
            decisions.assessRisk(id, closes.plusDays(3), RiskLevel.LOW, "施工期间分段封路并提前公告，设专人受理群众诉求。");
            decisions.counsel(id, "counsel", "决策程序符合规定，建议在施工合同中明确质保责任。", closes.plusDays(4));
        });
        LocalDate received = dates.workingDayOnOrAfter(closes.plusDays(5));
        LocalDate concluded = dates.workingDaysAfter(received, 5);
        long review = runAs.as(REVIEWER, () -> {
            long r = reviews.submit(new LegalityReviews.NewReview(ReviewKind.MAJOR_DECISION,
                    "三星镇农村生活污水治理提升工程实施方案（草案）（示例）", town, received,
                    dates.workingDaysAfter(received, 8), null)).getId();
            reviews.conclude(r, Conclusion.LAWFUL, "决策主体、程序和内容符合法律法规规定。",
                    "《重大行政决策程序暂行条例》第二十五条", concluded);
            return r;
        });
        LocalDate held = dates.workingDaysAfter(concluded, 2);
        runAs.as(LEADER, () -> {
            decisions.linkReview(id, review);
            decisions.discuss(id, "镇政府常务会议", "镇长、副镇长、司法所所长、法律顾问", held, DiscussionResult.ADOPTED, null);
            decisions.publish(id, dates.workingDaysAfter(held, 3),
                    "经镇政府常务会议研究，决定实施农村生活污水治理提升工程，分两年完成全镇26个村的管网改造。");
        });
    }

    private void consultingDecision(RunAs runAs, DemoCalendar dates, long town) {
        LocalDate opens = dates.daysAgo(5);
        long id = runAs.as(LEADER, () -> decisions.open("三星镇集镇区道路改造工程（示例）", town,
                DecisionScope.CONSTRUCTION_PROJECT, dates.today().getYear()).getId());
        runAs.as(LEADER, () -> {
            decisions.openConsultation(id, opens, MajorDecision.earliestClose(opens), null,
                    "拟对集镇区主干道实施拓宽改造，增设人行道和停车泊位。");
            decisions.comment(id, dates.daysAgo(2), "商户李某", "施工期间请保留临街商铺出入通道。");
            reviews.search(ReviewKind.MAJOR_DECISION, null, "集镇区道路改造工程实施方案", PageRequest.of(0, 1))
                    .stream().findFirst().ifPresent(r -> decisions.linkReview(id, r.getId()));
        });
    }
}
