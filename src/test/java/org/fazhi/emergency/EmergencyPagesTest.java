package org.fazhi.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;

/** The emergency pages: the clocks in minutes on an incident's page, the roster's alert, today's duty on a dashboard. */
class EmergencyPagesTest extends IntegrationTest {

    /** The demo's shop fire: its first report was late and information about it is published. */
    private long demoFire() {
        for (var i : api("duty-officer").get("/api/v1/emergency/incidents").json()) {
            if (i.get("place").asString().equals("集镇商业街一商铺")) {
                return i.get("id").asLong();
            }
        }
        throw new AssertionError("no demo fire");
    }

    @Test
    void the_incident_list_and_pages_show_the_demo_incidents_with_their_report_times_and_the_late_one_marked() {
        var page = StaffSession.signIn(baseUrl(), "duty-officer", PASSWORD);

        String list = page.get("/emergency/incidents").body();
        assertThat(list).contains("集镇商业街一商铺");
        long id = demoFire();
        String incident = page.get("/emergency/incidents/" + id).body();
        assertThat(incident).contains("首报时限", "书面报告时限", "迟报", "已发布的信息");
    }

    @Test
    void a_report_typed_before_the_incident_became_known_is_refused_on_the_page_with_what_was_typed() {
        var page = StaffSession.signIn(baseUrl(), "duty-officer", PASSWORD);
        long id = demoFire();

        var r = page.postForm("/emergency/incidents/" + id + "/reports",
                java.util.Map.of("kind", "FOLLOW_UP", "madeAt", "2000-01-01T08:00", "to", "区应急局（页面测试）",
                        "how", "电话"));

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("报告时间不能早于获悉事件的时间", "区应急局（页面测试）");
    }

    @Test
    void the_roster_marks_the_coming_day_without_a_leader_and_every_desk_sees_todays_duty() {
        var officer = StaffSession.signIn(baseUrl(), "duty-officer", PASSWORD);
        assertThat(officer.get("/emergency/roster").body()).contains("roster-gaps", "未安排带班领导");
        assertThat(officer.get("/emergency/duty/section").body()).contains("duty-gaps");

        var mediator = StaffSession.signIn(baseUrl(), "mediator", PASSWORD);
        String section = mediator.get("/emergency/duty/section").body();
        assertThat(section).contains("今日值班", "0513-0000 0110");
        assertThat(mediator.get("/emergency/roster").statusCode()).isEqualTo(403);
    }

    @Test
    void the_warning_page_previews_each_banner_and_the_plans_show_the_overdue_evaluation() {
        var page = StaffSession.signIn(baseUrl(), "leader", PASSWORD);

        assertThat(page.get("/emergency/warnings").body()).contains("fz-notice-yellow", "大风黄色预警", "banner-preview");
        assertThat(page.get("/emergency/plans").body()).contains("三星镇突发公共卫生事件专项应急预案");
    }

    @Test
    void a_warning_is_changed_on_its_page_and_a_period_ending_before_it_starts_is_refused_with_what_was_typed() {
        long office = data.unit(data.sanxing(), "应急管理办公室").id();
        long id = api("duty-officer").postJson("/api/v1/emergency/warnings", "{\"orgUnitId\":" + office
                + ",\"level\":\"BLUE\",\"title\":\"高温蓝色预警（页面测试）\",\"measures\":\"减少午后户外作业。\","
                + "\"validFrom\":\"2025-07-01T08:00+08:00\",\"validUntil\":\"2099-07-31T18:00+08:00\"}")
                .json().get("id").asLong();
        var page = StaffSession.signIn(baseUrl(), "duty-officer", PASSWORD);
        assertThat(page.get("/emergency/warnings").body()).contains("/emergency/warnings/" + id + "\"");
        assertThat(page.get("/emergency/warnings/" + id).body()).contains("高温蓝色预警（页面测试）");

        var refused = page.postForm("/emergency/warnings/" + id, java.util.Map.of("level", "ORANGE",
                "title", "高温橙色预警（页面测试）", "measures", "停止午后户外作业。",
                "validFrom", "2025-07-02T08:00", "validUntil", "2025-07-01T08:00"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("高温橙色预警（页面测试）", "validUntil-error");
        assertThat(api("duty-officer").get("/api/v1/emergency/warnings/" + id).json().get("level").asString())
                .isEqualTo("BLUE");

        var changed = page.postForm("/emergency/warnings/" + id, java.util.Map.of("level", "ORANGE",
                "title", "高温橙色预警（页面测试）", "measures", "停止午后户外作业。",
                "validFrom", "2025-07-02T08:00", "validUntil", "2099-07-31T18:00"));

        assertThat(changed.statusCode()).isEqualTo(302);
        var after = api("duty-officer").get("/api/v1/emergency/warnings/" + id).json();
        assertThat(after.get("level").asString()).isEqualTo("ORANGE");
        assertThat(after.get("title").asString()).isEqualTo("高温橙色预警（页面测试）");
        assertThat(StaffSession.signIn(baseUrl(), "mediator", PASSWORD).get("/emergency/warnings/" + id)
                .statusCode()).isEqualTo(403);
    }

    @Test
    void a_monitored_threat_shows_its_stage_and_the_step_that_records_it_happened() {
        var page = StaffSession.signIn(baseUrl(), "duty-officer", PASSWORD);
        long office = data.unit(data.sanxing(), "应急管理办公室").id();
        var r = page.postForm("/emergency/incidents", java.util.Map.of("kind", "NATURAL_DISASTER",
                "severity", "GENERAL", "knownAt", "2025-07-15T09:00", "orgUnitId", String.valueOf(office),
                "place", "沿江堤段（页面监测）", "summary", "堤段渗水，专人监测。", "monitoring", "true"));
        assertThat(r.statusCode()).isEqualTo(302);
        String location = r.headers().firstValue("Location").orElseThrow();

        String incident = page.get(location.substring(location.indexOf("/emergency/"))).body();

        assertThat(incident).contains("监测预警", "事件已发生，转入信息报告", "/occurrence");
    }
}
