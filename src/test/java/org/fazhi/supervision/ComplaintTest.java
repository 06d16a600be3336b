package org.fazhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Complaints about enforcement: the acceptance period (7 working days, worked out by hand on 2025's National Day
 * calendar: holiday 10-01..10-08, Sunday 09-28 and Saturday 10-11 working days) and the handling period (60 days), the
 * portal submission with its tracking code, the complainant's data kept from the public and from lists, and the
 * refusals that change nothing.
 */
class ComplaintTest extends IntegrationTest {

    private static final String COMPLAINTS = "/api/v1/supervision/complaints";
    private static final String PUBLIC = "/api/public/v1/enforcement-complaints";

    private long lawEnforcementBureau() {
        return data.unit(data.sanxing(), "综合行政执法局").id();
    }

    private Api.Response register(String user, String content, String receivedOn, String complainant) {
        return api(user).postJson(COMPLAINTS, """
                {"channel":"HOTLINE","orgUnitId":%d,"subject":"执法态度","officerName":"张某","content":"%s",
                 "receivedOn":"%s"%s}""".formatted(lawEnforcementBureau(), content, receivedOn, complainant));
    }

    private long created(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private JsonNode complaint(String user, long id) {
        Api.Response r = api(user).get(COMPLAINTS + "/" + id);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private int listed(String user, String q) {
        Api.Response r = api(user).get(COMPLAINTS + "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("total").asInt();
    }


    @Test
    void received_2025_09_26_it_is_accepted_by_2025_10_13_and_handled_within_60_days_of_acceptance() {
        // 7 working days after Fri 09-26: Sun 09-28, 09-29, 09-30, (holiday 10-01..08), 10-09, 10-10, Sat 10-11, 10-13
        long id = created(register("reviewer", "执法人员态度粗暴（测试）", "2025-09-26",
                ",\"complainantName\":\"王五\",\"complainantPhone\":\"13800138000\""));
        JsonNode received = complaint("reviewer", id);
        assertThat(received.get("state").asString()).isEqualTo("RECEIVED");
        assertThat(received.get("acceptanceDueOn").asString()).isEqualTo("2025-10-13");

        // 60 days after Thu 2025-10-09: 22 days of October, 30 of November, 8 of December → Mon 2025-12-08
        Api.Response accepted = api("reviewer").postJson(COMPLAINTS + "/" + id + "/acceptance", "{\"on\":\"2025-10-09\"}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("state").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.json().get("handlingDueOn").asString()).isEqualTo("2025-12-08");

        Api.Response concluded = api("reviewer").postJson(COMPLAINTS + "/" + id + "/conclusion", """
                {"finding":"情况属实","measures":"批评教育并调整岗位","reply":"经查属实，已处理。","on":"2025-11-20"}""");
        assertThat(concluded.status()).as(concluded.body()).isEqualTo(200);
        assertThat(concluded.json().get("state").asString()).isEqualTo("CONCLUDED");

        JsonNode tracked = anonymous().get(PUBLIC + "/" + concluded.json().get("trackingCode").asString()).json();
        assertThat(tracked.get("state").asString()).isEqualTo("CONCLUDED");
        assertThat(tracked.get("reply").asString()).isEqualTo("经查属实，已处理。");
        assertThat(tracked.get("decidedOn").asString()).isEqualTo("2025-10-09");
        assertThat(tracked.toString()).doesNotContain("王五", "13800138000", "态度粗暴", "张某");
    }

    @Test
    void a_portal_complaint_gets_a_tracking_code_and_its_answer_and_the_lists_never_show_the_complainant() {
        String marker = "门户投诉（测试）" + System.nanoTime();
        Api.Response r = anonymous().postJson(PUBLIC, """
                {"orgUnitId":%d,"subject":"乱罚款","content":"%s","complainantName":"赵六","complainantPhone":"13900139000",
                 "anonymous":false}""".formatted(lawEnforcementBureau(), marker));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String code = r.json().get("trackingCode").asString();

        Api.Response tracked = anonymous().get(PUBLIC + "/" + code.replace("-", "").toLowerCase());
        assertThat(tracked.status()).as(tracked.body()).isEqualTo(200);
        assertThat(tracked.json().get("state").asString()).isEqualTo("RECEIVED");
        assertThat(tracked.json().get("acceptanceDueOn").isNull()).isFalse();
        assertThat(tracked.body()).doesNotContain("赵六", "13900139000", marker);

        Api.Response list = api("reviewer").get(COMPLAINTS + "?q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8));
        assertThat(list.json().get("total").asInt()).isEqualTo(1);
        assertThat(list.body()).doesNotContain("赵", "13900139000");
        long id = list.json().get("items").get(0).get("id").asLong();
        JsonNode own = complaint("reviewer", id);
        assertThat(own.get("channel").asString()).isEqualTo("ONLINE");
        assertThat(own.get("complainantName").asString()).isEqualTo("赵六");
        JsonNode district = complaint("supervisor", id);
        assertThat(district.toString()).doesNotContain("赵六", "13900139000");
    }

    @Test
    void an_anonymous_portal_complaint_keeps_no_name_and_a_named_one_without_a_name_is_refused_writing_nothing() {
        String marker = "无名投诉（测试）" + System.nanoTime();
        Api.Response refused = anonymous().postJson(PUBLIC, """
                {"orgUnitId":%d,"content":"%s","anonymous":false}""".formatted(lawEnforcementBureau(), marker));
        assertThat(refused.status()).as(refused.body()).isIn(400, 422);
        assertThat(refused.body()).contains("complainantName");
        assertThat(listed("reviewer", marker)).isZero();

        Api.Response anon = anonymous().postJson(PUBLIC, """
                {"orgUnitId":%d,"content":"%s","complainantName":"不应保存","anonymous":true}"""
                .formatted(lawEnforcementBureau(), marker));
        assertThat(anon.status()).as(anon.body()).isEqualTo(201);
        Api.Response list = api("reviewer").get(COMPLAINTS + "?q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8));
        JsonNode c = complaint("reviewer", list.json().get("items").get(0).get("id").asLong());
        assertThat(c.get("anonymous").asBoolean()).isTrue();
        assertThat(c.get("complainantName").isNull()).isTrue();

        assertThat(anonymous().get(PUBLIC + "/ABCD-EFGH-JKMN").status()).isEqualTo(404);
    }

    @Test
    void declining_needs_a_reason_and_concluding_needs_acceptance_each_refusal_leaves_the_complaint_as_it_was() {
        long id = created(register("reviewer", "不予受理（测试）", "2025-09-26", ",\"anonymous\":true"));

        Api.Response noReason = api("reviewer").postJson(COMPLAINTS + "/" + id + "/rejection", "{\"reason\":\" \"}");
        assertThat(noReason.status()).as(noReason.body()).isIn(400, 422);
        Api.Response early = api("reviewer").postJson(COMPLAINTS + "/" + id + "/conclusion",
                "{\"finding\":\"x\",\"reply\":\"y\"}");
        assertThat(early.status()).as(early.body()).isEqualTo(422);
        assertThat(early.body()).contains("待受理");
        assertThat(complaint("reviewer", id).get("state").asString()).isEqualTo("RECEIVED");

        Api.Response declined = api("reviewer").postJson(COMPLAINTS + "/" + id + "/rejection",
                "{\"reason\":\"不属于行政执法监督范围，已告知向法院起诉\",\"on\":\"2025-09-29\"}");
        assertThat(declined.status()).as(declined.body()).isEqualTo(200);
        JsonNode tracked = anonymous().get(PUBLIC + "/" + declined.json().get("trackingCode").asString()).json();
        assertThat(tracked.get("state").asString()).isEqualTo("NOT_ACCEPTED");
        assertThat(tracked.get("notAcceptedReason").asString()).contains("不属于行政执法监督范围");
    }

    @Test
    void an_officer_may_not_read_or_register_complaints_and_another_towns_reviewer_finds_none() {
        long id = created(register("reviewer", "他镇不可见（测试）", "2025-09-26", ",\"anonymous\":true"));

        assertThat(api("officer1").get(COMPLAINTS).status()).isEqualTo(403);
        assertThat(register("officer1", "执法人员登记（测试）", "2025-09-26", ",\"anonymous\":true").status())
                .isEqualTo(403);
        String t2 = secondTownReviewer();
        assertThat(api(t2).get(COMPLAINTS + "/" + id).status()).isEqualTo(404);
        assertThat(api(t2).postJson(COMPLAINTS + "/" + id + "/acceptance", "{}").status()).isEqualTo(404);
        assertThat(listed(t2, "他镇不可见（测试）")).isZero();
        assertThat(complaint("reviewer", id).get("state").asString()).isEqualTo("RECEIVED");
    }

    @Test
    void a_towns_acceptance_period_outside_1_to_30_working_days_is_refused_and_the_setting_kept() {
        long town = data.sanxing().id();
        Api.Response refused = api("reviewer").putJson("/api/v1/supervision/settings", """
                {"townId":%d,"acceptanceWorkingDays":0,"handlingDays":60}""".formatted(town));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("acceptanceWorkingDays");
        assertThat(api("reviewer").get("/api/v1/supervision/settings?townId=" + town).json()
                .get("acceptanceWorkingDays").asInt()).isEqualTo(7);
    }

    @Test
    void the_portal_form_lists_the_towns_departments_and_the_tracking_page_shows_the_reply_without_the_complainant() {
        Api.Response form = anonymous().get(data.portal(data.sanxing(), "enforcement-complaints"));
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("综合行政执法局", "匿名");

        Api.Response r = anonymous().postJson(PUBLIC, """
                {"orgUnitId":%d,"content":"门户查询页（测试）","complainantName":"钱七","complainantPhone":"13700137000",
                 "anonymous":false}""".formatted(lawEnforcementBureau()));
        String code = r.json().get("trackingCode").asString();
        Api.Response page = anonymous().get(data.portal(data.sanxing(), "enforcement-complaints/track") + "?code="
                + code);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(code, "待受理").doesNotContain("钱七", "13700137000", "门户查询页");
        Api.Response otherTown = anonymous().get(data.portal(data.secondTown(), "enforcement-complaints/track")
                + "?code=" + code);
        assertThat(otherTown.body()).doesNotContain("待受理");
    }
}
