package org.fazhi.publication.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.fazhi.organization.DemoCalendar;
import org.fazhi.organization.DemoDataContributor;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.RunAs;
import org.fazhi.publication.DecisionKind;
import org.fazhi.publication.DecisionToPublish;
import org.fazhi.publication.PartyType;
import org.springframework.stereotype.Component;

/**
 * Demo: the report year's published penalty decisions of 三星镇 (and a few of 示例镇), one withdrawn; the decisions the
 * enforcement demo made in the report year published within their period — all invented, all through the desk's own
 * service. The recent decisions waiting for review come from the enforcement records (its demo), so that both modules
 * count the same decisions.
 */
@Component
class PublicationDemoData implements DemoDataContributor {

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
        "朱", "高", "林", "欧阳", "施", "顾", "沈", "陆"};
    private static final String[] GIVEN = {"建国", "小明", "海燕", "卫东", "秀英", "志强", "丽华", "国平", "春梅", "军"};
    private static final String[] COMPANIES = {"南通某某家纺有限公司", "海门某某餐饮店", "三星镇某某建材经营部",
        "南通某某物流有限公司", "海门某某超市"};
    /** violation, basis, penalty template (%s = amount) */
    private static final String[][] CASES = {
        {"在叠石桥国际家纺城东侧道路占道经营", "《江苏省城市市容和环境卫生管理条例》第二十条、第五十二条", "罚款人民币%s元"},
        {"未经批准擅自设置户外广告", "《城市市容和环境卫生管理条例》第十一条、第三十六条", "罚款人民币%s元"},
        {"运输渣土车辆未密闭，沿途泄漏", "《城市建筑垃圾管理规定》第十四条、第二十三条", "罚款人民币%s元"},
        {"餐饮经营未安装油烟净化设施", "《中华人民共和国大气污染防治法》第八十一条、第一百一十八条", "责令改正，罚款人民币%s元"},
        {"擅自占用城市绿地堆放物料", "《城市绿化条例》第二十条、第二十七条", "责令限期退还，罚款人民币%s元"},
        {"在居民区夜间施工产生噪声", "《中华人民共和国噪声污染防治法》第四十三条、第七十七条", "警告，罚款人民币%s元"},
    };

    private final PublicationService service;
    private final OrgDirectory directory;

    PublicationDemoData(PublicationService service, OrgDirectory directory) {
        this.service = service;
        this.directory = directory;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void load(RunAs runAs, DemoCalendar dates) {
        Random random = new Random(2024);
        int year = dates.reportYear();
        OrgUnitView sanxing = bureau("三星镇");
        OrgUnitView town2 = bureau("示例镇");
        runAs.as("reviewer", () -> {
            LocalDate day = dates.workdayInReportYear(1, 8);
            for (int i = 1; i <= 36; i++) {
                DecisionToPublish d = decision(sanxing, "海三星", year, i, day, random);
                int delay = i % 9 == 0 ? 10 : 1 + random.nextInt(5);
                service.prepareAndPublish(d, dates.workingDaysAfter(day, delay));
                day = dates.workingDayOnOrAfter(day.plusDays(7 + random.nextInt(4)));
            }
            String revoked = "海三星综执罚立〔" + year + "〕第5号";
            service.decisionRevoked(revoked, dates.workdayInReportYear(6, 3), "经行政复议，原处罚决定被依法撤销");
            service.publications().findByCaseNumber(revoked).forEach(p -> service.withdraw(p.getId()));
            // the enforcement demo's earlier decisions went out within their 7 working days; its recent ones wait
            int period = PublicationPeriods.PENALTY_OR_LICENCE.amount();
            service.publications().findByStatus(PublicationStatus.PENDING_REVIEW).stream()
                    .filter(p -> dates.workingDaysAfter(p.getDecidedOn(), period).isBefore(dates.today()))
                    .forEach(p -> service.publishOn(p.getId(), dates.workingDaysAfter(p.getDecidedOn(), 2)));
        });
        runAs.as("t2-officer1", () -> {
            LocalDate day = dates.workdayInReportYear(3, 4);
            for (int i = 1; i <= 4; i++) {
                service.prepareAndPublish(decision(town2, "海示例", year, i, day, random),
                        dates.workingDaysAfter(day, 3));
                day = dates.workingDayOnOrAfter(day.plusDays(30));
            }
        });
    }

    private OrgUnitView bureau(String town) {
        OrgUnitView t = directory.towns().stream().filter(u -> u.name().equals(town)).findFirst().orElseThrow();
        return directory.children(t.id()).stream().filter(u -> u.name().equals("综合行政执法局")).findFirst()
                .orElseThrow();
    }

    private static DecisionToPublish decision(OrgUnitView holder, String prefix, int year, int no, LocalDate day,
                                              Random random) {
        String[] c = CASES[random.nextInt(CASES.length)];
        int amount = (1 + random.nextInt(20)) * 100;
        boolean person = random.nextInt(3) > 0;
        String name = person ? SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]
                : COMPANIES[random.nextInt(COMPANIES.length)];
        String id = person ? "3206841980" + String.format("%02d%02d", 1 + random.nextInt(12), 1 + random.nextInt(28))
                + String.format("%03d", random.nextInt(1000)) + random.nextInt(10) : null;
        String violation = (person ? "当事人" + name + "（身份证号" + id + "，联系电话1391234" + String.format("%04d",
                random.nextInt(10000)) + "）" : "当事人" + name) + c[0] + "。";
        return new DecisionToPublish(holder.id(), DecisionKind.PENALTY, prefix + "综执罚立〔" + year + "〕第" + no + "号",
                prefix + "综执罚决〔" + year + "〕第" + no + "号", name + c[0].replaceAll("^在.*?(道路|区)", "") + "案",
                person ? PartyType.NATURAL_PERSON : PartyType.ORGANISATION, name, id, null, null, null, List.of(),
                violation, c[1], String.format(c[2], amount), new BigDecimal(amount), day, day.minusDays(20));
    }
}
