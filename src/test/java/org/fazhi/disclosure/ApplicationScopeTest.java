package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Who sees an application and its applicant's personal data; what a tracking code reveals. */
class ApplicationScopeTest extends DisclosureApiSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_second_town_gets_404_for_an_application_of_sanxing() {
        long id = register("2025-06-03").get("id").asLong();

        assertThat(api("t2-clerk").get(BASE + "/" + id).status()).isEqualTo(404);
        assertThat(api("t2-clerk").postJson(BASE + "/" + id + "/decision",
                "{\"decidedOn\":\"2025-06-10\",\"outcome\":\"DISCLOSED\"}").status()).isEqualTo(404);
    }

    @Test
    void personal_data_is_shown_to_the_towns_disclosure_staff_only() {
        long id = register("2025-06-03").get("id").asLong();

        JsonNode clerk = ok(clerk().get(BASE + "/" + id));
        JsonNode leader = ok(api("leader").get(BASE + "/" + id));

        assertThat(text(clerk, "idNumber")).isEqualTo("320684199001011234");
        assertThat(text(clerk, "applicantName")).isEqualTo("王小明");
        assertThat(text(leader, "applicantName")).isEqualTo("王某");
        assertThat(text(leader, "idNumber")).isEqualTo("3206**********1234").doesNotContain("19900101");
        assertThat(text(leader, "phone")).isEqualTo("138****1111");
        assertThat(leader.get("address").isNull()).isTrue();
    }

    @Test
    void the_audit_trail_keeps_the_applicants_personal_data_masked() {
        long id = register("2025-06-03").get("id").asLong();

        String after = jdbc.queryForList("select after_state from audit_event where entity_type = "
                + "'DisclosureApplication' and entity_id = ? order by seq_no", String.class, String.valueOf(id)).get(0);

        assertThat(after).doesNotContain("王小明", "320684199001011234", "13800001111", "人民路1号")
                .contains("\"applicant.idNumber\":\"***\"", "\"applicant.name\":\"***\"");
    }

    @Test
    void a_role_without_disclosure_write_may_not_register_an_application() {
        Api.Response r = api("leader").postJson(BASE, "{\"receivedOn\":\"2025-06-03\"}");

        assertThat(r.status()).isEqualTo(403);
    }

    @Test
    void an_online_application_is_received_the_day_it_is_submitted_and_tracked_by_its_code_without_personal_data() {
        Api.Response submitted = anonymous().postJson("/api/public/v1/disclosure/applications", """
                {"orgUnitId":%d,"applicantType":"NATURAL_PERSON","applicantName":"赵公开","idNumber":"32060619880808123X",
                 "phone":"13912345678","address":"三星镇公开路8号","content":"本镇2025年财政决算"}"""
                .formatted(data.sanxing().id()));

        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String code = text(submitted.json(), "trackingCode");
        assertThat(text(submitted.json(), "receivedOn")).isEqualTo(java.time.LocalDate.now(
                org.fazhi.FazhiApplication.ZONE).toString());
        assertThat(text(submitted.json(), "dueOn")).isNotNull();

        Api.Response tracked = anonymous().get("/api/public/v1/disclosure/applications/" + code);
        assertThat(tracked.status()).isEqualTo(200);
        assertThat(text(tracked.json(), "status")).isEqualTo("PROCESSING");
        assertThat(tracked.body()).doesNotContain("赵公开", "32060619880808123X", "13912345678", "公开路");
        assertThat(anonymous().get("/api/public/v1/disclosure/applications/AAAA-BBBB-CCCC").status()).isEqualTo(404);
    }

    @Test
    void a_public_application_missing_what_the_regulation_asks_is_refused_field_by_field() {
        Api.Response r = anonymous().postJson("/api/public/v1/disclosure/applications",
                "{\"orgUnitId\":%d,\"applicantType\":\"NATURAL_PERSON\"}".formatted(data.sanxing().id()));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.body()).contains("applicantName", "idNumber", "phone", "content");
    }

    @Test
    void the_public_catalogue_lists_published_items_only() {
        Api.Response r = anonymous().get("/api/public/v1/disclosure/items?q=%E4%B8%89%E6%98%9F&size=100&town="
                + data.sanxing().id());

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("total").asLong()).isPositive();
        r.json().get("items").forEach(i -> assertThat(i.get("publishedOn").isNull()).isFalse());
        assertThat(r.body()).doesNotContain("集体土地征收补偿安置方案");
    }
}
