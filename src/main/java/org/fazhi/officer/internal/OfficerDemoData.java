package org.fazhi.officer.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.DemoDataContributor;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.RunAs;
import org.springframework.stereotype.Component;

/**
 * Demo officers of both towns, entered by the judicial office through the register's own lifecycle. For 三星镇 the
 * year 2024 holds exactly the figures of its 2024 法治政府建设 report — 11 certificates applied for (申领) and 10
 * renewed (换证) — and a few certificates expire within the warning window from the day the demo is loaded. Names are
 * marked （示例）.
 */
@Component
class OfficerDemoData implements DemoDataContributor {

    private static final String[] NAMES = {"陈立新", "王海燕", "周建华", "吴晓东", "徐志强", "朱丽萍", "沈国平", "顾建军",
        "陆雪梅", "黄志明", "施红英", "曹永刚", "张卫东", "季小兵", "倪晓燕", "袁建新", "钱志勇", "秦玉兰", "蔡国华",
        "邱海波", "葛春梅", "范立军", "茅建平", "姜晓红", "瞿国强"};
    private static final String CATEGORY = "综合行政执法";

    private final OfficerService officers;
    private final OrgDirectory directory;
    private final Clock clock;

    OfficerDemoData(OfficerService officers, OrgDirectory directory, Clock clock) {
        this.officers = officers;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void load(RunAs runAs) {
        LocalDate today = LocalDate.now(clock);
        runAs.as("reviewer", () -> sanxing(today));
        runAs.as("t2-admin", () -> secondTown(today));
    }

    private void sanxing(LocalDate today) {
        OrgUnitView town = DataScope.currentUser().orElseThrow().homeUnit();
        OrgUnitView bureau = unit(town.townId(), "综合行政执法局");
        int[] seq = {0};
        // 10 renewals in 2024: certificates first issued in 2019, renewed under the same number
        String[] renewedUsers = {"officer1", "officer2"};
        for (int i = 0; i < 10; i++) {
            String name = i < 2 ? (i == 0 ? "执法人员甲（示例）" : "执法人员乙（示例）") : NAMES[i] + "（示例）";
            EnforcementOfficer o = officer(name, bureau, ++seq[0], i < 2 ? renewedUsers[i] : null);
            LocalDate issued = LocalDate.of(2019, 3 + i % 9, 10 + i);
            EnforcementCertificate c = officers.apply(o.getId(), "32068419" + String.format("%03d", seq[0]), CATEGORY,
                    issued, issued.plusYears(5).minusDays(1));
            LocalDate renewed = LocalDate.of(2024, 2 + i % 9, 5 + i);
            officers.renew(c.getId(), null, renewed, renewed.plusYears(5).minusDays(1));
            training(o, 2024, 40 + i);
        }
        // 11 applications in 2024: new officers
        for (int i = 0; i < 11; i++) {
            EnforcementOfficer o = officer(NAMES[10 + i] + "（示例）", bureau, ++seq[0], null);
            LocalDate issued = LocalDate.of(2024, 1 + i, 8 + i);
            officers.apply(o.getId(), "32068424" + String.format("%03d", seq[0]), CATEGORY, issued,
                    issued.plusYears(5).minusDays(1));
            training(o, 2024, 32 + i);
        }
        // three certificates issued in 2022 that expire soon (25, 50 and 80 days after loading)
        int[] soon = {25, 50, 80};
        for (int i = 0; i < soon.length; i++) {
            EnforcementOfficer o = officer(NAMES[21 + i] + "（示例）", bureau, ++seq[0], null);
            officers.apply(o.getId(), "32068422" + String.format("%03d", seq[0]), CATEGORY,
                    LocalDate.of(2022, 3, 1 + i), today.plusDays(soon[i]));
        }
        // one officer who left: certificate issued in 2020 and cleared in 2025
        EnforcementOfficer left = officer(NAMES[24] + "（示例）", bureau, ++seq[0], null);
        EnforcementCertificate c = officers.apply(left.getId(), "32068420" + String.format("%03d", seq[0]), CATEGORY,
                LocalDate.of(2020, 6, 1), LocalDate.of(2025, 5, 31));
        officers.clear(c.getId(), LocalDate.of(2025, 3, 3), "调离执法岗位");
    }

    private void secondTown(LocalDate today) {
        OrgUnitView town = DataScope.currentUser().orElseThrow().homeUnit();
        OrgUnitView bureau = unit(town.townId(), "综合行政执法局");
        String[][] people = {{"示例镇执法人员甲", "t2-officer1"}, {"示例镇执法人员乙", "t2-officer2"}, {"示例镇执法人员丙", null}};
        for (int i = 0; i < people.length; i++) {
            EnforcementOfficer o = officers.register(new OfficerService.NewOfficer(people[i][0],
                    "32068519850101" + String.format("%04d", i + 1), bureau.id(), CATEGORY, ExamResult.PASSED,
                    people[i][1]));
            officers.apply(o.getId(), "32068523" + String.format("%03d", i + 1), CATEGORY, LocalDate.of(2023, 4, 1 + i),
                    LocalDate.of(2028, 3, 31 + (i > 0 ? -i : 0)));
        }
    }

    private EnforcementOfficer officer(String name, OrgUnitView unit, int seq, String username) {
        return officers.register(new OfficerService.NewOfficer(name, "32068419800101" + String.format("%04d", seq),
                unit.id(), CATEGORY, ExamResult.PASSED, username));
    }

    private void training(EnforcementOfficer o, int year, int hours) {
        officers.recordTraining(o.getId(), year, BigDecimal.valueOf(hours));
    }

    private OrgUnitView unit(long townId, String name) {
        List<OrgUnitView> children = directory.children(townId);
        return children.stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow();
    }
}
