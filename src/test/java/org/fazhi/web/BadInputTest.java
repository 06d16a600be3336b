package org.fazhi.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bad input gets a clear answer in Chinese as complete problem details — never a 500, never a cut-off body — and
 * changes nothing. The firewall's refusals, the error page asked for directly and NUL bytes are in
 * {@link RequestsThatBreakTheServerTest}.
 */
class BadInputTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    private long units() {
        return jdbc.queryForObject("select count(*) from org_unit", Long.class);
    }

    /**
     * A complete problem: a body cut off mid-stream (an error page rendered over a written answer) fails here — the
     * client reports the broken stream, or the body is shorter than announced, or its JSON does not parse.
     */
    private static void assertProblem(Api.Response r, int status) {
        r.raw().headers().firstValueAsLong("Content-Length").ifPresent(n -> assertThat((long) r.bytes().length)
                .as("the whole body announced").isEqualTo(n));
        assertThat(r.body()).endsWith("}");
        assertThat(r.status()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("status").asInt()).isEqualTo(status);
        assertThat(r.json().get("detail").asString()).matches(".*\\p{IsHan}.*");
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void malformed_json_is_400() {
        long before = units();

        assertProblem(api("admin").postJson("/api/v1/org-units", "{\"name\": \"新村\", "), 400);
        assertThat(units()).isEqualTo(before);
    }

    @Test
    void an_unknown_enum_value_is_400() {
        assertProblem(api("admin").postJson("/api/v1/org-units",
                "{\"name\":\"新村\",\"type\":\"HAMLET\",\"parentId\":" + data.sanxing().id() + "}"), 400);
    }

    @Test
    void a_wrong_type_is_400() {
        assertProblem(api("admin").postJson("/api/v1/org-units",
                "{\"name\":\"新村\",\"type\":\"VILLAGE\",\"parentId\":\"三星镇\"}"), 400);
    }

    @Test
    void a_bad_date_is_400() {
        assertProblem(api("auditor").get("/api/v1/audit/events?from=2024-13-45"), 400);
    }

    @Test
    void a_bad_path_id_is_400() {
        assertProblem(api("admin").get("/api/v1/org-units/abc"), 400);
    }

    @Test
    void a_missing_required_field_is_400_with_the_field_named() {
        Api.Response r = api("admin").postJson("/api/v1/org-units", "{\"type\":\"VILLAGE\"}");

        assertProblem(r, 400);
        assertThat(r.json().get("violations").get(0).get("field").asString()).isEqualTo("name");
    }

    @Test
    void an_unsupported_media_type_is_415() {
        assertProblem(api("admin").post("/api/v1/org-units", "text/plain", "name=x".getBytes()), 415);
    }

    @Test
    void a_rule_broken_by_a_well_formed_request_is_422_and_changes_nothing() {
        long before = units();
        Api.Response r = api("admin").postJson("/api/v1/org-units",
                "{\"name\":\"林西村\",\"type\":\"VILLAGE\",\"parentId\":" + data.sanxing().id() + "}");

        assertProblem(r, 422);
        assertThat(r.json().get("detail").asString()).contains("林西村");
        assertThat(r.json().get("violations").get(0).get("field").asString()).isEqualTo("name");
        assertThat(units()).isEqualTo(before);
    }

    @Test
    void a_village_cannot_be_created_under_a_village() {
        long linxi = data.unit(data.sanxing(), "林西村").id();

        assertProblem(api("admin").postJson("/api/v1/org-units",
                "{\"name\":\"新组\",\"type\":\"VILLAGE\",\"parentId\":" + linxi + "}"), 422);
    }

    @Test
    void an_unknown_api_path_is_404_problem() {
        assertProblem(api("admin").get("/api/v1/no-such-thing"), 404);
    }

    @Test
    void a_wrong_method_is_405_problem() {
        assertProblem(api("admin").delete("/api/v1/org-units"), 405);
    }

    @Test
    void an_unknown_page_is_a_friendly_chinese_page() {
        Api.Response r = anonymous().get("/portal/no-such-page");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("text/html");
        assertThat(r.body()).contains("不存在").doesNotContain("Whitelabel").doesNotContain("Exception");
    }
}
