package org.fazhi.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Incidents and their reports: the first report is due 30 minutes and the written report 60 minutes after the
 * incident became known (the default settings), counted to the minute; a report after its due minute is late.
 */
class IncidentReportingTest extends IntegrationTest {

    private static final String INCIDENTS = "/api/v1/emergency/incidents";

    private long office() {
        return data.unit(data.sanxing(), "应急管理办公室").id();
    }

    private String incident(String severity, String occurredAt, String knownAt) {
        return "{\"kind\":\"ACCIDENT\",\"severity\":\"" + severity + "\",\"occurredAt\":\"" + occurredAt
                + "\",\"knownAt\":\"" + knownAt + "\",\"orgUnitId\":" + office()
                + ",\"place\":\"集镇工业园一厂房\",\"summary\":\"厂房起火，无人员伤亡。\"}";
    }

    private long register(String knownAt) {
        Api.Response r = api("duty-officer").postJson(INCIDENTS, incident("LARGE", "2025-07-15T13:50+08:00", knownAt));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private Api.Response report(String user, long id, String kind, String madeAt) {
        return api(user).postJson(INCIDENTS + "/" + id + "/reports", "{\"kind\":\"" + kind + "\",\"madeAt\":\""
                + madeAt + "\",\"to\":\"海门区应急管理局\",\"how\":\"电话\"}");
    }

    private JsonNode file(String user, long id) {
        Api.Response r = api(user).get(INCIDENTS + "/" + id);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void the_report_clocks_fall_due_30_and_60_minutes_after_the_incident_became_known_in_beijing_time() {
        Api.Response r = api("duty-officer").postJson(INCIDENTS,
                incident("LARGE", "2025-07-15T13:50+08:00", "2025-07-15T06:05:00Z"));

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("state").asString()).isEqualTo("REPORTING");
        assertThat(r.json().get("firstReportDueAt").asString()).isEqualTo("2025-07-15T14:35:00+08:00");
        assertThat(r.json().get("writtenReportDueAt").asString()).isEqualTo("2025-07-15T15:05:00+08:00");
    }

    @Test
    void a_first_report_at_its_due_minute_is_in_time_and_a_written_report_one_minute_after_its_due_minute_is_late() {
        long id = register("2025-07-15T14:00+08:00");

        Api.Response first = report("duty-officer", id, "FIRST", "2025-07-15T14:30+08:00");
        Api.Response written = report("duty-officer", id, "WRITTEN", "2025-07-15T15:01+08:00");

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("late").asBoolean()).isFalse();
        assertThat(written.json().get("late").asBoolean()).isTrue();
        JsonNode f = file("leader", id);
        assertThat(f.get("reports").size()).isEqualTo(2);
        assertThat(f.get("firstReport").get("status").asString()).isEqualTo("MET");
        assertThat(f.get("firstReport").get("metLate").asBoolean()).isFalse();
        assertThat(f.get("writtenReport").get("dueAt").asString()).isEqualTo("2025-07-15T15:00:00+08:00");
        assertThat(f.get("writtenReport").get("metLate").asBoolean()).isTrue();
    }

