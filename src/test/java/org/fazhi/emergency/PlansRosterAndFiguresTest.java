package org.fazhi.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.fazhi.ledger.Ledgers;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Contingency plans on the deadline engine (evaluation every 3 years, a drill every 12 months, both rolled to the
 * next working day of the official calendar), the duty roster and its ledger, and the year's figures.
 */
class PlansRosterAndFiguresTest extends IntegrationTest {

    private static final String PLANS = "/api/v1/emergency/plans";
    private static final String IMPORT = "/api/v1/emergency/roster/import";

    private long office() {
        return data.unit(data.sanxing(), "应急管理办公室").id();
    }

    private JsonNode adopt(String title, String adoptedOn) {
        Api.Response r = api("duty-officer").postJson(PLANS, "{\"title\":\"" + title
                + "\",\"eventKind\":\"ACCIDENT\",\"orgUnitId\":" + office() + ",\"adoptedOn\":\"" + adoptedOn + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    @Test
    void a_plan_adopted_on_27_september_2024_is_evaluated_by_27_september_2027_and_drilled_by_the_adjusted_sunday() {
        JsonNode created = adopt("危险化学品事故专项应急预案（测试）", "2024-09-27");

        assertThat(created.get("evaluationDueOn").asString()).isEqualTo("2027-09-27");
        // 2025-09-27 is a Saturday; Sunday 28 September 2025 is an adjusted working day
        assertThat(created.get("drillDueOn").asString()).isEqualTo("2025-09-28");
    }

    @Test
    void a_drill_meets_the_drill_clock_and_the_next_one_falls_due_twelve_months_later() {
        long id = adopt("道路交通事故专项应急预案（测试）", "2024-09-27").get("id").asLong();

        Api.Response drill = api("duty-officer").postJson(PLANS + "/" + id + "/drills", "{\"heldOn\":\"2025-09-20\","
                + "\"scenario\":\"国道多车追尾\",\"participants\":\"镇应急办、交警中队\",\"findings\":\"警戒设置偏慢\"}");

        assertThat(drill.status()).as(drill.body()).isEqualTo(201);
        JsonNode plan = api("leader").get(PLANS + "/" + id).json();
        // Sunday 20 September 2026 is an adjusted working day: no roll
        assertThat(plan.get("plan").get("drillDueOn").asString()).isEqualTo("2026-09-20");
        assertThat(plan.get("plan").get("lastDrillOn").asString()).isEqualTo("2025-09-20");
        assertThat(plan.get("drills").size()).isOne();
    }

    @Test
    void an_evaluation_before_the_adoption_is_refused_and_revisions_keep_their_history() {
        long id = adopt("燃气事故专项应急预案（测试）", "2024-09-27").get("id").asLong();

        Api.Response early = api("duty-officer").postJson(PLANS + "/" + id + "/evaluations",
                "{\"evaluatedOn\":\"2024-09-01\",\"note\":\"评估\"}");
        api("duty-officer").postJson(PLANS + "/" + id + "/revisions", "{\"revisedOn\":\"2025-03-03\",\"note\":\"第一次修订\"}");
        api("duty-officer").postJson(PLANS + "/" + id + "/revisions", "{\"revisedOn\":\"2025-06-03\",\"note\":\"第二次修订\"}");

        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().get("violations").get(0).get("field").asString()).isEqualTo("evaluatedOn");
        JsonNode plan = api("duty-officer").get(PLANS + "/" + id).json();
        assertThat(plan.get("plan").get("lastEvaluatedOn").isNull()).isTrue();
        assertThat(plan.get("plan").get("revisionNo").asInt()).isEqualTo(2);
        assertThat(plan.get("history").size()).isEqualTo(2);
        assertThat(plan.get("history").get(0).get("note").asString()).isEqualTo("第二次修订");
    }

    @Test
    void the_second_town_does_not_see_a_plan_of_sanxing_and_a_mediator_may_not_adopt_one() {
        long id = adopt("地震专项应急预案（测试）", "2024-09-27").get("id").asLong();

        assertThat(api("t2-duty-officer").get(PLANS + "/" + id).status()).isEqualTo(404);
        assertThat(api("mediator").postJson(PLANS, "{\"title\":\"x\",\"orgUnitId\":" + office()
                + ",\"adoptedOn\":\"2024-09-27\"}").status()).isEqualTo(403);
    }

    @Test
    void the_roster_ledger_imports_a_day_once_and_rejects_a_bad_phone_number_by_its_column() {
        byte[] file = Ledgers.csv(StandardCharsets.UTF_8, true, "日期,带班领导,值班人员,值班电话",
                "2098-05-04,钱镇长,应急办 冯某,0513-82881234", "2098-05-05,,应急办 冯某,12345");

        Api.Response first = api("duty-officer").upload(IMPORT, "file", "值班表.csv", "text/csv", file);
        Api.Response again = api("duty-officer").upload(IMPORT, "file", "值班表.csv", "text/csv", file);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("imported").asInt()).isOne();
        assertThat(first.json().get("rejected").get(0).toString()).contains("值班电话");
        assertThat(again.json().get("imported").asInt()).isZero();
        JsonNode roster = api("leader").get("/api/v1/emergency/roster?from=2098-05-01&to=2098-05-31").json();
        assertThat(roster.get("days").size()).isOne();
        assertThat(roster.get("days").get(0).get("leader").asString()).isEqualTo("钱镇长");
        assertThat(api("mediator").upload(IMPORT, "file", "值班表.csv", "text/csv", file).status()).isEqualTo(403);
    }

