package org.fazhi.publicity.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import org.fazhi.organization.DemoCalendar;
import org.fazhi.organization.DemoDataContributor;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.RunAs;
import org.fazhi.organization.scope.DataScope;
import org.springframework.stereotype.Component;

/**
 * Demo legal education of 三星镇, recorded by {@code educator} through the services: the report year's 52 campaigns
 * and 48 village sessions across the 26 villages (about 50,000 copies of material, as the town reported), four or
 * five posts a week with three weeks missed; this year's activities and weekly posts up to today with a few gaps; and
 * one open quiz of ten questions on 民法典 and 反诈. Invented names are marked （示例）.
 */
@Component
class PublicityDemoData implements DemoDataContributor {

    static final String EDUCATOR = "educator";
    static final String OFFICER = "officer1";
    static final int REPORT_CAMPAIGNS = 52;
    static final int REPORT_VILLAGE_SESSIONS = 48;

    private static final ActivityForm[] CAMPAIGN_FORMS = {ActivityForm.STREET, ActivityForm.LECTURE,
        ActivityForm.EXHIBITION, ActivityForm.PERFORMANCE, ActivityForm.TRAINING, ActivityForm.LIVE};
    private static final String[] AUDIENCES = {"村（居）民", "中小学生", "企业职工", "外来务工人员", "老年人", "妇女群众"};
    private static final String[] POST_TITLES = {"以案说法：", "法律风险提示：", "普法小课堂：", "典型案例："};

    private final Activities activities;
    private final QuizService quizzes;
    private final DutyLists duties;
    private final OrgDirectory directory;

    PublicityDemoData(Activities activities, QuizService quizzes, DutyLists duties, OrgDirectory directory) {
        this.activities = activities;
        this.duties = duties;
        this.quizzes = quizzes;
        this.directory = directory;
    }

    @Override
    public int order() {
        return 90;
    }

    /** Needs none of the other lane's records, and that lane reads none of these. */
    @Override
    public boolean standsAlone() {
        return true;
    }

    @Override
    public void load(RunAs runAs, DemoCalendar dates) {
        long town = runAs.as(EDUCATOR, () -> DataScope.currentUser().orElseThrow().homeUnit().townId());
        List<OrgUnitView> villages = directory.villagesOf(town);
        List<String> themes = Themes.DEFAULTS;
        LocalDate reportStart = dates.inReportYear(1, 1);
        runAs.as(EDUCATOR, () -> {
            // 综合行政执法局 holds two of the year's campaigns, for its duty list
            for (int i = 0; i < REPORT_CAMPAIGNS - 2; i++) {
                campaign(reportStart.plusDays(3 + i * 7L), i, themes, villages);
            }
            for (int i = 0; i < REPORT_VILLAGE_SESSIONS; i++) {
                villageSession(reportStart.plusDays(5 + i * 7L), i, themes, villages);
            }
            LocalDate thisYear = dates.today().withDayOfYear(1);
            for (int i = 0; thisYear.plusDays(4 + i * 10L).isBefore(dates.today()); i++) {
                LocalDate day = thisYear.plusDays(4 + i * 10L);
                if (i % 2 == 0) {
                    campaign(day, i + 7, themes, villages);
                } else {
                    villageSession(day, i + 11, themes, villages);
                }
            }
            posts(reportStart, dates.inReportYear(12, 31), Set.of(9, 23, 40), 4);
            // this year: gaps three and five weeks ago, so the calendar shows weeks without a post
            LocalDate weekOfToday = dates.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            posts(thisYear, dates.today(), Set.of(weekIndex(thisYear, weekOfToday.minusWeeks(3)),
                    weekIndex(thisYear, weekOfToday.minusWeeks(5))), 2);
            quiz(dates);
        });
        runAs.as(OFFICER, () -> dutyList(dates));
    }

