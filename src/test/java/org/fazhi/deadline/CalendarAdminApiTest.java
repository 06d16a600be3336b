package org.fazhi.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.RunAs;
import org.fazhi.shared.LegalBasis;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The system administrator enters a calendar year; running clocks follow it. */
class CalendarAdminApiTest extends IntegrationTest {

    @Autowired
    DeadlineEngine engine;

    @Autowired
    RunAs runAs;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void entering_and_correcting_a_year_recomputes_a_running_clock_and_every_change_is_audited() {
        // given a clock of 三星镇 of 5 working days from Monday 2031-04-28, counted Monday to Friday: due 2031-05-05
        DeadlineView clock = runAs.as("reviewer", () -> engine.start(NewDeadline.of("test.calendar", "2031",
                () -> "test", "日历变更测试", StatutoryPeriod.workingDays(5, LegalBasis.of("测试", 1)), LocalDate.of(2031, 4, 28),
                DataScope.currentUser().orElseThrow().homeUnit())));
        assertThat(clock.dueDate()).isEqualTo(LocalDate.of(2031, 5, 5));
        assertThat(clock.provisional()).isTrue();

        // when the administrator enters 2031 with 05-01 to 05-05 off
        Api.Response r = api("admin").putJson("/api/v1/calendar/years/2031", """
                {"note": "2031年部分节假日安排（测试）",
                 "holidays": ["2031-01-01", "2031-05-01", "2031-05-02", "2031-05-03", "2031-05-04", "2031-05-05"],
                 "adjustedWorkdays": ["2031-04-27"]}""");

        // then the year is stored, the clock moved to Thursday 2031-05-08, and the trail names both changes
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("created").asBoolean()).isTrue();
        assertThat(r.json().get("recomputedClocks").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(api("leader").get("/api/v1/calendar/days/2031-05-02").json().get("kind").asString())
                .isEqualTo("HOLIDAY");

        JsonNode moved = api("reviewer").get("/api/v1/deadlines/" + clock.id()).json();
        assertThat(moved.get("dueDate").asString()).isEqualTo("2031-05-08");
        assertThat(moved.has("warning")).isFalse();

        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'DeadlineClock'"
                + " and entity_id = ? and action = 'DEADLINE_RECOMPUTE'", Integer.class, String.valueOf(clock.id())))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'CalendarYear'"
                + " and action = 'CALENDAR_YEAR_ADD' and actor = 'admin' and reason like '%2031%'", Integer.class))
                .isEqualTo(1);

        // when the administrator corrects 2031: 05-06 is a holiday too
        Api.Response changed = api("admin").putJson("/api/v1/calendar/years/2031", """
                {"note": "2031年部分节假日安排（测试，更正）",
                 "holidays": ["2031-01-01", "2031-05-01", "2031-05-02", "2031-05-03", "2031-05-04", "2031-05-05",
                              "2031-05-06"],
                 "adjustedWorkdays": ["2031-04-27"]}""");

        // then the clock moves again, to Friday 2031-05-09, and the change is audited as one
        assertThat(changed.json().get("created").asBoolean()).isFalse();
        assertThat(api("reviewer").get("/api/v1/deadlines/" + clock.id()).json().get("dueDate").asString())
                .isEqualTo("2031-05-09");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'DeadlineClock'"
                + " and entity_id = ? and action = 'DEADLINE_RECOMPUTE'", Integer.class, String.valueOf(clock.id())))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'CalendarYear'"
                + " and action = 'CALENDAR_YEAR_CHANGE' and actor = 'admin' and reason like '%2031%'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void a_town_leader_may_not_change_the_calendar() {
        Api.Response r = api("leader").putJson("/api/v1/calendar/years/2034", """
                {"holidays": ["2034-01-01"], "adjustedWorkdays": []}""");

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("detail").asString()).contains("没有执行此操作的权限");
        assertThat(api("admin").get("/api/v1/calendar/years/2034").status()).isEqualTo(404);
    }

    @Test
    void a_town_administrator_may_not_change_the_calendar_of_the_whole_installation() {
        Api.Response r = api("t2-admin").putJson("/api/v1/calendar/years/2035", """
                {"holidays": ["2035-01-01"], "adjustedWorkdays": []}""");

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().get("detail").asString()).contains("区级系统管理员");
        assertThat(api("admin").get("/api/v1/calendar/years/2035").status()).isEqualTo(404);
    }

    @Test
    void a_rejected_year_leaves_the_calendar_unchanged() {
        // given the shipped 2026
        String before = api("admin").get("/api/v1/calendar/years/2026").body();

        // when the administrator sends a date of another year and a date that is both
        Api.Response r = api("admin").putJson("/api/v1/calendar/years/2026", """
                {"holidays": ["2026-01-01", "2027-01-01", "2026-02-14"],
                 "adjustedWorkdays": ["2026-02-14"]}""");

        // then 422 names both problems in Chinese, and 2026 is as it was
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("violations").findValuesAsString("message"))
                .anySatisfy(m -> assertThat(m).contains("2027-01-01").contains("不在 2026 年内"))
                .anySatisfy(m -> assertThat(m).contains("2026-02-14").contains("不能既是法定节假日又是调休上班日"));
        assertThat(api("admin").get("/api/v1/calendar/years/2026").body()).isEqualTo(before);
        assertThat(api("admin").get("/api/v1/calendar/days/2026-01-05").json().get("kind").asString())
                .isEqualTo("WORKDAY");
    }

    @Test
    void an_adjusted_working_day_on_a_weekday_is_refused() {
        Api.Response r = api("admin").putJson("/api/v1/calendar/years/2035", """
                {"holidays": ["2035-01-01"], "adjustedWorkdays": ["2035-01-03"]}""");

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("detail").asString()).contains("调休上班日应为周六或周日");
    }

    @Test
    void a_body_that_is_no_json_is_answered_400_in_chinese() {
        Api.Response r = api("admin").putJson("/api/v1/calendar/years/2036", "{\"holidays\": [2036-01-01");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("detail").asString()).contains("请求内容格式错误");
    }

    @Test
    void an_impossible_date_in_the_body_is_answered_400() {
        Api.Response r = api("admin").putJson("/api/v1/calendar/years/2036", """
                {"holidays": ["2036-02-30"]}""");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("detail").asString()).contains("请求内容格式错误");
    }
}
