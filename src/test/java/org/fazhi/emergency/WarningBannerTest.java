package org.fazhi.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Public warnings: in force they are on the town's portal front page and in the public API; lifted, they are gone. */
class WarningBannerTest extends IntegrationTest {

    private static final String WARNINGS = "/api/v1/emergency/warnings";

    private String warning(String level, String title) {
        long office = data.unit(data.sanxing(), "应急管理办公室").id();
        return "{\"orgUnitId\":" + office + ",\"level\":\"" + level + "\",\"title\":\"" + title
                + "\",\"measures\":\"关好门窗，暂停户外作业。\",\"validFrom\":\"2025-01-01T08:00+08:00\","
                + "\"validUntil\":\"2099-12-31T18:00+08:00\"}";
    }

    private String publicWarnings(long town) {
        Api.Response r = anonymous().get("/api/public/v1/warnings?town=" + town);
        assertThat(r.status()).isEqualTo(200);
        return r.body();
    }

    @Test
    void the_demo_yellow_warning_is_a_banner_on_the_front_page() {
        String page = anonymous().get(data.portal(data.sanxing(), "")).body();

        assertThat(page).contains("fz-notice fz-notice-yellow", "三级（黄色）预警", "大风黄色预警");
    }

    @Test
    void an_issued_warning_shows_at_once_and_disappears_when_lifted_and_lifting_twice_is_refused() {
        Api.Response issued = api("duty-officer").postJson(WARNINGS, warning("RED", "暴雨红色预警（测试）"));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        long id = issued.json().get("id").asLong();

        assertThat(publicWarnings(data.sanxing().id())).contains("暴雨红色预警（测试）");
        assertThat(anonymous().get(data.portal(data.sanxing(), "")).body())
                .contains("id=\"warning-" + id + "\"", "fz-notice-red");
        assertThat(publicWarnings(data.secondTown().id())).doesNotContain("暴雨红色预警（测试）");

        Api.Response lifted = api("duty-officer").postJson(WARNINGS + "/" + id + "/lifting", "{\"reason\":\"降雨结束\"}");
        Api.Response again = api("duty-officer").postJson(WARNINGS + "/" + id + "/lifting", "{\"reason\":\"再次解除\"}");

        assertThat(lifted.status()).as(lifted.body()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(422);
        JsonNode after = api("duty-officer").get(WARNINGS + "/" + id).json();
        assertThat(after.get("liftReason").asString()).isEqualTo("降雨结束");
        assertThat(after.get("inForce").asBoolean()).isFalse();
        assertThat(publicWarnings(data.sanxing().id())).doesNotContain("暴雨红色预警（测试）");
        assertThat(anonymous().get(data.portal(data.sanxing(), "")).body()).doesNotContain("id=\"warning-" + id + "\"");
    }

    @Test
    void an_unknown_level_is_refused_naming_the_field_and_nothing_is_issued() {
        int before = api("duty-officer").get(WARNINGS).json().size();

        Api.Response r = api("duty-officer").postJson(WARNINGS, warning("PURPLE", "紫色预警（测试）"));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("violations").get(0).get("field").asString()).isEqualTo("level");
        assertThat(api("duty-officer").get(WARNINGS).json().size()).isEqualTo(before);
    }

    @Test
    void a_mediator_may_not_issue_and_the_second_town_may_not_lift_a_warning_of_sanxing() {
        long id = api("duty-officer").postJson(WARNINGS, warning("BLUE", "蓝色预警（测试）")).json().get("id").asLong();

        assertThat(api("mediator").postJson(WARNINGS, warning("BLUE", "调解员预警")).status()).isEqualTo(403);
        assertThat(api("t2-duty-officer").postJson(WARNINGS + "/" + id + "/lifting", "{}").status()).isEqualTo(404);
        assertThat(api("duty-officer").get(WARNINGS + "/" + id).json().get("inForce").asBoolean()).isTrue();
        api("duty-officer").postJson(WARNINGS + "/" + id + "/lifting", "{\"reason\":\"测试结束\"}");
    }

    @Test
    void information_published_about_an_incident_being_handled_is_on_the_front_page_without_phone_numbers() {
        long office = data.unit(data.sanxing(), "应急管理办公室").id();
        long id = api("duty-officer").postJson("/api/v1/emergency/incidents", "{\"kind\":\"SOCIAL_SECURITY\","
                + "\"severity\":\"GENERAL\",\"occurredAt\":\"2025-05-01T09:00+08:00\",\"knownAt\":\"2025-05-01T09:05+08:00\","
                + "\"orgUnitId\":" + office + ",\"place\":\"集镇广场（发布测试）\",\"summary\":\"人员聚集。\"}")
                .json().get("id").asLong();

        Api.Response r = api("duty-officer").postJson("/api/v1/emergency/incidents/" + id + "/public-info",
                "{\"text\":\"广场秩序已恢复，咨询请联系13912345678。\"}");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        String page = anonymous().get(data.portal(data.sanxing(), "")).body();
        assertThat(page).contains("id=\"incident-" + id + "\"", "广场秩序已恢复").doesNotContain("13912345678");
        assertThat(anonymous().get(data.portal(data.secondTown(), "")).body()).doesNotContain("广场秩序已恢复");
    }
}