    /**
     * 综合行政执法局's duty list: last year's items done; this year's first-quarter item one activity short, so the
     * department shows behind plan once that quarter has ended.
     */
    private void dutyList(DemoCalendar dates) {
        DutyItem done = duties.add(dates.reportYear(), "安全生产法律法规进企业（示例）", 2, 2);
        for (int i = 0; i < 2; i++) {
            enforcementActivity(dates.inReportYear(4 + i, 20), "送法进企业", done.getId());
        }
        DutyItem shortOfPlan = duties.add(dates.currentYear(), "城市管理法规进社区（示例）", 3, 1);
        duties.add(dates.currentYear(), "消费者权益保护宣传周（示例）", 2, 4);
        enforcementActivity(dates.today().withDayOfYear(1).plusDays(20).isAfter(dates.today()) ? dates.today()
                : dates.today().withDayOfYear(1).plusDays(20), "宪法", shortOfPlan.getId());
    }

    private void enforcementActivity(LocalDate day, String theme, long dutyItem) {
        activities.record(new Activities.NewActivity(day, "综合行政执法局" + theme + "普法（示例）", List.of(theme),
                ActivityType.CAMPAIGN, ActivityForm.STREET, "三星镇综合行政执法局", null, "家纺城", "执法人员",
                "企业职工", 60, 200, dutyItem));
    }

    private void campaign(LocalDate day, int i, List<String> themes, List<OrgUnitView> villages) {
        String theme = themes.get(i % themes.size());
        String second = themes.get((i + 5) % themes.size());
        Long village = i % 3 == 0 ? villages.get(i % villages.size()).id() : null;
        activities.record(new Activities.NewActivity(day, theme + "主题法治宣传活动（示例）", List.of(theme, second),
                ActivityType.CAMPAIGN, CAMPAIGN_FORMS[i % CAMPAIGN_FORMS.length], "三星镇司法所", village,
                village == null ? "三星镇文化广场" : "村综治中心", "司法所工作人员", AUDIENCES[i % AUDIENCES.length],
                120 + (i * 37) % 180, 600 + (i * 53) % 250, null));
    }

    private void villageSession(LocalDate day, int i, List<String> themes, List<OrgUnitView> villages) {
        OrgUnitView village = villages.get(i % villages.size());
        String theme = themes.get((i * 7) % themes.size());
        activities.record(new Activities.NewActivity(day, village.name() + theme + "入村普法（示例）", List.of(theme),
                ActivityType.VILLAGE, ActivityForm.LECTURE, "三星镇司法所", village.id(), "村委会会议室",
                "村（居）法律顾问", "村（居）民", 30 + (i * 11) % 50, 300 + (i * 29) % 150, null));
    }

    /** Posts on Monday, Wednesday, Friday and Saturday (or the first {@code perWeek}) of each week but the gaps. */
    private void posts(LocalDate from, LocalDate to, Set<Integer> gaps, int perWeek) {
        LocalDate monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int[] offsets = {0, 2, 4, 5};
        for (int w = 0; !monday.plusWeeks(w).isAfter(to); w++) {
            if (gaps.contains(w)) {
                continue;
            }
            for (int k = 0; k < perWeek + (w % 5 == 0 ? 1 : 0) && k < offsets.length + 1; k++) {
                LocalDate day = monday.plusWeeks(w).plusDays(k < offsets.length ? offsets[k] : 6);
                if (day.isBefore(from) || day.isAfter(to)) {
                    continue;
                }
                PostType type = PostType.values()[(w + k) % 3];
                String theme = Themes.DEFAULTS.get((w * 3 + k) % Themes.DEFAULTS.size());
                activities.post(new Activities.NewPost(day, k == 3 ? PostPlatform.WECHAT_GROUP
                        : PostPlatform.WECHAT_ACCOUNT, type, POST_TITLES[(w + k) % POST_TITLES.length] + theme
                        + "知识（示例）", null));
            }
        }
    }

    private static int weekIndex(LocalDate from, LocalDate monday) {
        LocalDate first = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return (int) java.time.temporal.ChronoUnit.WEEKS.between(first, monday);
    }

    private void quiz(DemoCalendar dates) {
        List<Long> ids = DemoQuestions.ALL.stream().map(q -> quizzes.addQuestion(q).getId()).toList();
        quizzes.createQuiz("民法典与防范电信网络诈骗学法答题（示例）", "民法典", dates.daysAgo(5), dates.inDays(25), ids);
    }
}