    @Test
    void a_coming_day_without_a_leader_on_duty_is_listed() {
        LocalDate today = data.demo().today();
        api("duty-officer").putJson("/api/v1/emergency/roster", "{\"date\":\"" + today.plusDays(13)
                + "\",\"staff\":\"应急办 卫某\",\"phone\":\"0513-82881234\"}");

        JsonNode roster = api("duty-officer").get("/api/v1/emergency/roster").json();

        assertThat(roster.get("daysWithoutLeader").toString()).contains(today.plusDays(13).toString());
    }

    @Test
    void the_figures_of_a_year_count_its_incidents_by_severity_and_kind_and_its_reports_in_time_and_late() {
        long office = office();
        String body = "{\"kind\":\"NATURAL_DISASTER\",\"severity\":\"MAJOR\",\"occurredAt\":\"2023-08-01T10:00+08:00\","
                + "\"knownAt\":\"2023-08-01T10:10+08:00\",\"orgUnitId\":" + office + ",\"place\":\"沿江堤防\","
                + "\"summary\":\"堤防渗水。\"}";
        long a = api("duty-officer").postJson("/api/v1/emergency/incidents", body).json().get("id").asLong();
        long b = api("duty-officer").postJson("/api/v1/emergency/incidents", body.replace("MAJOR", "GENERAL")
                .replace("NATURAL_DISASTER", "ACCIDENT")).json().get("id").asLong();
        api("duty-officer").postJson("/api/v1/emergency/incidents/" + a + "/reports",
                "{\"kind\":\"FIRST\",\"madeAt\":\"2023-08-01T10:20+08:00\",\"to\":\"区应急局\",\"how\":\"电话\"}");
        api("duty-officer").postJson("/api/v1/emergency/incidents/" + b + "/reports",
                "{\"kind\":\"FIRST\",\"madeAt\":\"2023-08-01T11:00+08:00\",\"to\":\"区应急局\",\"how\":\"电话\"}");
        // known ten minutes before 2023 began in the town's time zone: a figure of 2022, with its late report
        long c = api("duty-officer").postJson("/api/v1/emergency/incidents", body
                .replace("2023-08-01T10:00+08:00", "2022-12-31T23:40+08:00")
                .replace("2023-08-01T10:10+08:00", "2022-12-31T23:50+08:00")).json().get("id").asLong();
        api("duty-officer").postJson("/api/v1/emergency/incidents/" + c + "/reports",
                "{\"kind\":\"FIRST\",\"madeAt\":\"2023-01-01T01:00+08:00\",\"to\":\"区应急局\",\"how\":\"电话\"}");

        Api.Response r = api("leader").get("/api/v1/emergency/statistics?year=2023&orgUnit=" + data.sanxing().id());

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode f = r.json();
        assertThat(f.get("incidents").asLong()).isEqualTo(2);
        assertThat(f.get("bySeverity").get("MAJOR").asLong()).isOne();
        assertThat(f.get("bySeverity").get("EXTRAORDINARY").asLong()).isZero();
        assertThat(f.get("byKind").get("ACCIDENT").asLong()).isOne();
        assertThat(f.get("reportsOnTime").asLong()).isOne();
        assertThat(f.get("reportsLate").asLong()).isOne();
        assertThat(api("t2-duty-officer").get("/api/v1/emergency/statistics?year=2023&orgUnit="
                + data.sanxing().id()).status()).isEqualTo(403);
    }

    @Test
    void the_plans_overdue_figure_counts_the_plans_listed_as_overdue_for_evaluation() {
        int year = data.demo().today().getYear();
        JsonNode f = api("leader").get("/api/v1/emergency/statistics?year=" + year + "&orgUnit="
                + data.sanxing().id()).json();
        long listed = 0;
        for (JsonNode p : api("leader").get(PLANS).json()) {
            if ("OVERDUE".equals(p.get("evaluationStatus").asString())) {
                listed++;
            }
        }
        assertThat(f.get("plansOverdue").asLong()).isEqualTo(listed);
        assertThat(f.get("warnings").asLong()).isPositive();
    }
}
