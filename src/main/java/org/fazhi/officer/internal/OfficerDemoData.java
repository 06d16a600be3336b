package org.fazhi.officer.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.DemoCalendar;
import org.fazhi.organization.DemoDataContributor;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.RunAs;
import org.springframework.stereotype.Component;

/**
 * Demo officers of both towns, entered by the judicial office through the register's own lifecycle. For 三星镇 the
 * year before the first start ({@link DemoCalendar#reportYear()}) holds exactly the figures of its 法治政府建设 report —
 * 11 certificates applied for (申领) and 10 renewed (换证) — and a few certificates expire within the warning window
 * from the day the demo is loaded. Certificate numbers carry the two digits of their year of issue. Names are marked
 * （示例）.
 */
@Component
class OfficerDemoData implements DemoDataContributor {

    private static final String[] NAMES = {"陈立新", "王海燕", "周建华", "吴晓东", "徐志强", "朱丽萍", "沈国平", "顾建军",
        "陆雪梅", "黄志明", "施红英", "曹永刚", "张卫东", "季小兵", "倪晓燕", "袁建新", "钱志勇", "秦玉兰", "蔡国华",
        "邱海波", "葛春梅", "范立军", "茅建平", "姜晓红", "瞿国强"};
    private static final String CATEGORY = "综合行政执法";
    /** A certificate runs five years, to the day before the anniversary of its issue. */
    private static final int VALID_YEARS = 5;

    private final OfficerService officers;
    private final CertificateService certificates;
    private final OrgDirectory directory;

    OfficerDemoData(OfficerService officers, CertificateService certificates, OrgDirectory directory) {
        this.officers = officers;
        this.certificates = certificates;
        this.directory = directory;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void load(RunAs runAs, DemoCalendar dates) {
        runAs.as("reviewer", () -> sanxing(dates));
        runAs.as("t2-admin", () -> secondTown(dates));
    }

    private void sanxing(DemoCalendar dates) {
        OrgUnitView town = DataScope.currentUser().orElseThrow().homeUnit();
        OrgUnitView bureau = unit(town.townId(), "综合行政执法局");
        int year = dates.reportYear();
        int[] seq = {0};
        // 10 renewals in the report year: certificates first issued five years before, renewed under the same number
        String[] renewedUsers = {"officer1", "officer2"};
        for (int i = 0; i < 10; i++) {
            String name = i < 2 ? (i == 0 ? "执法人员甲（示例）" : "执法人员乙（示例）") : NAMES[i] + "（示例）";
            EnforcementOfficer o = officer(name, bureau, ++seq[0], i < 2 ? renewedUsers[i] : null);
            LocalDate issued = dates.workingDayOnOrAfter(dates.yearsBeforeReport(VALID_YEARS, 3 + i % 9, 10 + i));
            EnforcementCertificate c = certificates.apply(o.getId(), number("320684", issued, seq[0]), CATEGORY, issued,
                    validUntil(issued));
            LocalDate renewed = dates.workdayInReportYear(2 + i % 9, 5 + i);
            certificates.renew(c.getId(), null, renewed, validUntil(renewed));
            training(o, year, 40 + i);
        }
        // 11 applications in the report year: new officers
        for (int i = 0; i < 11; i++) {
            EnforcementOfficer o = officer(NAMES[10 + i] + "（示例）", bureau, ++seq[0], null);
            LocalDate issued = dates.workdayInReportYear(1 + i, 8 + i);
            certificates.apply(o.getId(), number("320684", issued, seq[0]), CATEGORY, issued, validUntil(issued));
            training(o, year, 32 + i);
        }
        // three certificates issued almost five years ago that expire soon (25, 50 and 80 days after loading)
        int[] soon = {25, 50, 80};
        for (int i = 0; i < soon.length; i++) {
            EnforcementOfficer o = officer(NAMES[21 + i] + "（示例）", bureau, ++seq[0], null);
            LocalDate until = dates.inDays(soon[i]);
            LocalDate issued = until.minusYears(VALID_YEARS).plusDays(1);
            certificates.apply(o.getId(), number("320684", issued, seq[0]), CATEGORY, issued, until);
        }
        // one officer who left: certificate issued four years before the report year and cleared in March of it
        EnforcementOfficer left = officer(NAMES[24] + "（示例）", bureau, ++seq[0], null);
        LocalDate issued = dates.workingDayOnOrAfter(dates.yearsBeforeReport(4, 6, 1));
        EnforcementCertificate c = certificates.apply(left.getId(), number("320684", issued, seq[0]), CATEGORY, issued,
                validUntil(issued));
        certificates.clear(c.getId(), dates.workdayInReportYear(3, 3), "调离执法岗位");
    }

    private void secondTown(DemoCalendar dates) {
        OrgUnitView town = DataScope.currentUser().orElseThrow().homeUnit();
        OrgUnitView bureau = unit(town.townId(), "综合行政执法局");
        String[][] people = {{"示例镇执法人员甲", "t2-officer1"}, {"示例镇执法人员乙", "t2-officer2"}, {"示例镇执法人员丙", null}};
        for (int i = 0; i < people.length; i++) {
            EnforcementOfficer o = officers.register(new OfficerService.NewOfficer(people[i][0],
                    org.fazhi.shared.ResidentIdNumber.withCheckCharacter(
                            "32068519850101" + String.format("%03d", i + 1)), bureau.id(), CATEGORY, ExamResult.PASSED,
                    people[i][1]));
            // issued in April of the year before the report year
            LocalDate issued = dates.yearsBeforeReport(1, 4, 1 + i);
            certificates.apply(o.getId(), number("320685", issued, i + 1), CATEGORY, issued,
                    validUntil(issued).minusDays(i));
        }
    }

    private static LocalDate validUntil(LocalDate issued) {
        return issued.plusYears(VALID_YEARS).minusDays(1);
    }

    /** 32068419001: the county code, the two digits of the year of issue, a serial number. */
    static String number(String county, LocalDate issued, int serial) {
        return county + String.format("%02d%03d", issued.getYear() % 100, serial);
    }

    private EnforcementOfficer officer(String name, OrgUnitView unit, int seq, String username) {
        return officers.register(new OfficerService.NewOfficer(name, org.fazhi.shared.ResidentIdNumber.withCheckCharacter(
                "32068419800101" + String.format("%03d", seq)),
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
