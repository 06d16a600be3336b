package org.fazhi.study.internal;

import java.util.List;
import org.fazhi.organization.DemoCalendar;
import org.fazhi.organization.DemoDataContributor;
import org.fazhi.organization.RunAs;
import org.springframework.stereotype.Component;

/**
 * Demo leaders' study of 三星镇, recorded by {@code leader}: the report year's plan of ten sessions and the ten
 * sessions the town reported (习近平法治思想, 《中国共产党纪律处分条例》, 《信访工作条例》 …), two of this year, and the
 * report year's 述法 statement. Invented hosts and texts are marked （示例）.
 */
@Component
class StudyDemoData implements DemoDataContributor {

    static final String LEADER = "leader";
    private static final List<String> TOPICS = List.of("习近平法治思想", "《中国共产党纪律处分条例》", "《信访工作条例》",
            "《中华人民共和国行政处罚法》", "《重大行政决策程序暂行条例》", "《中华人民共和国民法典》",
            "《法治政府建设实施纲要（2021—2025年）》", "《中华人民共和国安全生产法》", "《中华人民共和国长江保护法》",
            "《中华人民共和国反电信网络诈骗法》");
    private static final StudyForm[] FORMS = {StudyForm.CENTRAL_GROUP, StudyForm.JOINT_MEETING, StudyForm.TRAINING,
        StudyForm.BEFORE_MEETING};

    private final StudySessions sessions;

    StudyDemoData(StudySessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public int order() {
        return 95;
    }

    /** Needs none of the other lane's records, and that lane reads none of these. */
    @Override
    public boolean standsAlone() {
        return true;
    }

    @Override
    public void load(RunAs runAs, DemoCalendar dates) {
        runAs.as(LEADER, () -> {
            sessions.plan(dates.reportYear(), 10);
            for (int i = 0; i < TOPICS.size(); i++) {
                sessions.record(new StudySessions.NewSession(dates.workdayInReportYear(1 + i, 15), FORMS[i % 4],
                        TOPICS.get(i), "镇党委书记（示例）", 18 + i % 5, null, List.of(LEADER)));
            }
            sessions.plan(dates.currentYear(), 10);
            sessions.record(new StudySessions.NewSession(dates.workingDaysAgo(20), StudyForm.CENTRAL_GROUP,
                    TOPICS.get(0), "镇党委书记（示例）", 20, null, List.of(LEADER)));
            sessions.record(new StudySessions.NewSession(dates.workingDaysAgo(4), StudyForm.BEFORE_MEETING,
                    TOPICS.get(2), "镇长（示例）", 15, null, List.of(LEADER)));
            sessions.state(dates.reportYear(), "镇党委书记（示例）", "一年来，本人认真履行推进法治建设第一责任人职责，"
                    + "带头学法、带头研究部署法治建设工作，组织党委中心组和党政联席会集中学法10次……（示例）");
        });
    }
}