    @Test
    void a_report_before_the_incident_became_known_is_refused_naming_the_field_and_nothing_is_written() {
        long id = register("2025-07-15T14:00+08:00");

        Api.Response r = report("duty-officer", id, "FIRST", "2025-07-15T13:59+08:00");

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("violations").get(0).get("field").asString()).isEqualTo("madeAt");
        assertThat(r.json().get("detail").asString()).isNotBlank();
        JsonNode f = file("duty-officer", id);
        assertThat(f.get("reports").size()).isZero();
        assertThat(f.get("firstReport").get("status").asString()).isEqualTo("OVERDUE");
    }

    @Test
    void a_second_first_report_is_refused_and_the_first_one_stands() {
        long id = register("2025-07-15T14:00+08:00");
        report("duty-officer", id, "FIRST", "2025-07-15T14:10+08:00");

        Api.Response again = report("duty-officer", id, "FIRST", "2025-07-15T14:20+08:00");

        assertThat(again.status()).isEqualTo(422);
        assertThat(file("duty-officer", id).get("reports").size()).isOne();
    }

    @Test
    void an_unknown_severity_is_refused_naming_the_field_and_no_incident_is_registered() {
        int before = api("duty-officer").get(INCIDENTS).json().size();

        Api.Response r = api("duty-officer").postJson(INCIDENTS,
                incident("HUGE", "2025-07-15T13:50+08:00", "2025-07-15T14:00+08:00"));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("violations").get(0).get("field").asString()).isEqualTo("severity");
        assertThat(api("duty-officer").get(INCIDENTS).json().size()).isEqualTo(before);
    }

    @Test
    void an_incident_known_before_it_occurred_or_a_time_that_does_not_exist_is_refused() {
        Api.Response early = api("duty-officer").postJson(INCIDENTS,
                incident("GENERAL", "2025-07-15T14:00+08:00", "2025-07-15T13:00+08:00"));
        Api.Response nonsense = api("duty-officer").postJson(INCIDENTS,
                incident("GENERAL", "2025-02-30T14:00", "2025-07-15T13:00+08:00"));

        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().get("violations").get(0).get("field").asString()).isEqualTo("knownAt");
        assertThat(nonsense.status()).isEqualTo(422);
        assertThat(nonsense.json().get("violations").get(0).get("field").asString()).isEqualTo("occurredAt");
    }

    @Test
    void the_response_follows_the_reports_and_a_step_out_of_order_is_refused() {
        long id = register("2025-07-15T14:00+08:00");

        Api.Response recoverFirst = api("duty-officer").postJson(INCIDENTS + "/" + id + "/recovery",
                "{\"text\":\"恢复生产\"}");
        Api.Response respond = api("leader").postJson(INCIDENTS + "/" + id + "/response",
                "{\"level\":\"LEVEL_4\",\"measures\":\"疏散厂区人员\",\"peopleMoved\":30}");

        assertThat(recoverFirst.status()).isEqualTo(422);
        assertThat(respond.status()).as(respond.body()).isEqualTo(200);
        assertThat(file("duty-officer", id).get("incident").get("state").asString()).isEqualTo("RESPONSE");
    }

    @Test
    void a_mediator_may_not_read_or_register_incidents() {
        assertThat(api("mediator").get(INCIDENTS).status()).isEqualTo(403);
        assertThat(api("mediator").postJson(INCIDENTS,
                incident("GENERAL", "2025-07-15T13:50+08:00", "2025-07-15T14:00+08:00")).status()).isEqualTo(403);
    }

    @Test
    void the_second_town_sees_no_incident_of_sanxing_and_may_not_report_on_it() {
        long id = register("2025-07-15T14:00+08:00");

        assertThat(api("t2-duty-officer").get(INCIDENTS + "/" + id).status()).isEqualTo(404);
        assertThat(report("t2-duty-officer", id, "FIRST", "2025-07-15T14:10+08:00").status()).isEqualTo(404);
        assertThat(api("t2-duty-officer").get(INCIDENTS).body()).doesNotContain("集镇工业园一厂房");
        assertThat(file("duty-officer", id).get("reports").size()).isZero();
    }

    @Test
    void the_supervisor_reads_but_may_not_report() {
        long id = register("2025-07-15T14:00+08:00");

        assertThat(api("supervisor").get(INCIDENTS + "/" + id).status()).isEqualTo(200);
        assertThat(report("supervisor", id, "FIRST", "2025-07-15T14:10+08:00").status()).isEqualTo(403);
    }

    @Test
    void the_lessons_of_an_evaluation_open_a_revision_of_the_plan_that_names_the_incident() {
        long id = register("2025-07-15T14:00+08:00");
        String path = INCIDENTS + "/" + id;
        api("duty-officer").postJson(path + "/response", "{\"level\":\"LEVEL_4\",\"measures\":\"疏散\"}");
        api("duty-officer").postJson(path + "/recovery", "{\"text\":\"恢复生产\"}");
        long plan = api("duty-officer").postJson("/api/v1/emergency/plans", "{\"title\":\"工贸企业事故专项应急预案（测试）\","
                + "\"eventKind\":\"ACCIDENT\",\"orgUnitId\":" + office() + ",\"adoptedOn\":\"2024-09-27\"}")
                .json().get("id").asLong();

        Api.Response r = api("duty-officer").postJson(path + "/evaluation", "{\"evaluation\":\"处置及时\","
                + "\"lessons\":\"厂房消防通道需保持畅通\",\"planId\":" + plan + "}");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("state").asString()).isEqualTo("INVESTIGATION");
        JsonNode history = api("duty-officer").get("/api/v1/emergency/plans/" + plan).json().get("history");
        assertThat(history.get(0).get("note").asString()).isEqualTo("厂房消防通道需保持畅通");
        assertThat(history.get(0).get("incidentId").asLong()).isEqualTo(id);
    }

    @Test
    void a_monitored_threat_runs_no_clock_until_it_happens_and_then_reports_from_the_time_it_became_known() {
        Api.Response w = api("duty-officer").postJson(INCIDENTS + "/monitored", "{\"kind\":\"NATURAL_DISASTER\","
                + "\"severity\":\"GENERAL\",\"knownAt\":\"2025-07-15T09:00+08:00\",\"orgUnitId\":" + office()
                + ",\"place\":\"沿江堤段（监测）\",\"summary\":\"江水上涨，堤段渗水，专人监测。\"}");
        assertThat(w.status()).as(w.body()).isEqualTo(201);
        long id = w.json().get("id").asLong();
        assertThat(w.json().get("state").asString()).isEqualTo("MONITORING");
        JsonNode noClock = file("duty-officer", id).get("firstReport");
        assertThat(noClock == null || noClock.isNull()).isTrue();

        Api.Response o = api("duty-officer").postJson(INCIDENTS + "/" + id + "/occurrence",
                "{\"occurredAt\":\"2025-07-16T13:50+08:00\",\"knownAt\":\"2025-07-16T14:00+08:00\"}");

        assertThat(o.status()).as(o.body()).isEqualTo(200);
        assertThat(o.json().get("state").asString()).isEqualTo("REPORTING");
        JsonNode f = file("duty-officer", id);
        assertThat(f.get("firstReport").get("dueAt").asString()).isEqualTo("2025-07-16T14:30:00+08:00");
    }

    @Test
    void a_monitored_threat_refuses_the_response_and_reports_before_it_happens_and_a_reported_incident_refuses_occurring() {
        Api.Response w = api("duty-officer").postJson(INCIDENTS + "/monitored", "{\"kind\":\"NATURAL_DISASTER\","
                + "\"severity\":\"GENERAL\",\"knownAt\":\"2025-07-15T09:00+08:00\",\"orgUnitId\":" + office()
                + ",\"place\":\"山体边坡（监测）\",\"summary\":\"边坡出现裂缝，专人监测。\"}");
        long watched = w.json().get("id").asLong();

        Api.Response respond = api("duty-officer").postJson(INCIDENTS + "/" + watched + "/response",
                "{\"level\":\"LEVEL_4\",\"measures\":\"疏散\"}");
        Api.Response early = report("duty-officer", watched, "FIRST", "2025-07-15T09:30+08:00");
        long reported = register("2025-07-15T14:00+08:00");
        Api.Response occur = api("duty-officer").postJson(INCIDENTS + "/" + reported + "/occurrence",
                "{\"occurredAt\":\"2025-07-15T13:50+08:00\",\"knownAt\":\"2025-07-15T14:00+08:00\"}");

        assertThat(respond.status()).isEqualTo(422);
        assertThat(respond.json().get("detail").asString()).contains("监测预警");
        assertThat(early.status()).isEqualTo(422);
        assertThat(occur.status()).isEqualTo(422);
        JsonNode f = file("duty-officer", watched);
        assertThat(f.get("incident").get("state").asString()).isEqualTo("MONITORING");
        assertThat(f.get("reports").size()).isZero();
        assertThat(file("duty-officer", reported).get("incident").get("state").asString()).isEqualTo("REPORTING");
    }
}
