package org.fazhi.enforcement.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import org.fazhi.enforcement.PenaltyKind;
import org.fazhi.officer.CertificateRegister;
import org.fazhi.officer.OfficerSummary;
import org.fazhi.organization.DemoCalendar;
import org.fazhi.organization.DemoDataContributor;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.RunAs;
import org.fazhi.publication.DecisionKind;
import org.fazhi.publication.PartyType;
import org.fazhi.publication.PublicationDesk;
import org.fazhi.shared.ResidentIdNumber;
import org.springframework.stereotype.Component;

/**
 * Demo: decisions 三星镇 made on paper this month and entered as past decisions (历史处罚决定) — waiting for the
 * publication review, due in five and in two working days and one overdue this month — and one on a party under 18 on
 * the day of the violation, withheld from publication; and one found by the supervision rules: a major decision made
 * without legal review and signed by an officer whose certificate had been cleared. Entered after the publication demo has published the older
 * decisions, so that they still wait; being decisions of the enforcement records, they count in its figures as on the
 * publication desk.
 */
@Component
class PastDecisionDemoData implements DemoDataContributor {

    private final PastDecisions decisions;
    private final CertificateRegister register;
    private final OrgDirectory directory;
    private final PublicationDesk desk;

    PastDecisionDemoData(PastDecisions decisions, CertificateRegister register, OrgDirectory directory,
                         PublicationDesk desk) {
        this.desk = desk;
        this.decisions = decisions;
        this.register = register;
        this.directory = directory;
    }

    @Override
    public int order() {
        // after the publication demo (300), which publishes every decision older than its period
        return 310;
    }

    @Override
    public void load(RunAs runAs, DemoCalendar dates) {
        OrgUnitView bureau = bureau();
        LocalDate[] recent = {dates.workingDaysAgo(2), dates.workingDaysAgo(5),
            dates.workingDaysBefore(dates.overdueBy(1), desk.publicationPeriod(DecisionKind.PENALTY).amount())};
        String[][] what = {
            {"违规设置户外广告案（示例）", "南通示例广告有限公司", "未经批准擅自设置户外广告",
                "《城市市容和环境卫生管理条例》第十一条、第三十六条", "1500"},
            {"占道经营案（纸质办理，示例）", "海门示例餐饮店", "在叠石桥国际家纺城东侧道路占道经营",
                "《江苏省城市市容和环境卫生管理条例》第二十条、第五十二条", "800"},
            {"渣土运输泄漏案（示例）", "南通示例物流有限公司", "运输渣土车辆未密闭，沿途泄漏",
                "《城市建筑垃圾管理规定》第十四条、第二十三条", "2000"}};
        runAs.as("officer1", () -> {
            for (int i = 0; i < recent.length; i++) {
                LocalDate decided = recent[i];
                decisions.record(entry(bureau, "海三星综执罚立〔" + decided.getYear() + "〕第" + (101 + i) + "号",
                        what[i][0], PartyType.ORGANISATION, what[i][1], null, what[i][2], what[i][3],
                        EnumSet.of(PenaltyKind.FINE), new BigDecimal(what[i][4]), decided.minusDays(20), decided));
            }
            // a party under 18 on the day of the violation: withheld from publication, no clock
            LocalDate minorDecided = dates.workingDaysAgo(10);
            LocalDate violated = minorDecided.minusDays(21);
            String minorId = ResidentIdNumber.withCheckCharacter("320684"
                    + violated.minusYears(15).format(DateTimeFormatter.BASIC_ISO_DATE) + "123");
            decisions.record(entry(bureau, "海三星综执罚立〔" + minorDecided.getYear() + "〕第120号",
                    "某某未成年人燃放烟花爆竹案（示例）", PartyType.NATURAL_PERSON, "赵小宝", minorId, "在禁放区域燃放烟花爆竹",
                    "《烟花爆竹安全管理条例》第四十二条", EnumSet.of(PenaltyKind.WARNING), null, violated, minorDecided));
            paperDecisionOfAnOfficerWhoLeft(bureau, dates);
        });
    }

    /**
     * A major decision (第58条) entered from paper without legal review, signed with officer1 by an officer whose
     * certificate was cleared in the report year (the officer demo's officer who left): the register knew him valid on
     * the first working day of the report year, not on the decision date.
     */
    private void paperDecisionOfAnOfficerWhoLeft(OrgUnitView bureau, DemoCalendar dates) {
        LocalDate decided = dates.workingDaysAgo(3);
        java.util.Set<Long> validNow = register.validOn(decided).stream().map(OfficerSummary::id)
                .collect(java.util.stream.Collectors.toSet());
        register.validOn(dates.workdayInReportYear(1, 2)).stream().filter(o -> !validNow.contains(o.id()))
                .findFirst().ifPresent(left -> {
                    LocalDate violated = decided.minusDays(30);
                    decisions.record(new DecisionLedger.Entry(bureau, "海三星综执罚立〔" + decided.getYear() + "〕第130号",
                            "违法建设案（纸质办理，示例）", PartyType.ORGANISATION, "南通示例置业有限公司", null, null, null,
                            null, "未取得建设工程规划许可证建设仓库", "《中华人民共和国城乡规划法》第四十条、第六十四条",
                            EnumSet.of(PenaltyKind.FINE), new BigDecimal("150000"), violated, violated.plusDays(1),
                            decided, List.of(certificate("officer1", decided), left.certificateNumber()), true,
                            false));
                });
    }

    private DecisionLedger.Entry entry(OrgUnitView holder, String number, String title, PartyType type, String party,
                                       String idNumber, String violation, String basis, EnumSet<PenaltyKind> kinds,
                                       BigDecimal fine, LocalDate violatedOn, LocalDate decidedOn) {
        return new DecisionLedger.Entry(holder, number, title, type, party, idNumber, null, null, null,
                violation, basis, kinds, fine, violatedOn, violatedOn.plusDays(1), decidedOn,
                List.of(certificate("officer1", decidedOn), certificate("officer2", decidedOn)), false, null);
    }

    private String certificate(String user, LocalDate on) {
        return register.ofUser(user, on).map(OfficerSummary::certificateNumber).orElseThrow();
    }

    private OrgUnitView bureau() {
        OrgUnitView town = directory.towns().stream().filter(u -> u.name().equals("三星镇")).findFirst().orElseThrow();
        return directory.children(town.id()).stream().filter(u -> u.name().equals("综合行政执法局")).findFirst()
                .orElseThrow();
    }
}
