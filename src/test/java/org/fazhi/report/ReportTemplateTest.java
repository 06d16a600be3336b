package org.fazhi.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The section templates: a placeholder naming no figure, or an empty text, is refused naming the key (API 422, page
 * form error), nothing saved; a saved wording starts the next draft; restoring the default removes it; the help of a
 * section lists the figures it may name, with their labels.
 */
class ReportTemplateTest extends IntegrationTest {

    private static final String TEMPLATES = RuleOfLawReportTest.BASE + "/templates/";

    private JsonNode template(String key) {
        Api.Response r = api("reviewer").get(TEMPLATES + key);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void a_template_naming_an_unknown_figure_or_empty_is_refused_naming_the_key_and_nothing_is_saved() {
        String before = template("measures.disputes").get("text").asString();

        Api.Response unknown = api("reviewer").putJson(TEMPLATES + "measures.disputes",
                "{\"text\":\"共受理{mediation.acepted}件\"}");
        Api.Response empty = api("reviewer").putJson(TEMPLATES + "measures.disputes", "{\"text\":\"  \"}");

        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().get("detail").asString()).contains("{mediation.acepted}", "不是报告可用的数据");
        assertThat(empty.status()).isIn(400, 422);
        assertThat(template("measures.disputes").get("text").asString()).isEqualTo(before);

        StaffSession reviewer = StaffSession.signIn(baseUrl(), "reviewer", PASSWORD);
        HttpResponse<String> page = reviewer.postForm("/reports/rule-of-law/templates/measures.disputes",
                Map.of("text", "本年受理{mediation.invented}件（模板页面测试）"));
        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("text-error", "{mediation.invented}", "本年受理{mediation.invented}件（模板页面测试）");
        assertThat(template("measures.disputes").get("text").asString()).isEqualTo(before);
    }

    @Test
    void a_saved_template_starts_the_next_draft_and_restoring_the_default_brings_back_the_shipped_wording() {
        String wording = "{year}年存在的不足：普法形式仍较单一，全年开展法治宣传活动{publicity.activities}次。（模板测试）";
        JsonNode shipped = template("shortcomings");
        try {
            Api.Response saved = api("reviewer").putJson(TEMPLATES + "shortcomings",
                    "{\"text\":\"" + wording + "\"}");
            assertThat(saved.status()).as(saved.body()).isEqualTo(200);
            JsonNode now = template("shortcomings");
            assertThat(now.get("customized").asBoolean()).isTrue();
            assertThat(now.get("figureKeys").toString()).contains("publicity.activities");

            JsonNode draft = RuleOfLawReportTest.created(api("reviewer").postJson(RuleOfLawReportTest.BASE, """
                    {"year":%d,"orgUnitId":%d}""".formatted(data.reportYear(), data.sanxing().id())));
            assertThat(RuleOfLawReportTest.section(draft, "shortcomings").get("text").asString())
                    .startsWith(data.reportYear() + "年存在的不足").endsWith("（模板测试）").doesNotContain("{");
        } finally {
            assertThat(api("reviewer").delete(TEMPLATES + "shortcomings").status()).isEqualTo(200);
        }
        JsonNode reset = template("shortcomings");
        assertThat(reset.get("customized").asBoolean()).isFalse();
        assertThat(reset.get("text").asString()).isEqualTo(shipped.get("defaultText").asString());
        assertThat(api("officer1").get(TEMPLATES + "shortcomings").status()).isEqualTo(403);
    }

    @Test
    void the_template_page_lists_the_figures_a_section_may_name_with_their_labels() {
        StaffSession reviewer = StaffSession.signIn(baseUrl(), "reviewer", PASSWORD);

        HttpResponse<String> page = reviewer.get("/reports/rule-of-law/templates?section=measures.disputes");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("template-form", "template-keys", "{mediation.accepted}", "受理各类纠纷（件）",
                "{mediation.successRate}", "{town}");
    }
}
