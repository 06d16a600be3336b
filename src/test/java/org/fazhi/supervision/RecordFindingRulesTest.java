package org.fazhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.fazhi.enforcement.CaseSignals;
import org.fazhi.organization.RunAs;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The rules that read records rather than clocks, over the demo of 三星镇: its report year's decisions published ten
 * working days after the decision (第9、18、27、36号) against the 7 of 国办发〔2018〕118号; the paper decision 第130号 of
 * this month, major and without legal review, signed by the officer whose certificate was cleared in March of the
 * report year; the cases with a step lacking its full-process record. Each rule finds its records once, with the
 * record's page and department, and leaves the others alone.
 */
class RecordFindingRulesTest extends IntegrationTest {

    private static final String SV = "/api/v1/supervision";

    @Autowired
    CaseSignals signals;

    @Autowired
    RunAs runAs;

    @Autowired
    JdbcTemplate jdbc;

    private Api.Response run() {
        Api.Response r = api("reviewer").postJson(SV + "/findings/run", "{}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r;
    }

    private List<JsonNode> findings(String rule) {
        run();
        Api.Response list = api("reviewer").get(SV + "/findings?rule=" + rule + "&size=100");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        List<JsonNode> out = new ArrayList<>();
        list.json().get("items").forEach(out::add);
        return out;
    }

    private static List<JsonNode> titled(List<JsonNode> found, String text) {
        return found.stream().filter(f -> f.get("title").asString().contains(text)).toList();
    }

    private long bureau() {
        return data.unit(data.sanxing(), "综合行政执法局").id();
    }

    @Test
    void a_decision_published_later_than_seven_working_days_is_found_once_under_guobanfa_2018_118() {
        String year = "〔" + data.reportYear() + "〕";
        List<JsonNode> found = findings("GUOBANFA_2018_118_PUBLISHED_LATE");

        List<JsonNode> late = titled(found, "海三星综执罚决" + year + "第9号（");
        assertThat(late).hasSize(1);
        assertThat(late.get(0).get("link").asString()).isEqualTo("/publications/" + late.get(0).get("subjectId")
                .asString());
        assertThat(late.get(0).get("orgUnitId").asLong()).isEqualTo(bureau());
        assertThat(late.get(0).get("ruleLabel").asString()).isEqualTo("执法决定逾期公示（国办发〔2018〕118号）");
        assertThat(titled(found, "海三星综执罚决" + year + "第18号（")).hasSize(1);
        // published one to five working days after the decision
        assertThat(titled(found, "海三星综执罚决" + year + "第1号（")).isEmpty();
        assertThat(run().json().get("findings").findValuesAsString("rule"))
                .doesNotContain("GUOBANFA_2018_118_PUBLISHED_LATE");
    }

    @Test
    void a_decision_signed_by_an_officer_whose_certificate_was_cleared_is_found_under_penalty_law_art_42() {
        List<JsonNode> found = findings("PENALTY_LAW_ART_42_CERTIFICATE");

        List<JsonNode> paper = titled(found, "第130号 ");
        assertThat(paper).hasSize(1);
        assertThat(paper.get(0).get("subjectType").asString()).isEqualTo(CaseSignals.PAST_DECISION);
        assertThat(paper.get(0).get("title").asString()).contains("违法建设案", "执法证");
        assertThat(paper.get(0).get("orgUnitId").asLong()).isEqualTo(bureau());
        // signed by officer1 and officer2, both valid that day
        assertThat(titled(found, "第101号 ")).isEmpty();
        assertThat(run().json().get("findings").findValuesAsString("rule"))
                .doesNotContain("PENALTY_LAW_ART_42_CERTIFICATE");
    }

    @Test
    void a_major_decision_without_legal_review_is_found_under_penalty_law_art_58() {
        List<JsonNode> found = findings("PENALTY_LAW_ART_58_REVIEW");

        assertThat(titled(found, "第130号 ")).hasSize(1);
        // not major: no review needed
        assertThat(titled(found, "第101号 ")).isEmpty();
        List<Long> unreviewedCases = runAs.as("reviewer", signals::majorDecidedWithoutReview).stream()
                .filter(c -> c.subjectType().equals(CaseSignals.PENALTY_CASE)).map(CaseSignals.CaseRef::id).toList();
        assertThat(found.stream().filter(f -> f.get("subjectType").asString().equals(CaseSignals.PENALTY_CASE))
                .map(f -> f.get("subjectId").asLong()).toList()).containsAll(unreviewedCases);
    }

    @Test
    void a_case_that_had_to_be_discussed_collectively_and_was_not_is_found_under_penalty_law_art_57() {
        Long id = jdbc.queryForObject("""
                select min(id) from penalty_case where town_id = ? and decided_on is not null and discussed_on is null
                  and complex_case = false and collective = false and major_public_interest = false
                  and hearing_applicable = false""", Long.class, data.sanxing().id());
        assertThat(id).as("a decided case of 三星镇 that needed no collective discussion").isNotNull();
        assertThat(findings("PENALTY_LAW_ART_57_DISCUSSION").stream().map(f -> f.get("subjectId").asLong()))
                .doesNotContain(id);

        // the case corrected afterwards: its circumstances were complex, so the heads had to discuss it
        jdbc.update("update penalty_case set complex_case = true where id = ?", id);
        try {
            List<JsonNode> found = findings("PENALTY_LAW_ART_57_DISCUSSION").stream()
                    .filter(f -> f.get("subjectId").asLong() == id).toList();
            assertThat(found).hasSize(1);
            assertThat(found.get(0).get("link").asString()).isEqualTo("/enforcement/cases/" + id);
        } finally {
            jdbc.update("update penalty_case set complex_case = false where id = ?", id);
        }
    }

    @Test
    void every_case_with_a_step_lacking_its_record_is_found_under_penalty_law_art_47() {
        List<Long> missing = runAs.as("reviewer", signals::stepsWithoutRecords).stream()
                .map(CaseSignals.CaseRef::id).toList();
        List<JsonNode> found = findings("PENALTY_LAW_ART_47_RECORDS");

        assertThat(found.stream().map(f -> f.get("subjectId").asLong()).toList()).containsAll(missing);
        assertThat(found).allSatisfy(f -> {
            assertThat(f.get("subjectType").asString()).isEqualTo(CaseSignals.PENALTY_CASE);
            assertThat(f.get("link").asString()).isEqualTo("/enforcement/cases/" + f.get("subjectId").asString());
        });
        // a past decision entered from paper has no steps and is never found under this rule
        assertThat(titled(found, "第130号 ")).isEmpty();
    }
}
