package org.fazhi.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.mediation.DisputeProcedureApiTest.BASE;
import static org.fazhi.mediation.DisputeProcedureApiTest.TODAY;
import static org.fazhi.mediation.DisputeProcedureApiTest.registration;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.fazhi.ledger.Ledgers;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * 《人民调解法》第28–30条: a mediation succeeds by an agreement, written or oral; 第26条: a mediation that fails or ends
 * records the other routes the parties were told about.
 */
class MediationConclusionRulesTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    private long registered(LocalDate acceptedOn) {
        Api.Response r = api("mediator").postJson(BASE, registration(data.unit(data.sanxing(), "林西村").id(),
                acceptedOn, "TOWN", null));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("dispute").get("id").asLong();
    }

    private Api.Response conclude(long id, String body) {
        return api("mediator").postJson(BASE + "/" + id + "/conclusion", body);
    }

    @Test
    void a_mediation_concluded_as_succeeded_needs_a_written_or_oral_agreement() {
        long id = registered(TODAY.minusDays(3));

        Api.Response none = conclude(id, "{\"outcome\": \"SUCCEEDED\", \"concludedOn\": \"%s\", \"form\": \"NONE\"}"
                .formatted(TODAY));

        assertThat(none.status()).isEqualTo(422);
        assertThat(none.json().get("violations").get(0).get("field").asString()).isEqualTo("form");
        assertThat(none.json().get("detail").asString()).contains("书面协议或口头协议");
        assertThat(api("mediator").get(BASE + "/" + id).json().get("dispute").get("status").asString())
                .isEqualTo("ACCEPTED");
    }

    @Test
    void a_claim_withdrawn_after_explanation_is_terminated_with_the_reason_and_the_route_told() {
        long id = registered(TODAY.minusDays(3));

        Api.Response withoutRoute = conclude(id, """
                {"outcome": "TERMINATED", "concludedOn": "%s", "note": "经释法说理，申请人撤回请求"}"""
                .formatted(TODAY));
        assertThat(withoutRoute.status()).isEqualTo(422);
        assertThat(withoutRoute.json().get("violations").get(0).get("field").asString()).isEqualTo("route");
        assertThat(withoutRoute.json().get("detail").asString()).contains("第26条");

        Api.Response ok = conclude(id, """
                {"outcome": "TERMINATED", "concludedOn": "%s", "note": "经释法说理，申请人撤回请求",
                 "route": "ADMINISTRATIVE"}""".formatted(TODAY));
        assertThat(ok.status()).as(ok.body()).isLessThan(300);
        JsonNode d = api("mediator").get(BASE + "/" + id).json();
        assertThat(d.get("dispute").get("status").asString()).isEqualTo("TERMINATED");
        assertThat(d.get("advisedRoute").asString()).isEqualTo("ADMINISTRATIVE");
    }

    @Test
    void a_ledger_row_of_a_success_without_agreement_is_a_row_error_and_a_failure_imports_with_the_route_not_stated() {
        Api.Response r = api("mediator").upload("/api/v1/mediation/disputes/import", "file", "矛盾纠纷台账.csv",
                "text/csv", Ledgers.csv(StandardCharsets.UTF_8, true, DisputeLedgerImportTest.HEADER,
                        "2024-06-03,东兴村,邻里,申请调解,规则甲撤回请求,规则甲,,否,村调委会,调解成功,无,2024-06-05",
                        "2024-06-04,东兴村,邻里,申请调解,规则乙分歧较大,规则乙,,否,村调委会,调解不成功,无,2024-06-06"));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("imported").asInt()).isEqualTo(1);
        JsonNode rejected = r.json().get("rejected").get(0);
        assertThat(rejected.get("row").asInt()).isEqualTo(2);
        assertThat(rejected.get("column").asString()).isEqualTo("协议形式");
        JsonNode failed = api("mediator").get(BASE + "?q=" + java.net.URLEncoder.encode("规则乙",
                StandardCharsets.UTF_8)).json().get("items").get(0);
        JsonNode detail = api("mediator").get(BASE + "/" + failed.get("id").asLong()).json();
        assertThat(detail.get("advisedRoute").asString()).isEqualTo("NOT_STATED");
    }

    @Test
    void a_success_recorded_without_agreement_before_the_rule_becomes_a_terminated_mediation_with_the_route_not_stated()
            throws Exception {
        // given a conclusion recorded before the rule: 调解成功 with no agreement
        long id = registered(TODAY.minusDays(4));
        assertThat(conclude(id, """
                {"outcome": "SUCCEEDED", "concludedOn": "%s", "form": "ORAL", "oralContent": "双方同意互谅互让"}"""
                .formatted(TODAY)).status()).isLessThan(300);
        jdbc.update("update mediation_dispute set agreement_form = 'NONE', oral_content = null, "
                + "conclusion_note = '申请人撤回请求' where id = ?", id);

        // when the migration that brings stored conclusions under the rule runs
        String sql = new ClassPathResource("db/migration/common/V66__mediation_agreement_required.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        for (String statement : sql.replaceAll("(?m)^--.*$", "").split(";")) {
            if (!statement.isBlank()) {
                jdbc.update(statement);
            }
        }

        // then the statistics no longer count it as a success, and its page says why
        JsonNode d = api("mediator").get(BASE + "/" + id).json();
        assertThat(d.get("dispute").get("status").asString()).isEqualTo("TERMINATED");
        assertThat(d.get("advisedRoute").asString()).isEqualTo("NOT_STATED");
        assertThat(d.get("conclusionNote").asString()).contains("申请人撤回请求").contains("原记为调解成功");
    }
}
