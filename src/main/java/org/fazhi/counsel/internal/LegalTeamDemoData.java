package org.fazhi.counsel.internal;

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
 * Demo legal teams, entered by the judicial office through the register's own methods. 三星镇: 13 village advisors
 * covering its 26 villages two each (一村居一法律顾问, as its report says), engaged from the report year's first day for
 * three years — except one engagement that ends 20 days after the demo is loaded, so the ending alert is live; the
 * advisor of 林西村 is the account {@code village-counsel}. The town's counsel contract with 东洲律师事务所's 徐辉 (the
 * report names them), a few 法律明白人 and two 法治副校长, and a service log that two advisors fall short of.
 * 示例镇: one advisor for one of its three villages, so two are flagged as without an advisor. Invented names are
 * marked （示例）.
 */
@Component
class LegalTeamDemoData implements DemoDataContributor {

    private static final String[] ADVISORS = {"沈立平", "顾春燕", "黄海峰", "陆志刚", "张晓梅", "施建国", "曹丽娟",
        "季永强", "倪红霞", "袁志华", "钱建英", "蔡晓东", "秦玉梅"};
    private static final String[] FIRMS = {"东洲律师事务所", "江海律师事务所（示例）", "通海律师事务所（示例）"};
    /** Advisors whose log falls short of the norms (by index). */
    private static final List<Integer> SHORT = List.of(4, 9);
    /** The village whose advisor signs in as {@code village-counsel}. */
    private static final String LINXI = "林西村";
    /** The engagement that ends soon: the last advisor's second village. */
    private static final int ENDING_SOON_DAYS = 20;

    private final LegalTeams teams;
    private final OrgDirectory directory;

    LegalTeamDemoData(LegalTeams teams, OrgDirectory directory) {
        this.teams = teams;
        this.directory = directory;
    }

    @Override
    public int order() {
        return 80;
    }

    /** Needs none of the other lane's records, and that lane reads none of these. */
    @Override
    public boolean standsAlone() {
        return true;
    }

    @Override
    public void load(RunAs runAs, DemoCalendar dates) {
        runAs.as("reviewer", () -> sanxing(dates));
        runAs.as("t2-admin", () -> secondTown(dates));
    }

    private void sanxing(DemoCalendar dates) {
        OrgUnitView town = DataScope.currentUser().orElseThrow().homeUnit();
        List<OrgUnitView> villages = directory.villagesOf(town.townId());
        LocalDate start = dates.inReportYear(1, 1);
        LocalDate end = dates.inReportYear(12, 31).plusYears(2);
        for (int i = 0; i < ADVISORS.length; i++) {
            String licence = licence(i + 1);
            for (int k = 0; k < 2 && 2 * i + k < villages.size(); k++) {
                OrgUnitView village = villages.get(2 * i + k);
                boolean endingSoon = i == ADVISORS.length - 1 && k == 1;
                AdvisorEngagement e = teams.engage(new LegalTeams.NewEngagement(ADVISORS[i] + "（示例）",
                        FIRMS[i % FIRMS.length], licence, "1380000" + String.format("%04d", i + 1), village.id(), start,
                        endingSoon ? dates.inDays(ENDING_SOON_DAYS) : end));
                if (LINXI.equals(village.name())) {
                    teams.linkAccount(e.getAdvisorId(), "village-counsel");
                }
                log(e, village, dates, SHORT.contains(i));
            }
        }
        teams.recordTownContract(new LegalTeams.NewTownContract("东洲律师事务所", "徐辉", start, end,
                "合同审查、决策审议、风险评估、行政诉讼、行政复议"));
        member(TeamMemberKind.LEGAL_AWARE_PERSON, "林建华（示例）", "林西村村民委员会", null, villages.get(0),
                dates.workdayInReportYear(5, 20));
        member(TeamMemberKind.LEGAL_AWARE_PERSON, "朱秀英（示例）", "林西村妇联", null, villages.get(0),
                dates.workdayInReportYear(5, 20));
        member(TeamMemberKind.LEGAL_AWARE_PERSON, "王德明（示例）", "叠石桥社区居民委员会", null, villages.get(1),
                dates.workdayInReportYear(5, 20));
        member(TeamMemberKind.LEGAL_AWARE_PERSON, "徐美兰（示例）", "三星社区居民委员会", null, villages.get(2), null);
        member(TeamMemberKind.SCHOOL_VICE_PRINCIPAL, "周明（示例）", "三星派出所", "三星镇中心小学（示例）", null,
                dates.workdayInReportYear(9, 1));
        member(TeamMemberKind.SCHOOL_VICE_PRINCIPAL, "吴婷（示例）", "三星司法所", "三星初级中学（示例）", null,
                dates.workdayInReportYear(9, 1));
    }

    /**
     * One entry for the report year (dated 20 December) and one for this year up to today: on site once a month,
     * a talk a quarter, as the default norms ask — or less, for the advisors who fall short.
     */
    private void log(AdvisorEngagement e, OrgUnitView village, DemoCalendar dates, boolean falls) {
        teams.logService(new LegalTeams.NewServiceEntry(e.getAdvisorId(), village.id(), dates.inReportYear(12, 20),
                falls ? 7 : 12, falls ? 2 : 4, 30, 6, null));
        int months = dates.today().getMonthValue();
        teams.logService(new LegalTeams.NewServiceEntry(e.getAdvisorId(), village.id(), dates.today(),
                falls ? months / 2 : months, (months + 2) / 3, 2 * months, months / 2, null));
    }

    private void member(TeamMemberKind kind, String name, String unit, String school, OrgUnitView village,
                        LocalDate trainedOn) {
        teams.addMember(new LegalTeams.NewMember(kind, name, unit, school, village == null ? null : village.id(),
                trainedOn));
    }

    private void secondTown(DemoCalendar dates) {
        OrgUnitView town = DataScope.currentUser().orElseThrow().homeUnit();
        OrgUnitView first = directory.villagesOf(town.townId()).get(0);
        teams.engage(new LegalTeams.NewEngagement("示例镇法律顾问", "示例律师事务所", "13206201820000001", null,
                first.id(), dates.inReportYear(3, 1), dates.inReportYear(12, 31).plusYears(2)));
    }

    /** 17 digits: 1, the county 3206, the year of first practice, 10, a serial number. */
    static String licence(int serial) {
        return "132062015" + "10" + String.format("%06d", serial);
    }
}
