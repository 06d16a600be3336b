package org.fazhi.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.fazhi.support.Api;
import org.fazhi.support.Docx;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The annual rule-of-law report: a draft's figures are the modules' own statistics of the year and town; an edited
 * section keeps its figures' links and marks a number typed over a figure; approval freezes the figures; publication
 * puts the text on the public API, due by 1 April of the following year.
 */
class RuleOfLawReportTest extends IntegrationTest {

    static final String BASE = "/api/v1/reports/rule-of-law";

    static JsonNode created(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    JsonNode generate(String user, int year) {
        return created(api(user).postJson(BASE, """
                {"year":%d,"orgUnitId":%d}""".formatted(year, data.sanxing().id())));
    }

    static JsonNode section(JsonNode report, String key) {
        for (JsonNode s : report.get("sections")) {
            if (s.get("key").asString().equals(key)) {
                return s;
            }
        }
        throw new AssertionError("no section " + key);
    }

    /** Every figure of the report by key, across sections. */
    static Map<String, JsonNode> figures(JsonNode report) {
        Map<String, JsonNode> out = new HashMap<>();
        report.get("sections").forEach(s -> s.get("figures").forEach(f -> out.put(f.get("key").asString(), f)));
        return out;
    }

    private JsonNode stats(String path, int year) {
        Api.Response r = api("leader").get(path + "?year=" + year + "&orgUnit=" + data.sanxing().id());
        assertThat(r.status()).as(path + " " + r.body()).isEqualTo(200);
        return r.json();
    }

    private static String rate(BigDecimal value) {
        return value == null ? "—" : value.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static String rateOf(JsonNode n) {
        return n == null || n.isNull() ? "—" : rate(n.decimalValue());
    }

    @Test
    void the_generated_reports_figures_equal_the_modules_own_statistics_of_the_year_and_the_town() {
        int year = data.reportYear();
        JsonNode report = generate("reviewer", year);
        JsonNode officers = stats("/api/v1/officers/statistics", year);
        JsonNode teams = stats("/api/v1/legal-teams/statistics", year);
        JsonNode enforcement = stats("/api/v1/enforcement/statistics", year);
        JsonNode publication = stats("/api/v1/publications/statistics", year);
        JsonNode mediation = stats("/api/v1/mediation/statistics", year);
        JsonNode disclosure = stats("/api/v1/disclosure/statistics", year);
        JsonNode litigation = stats("/api/v1/litigation/statistics", year).get("litigation");
        JsonNode publicity = stats("/api/v1/publicity/statistics", year);
        JsonNode study = stats("/api/v1/study/statistics", year);
        JsonNode services = stats("/api/v1/legal-services/statistics", year);
        JsonNode emergency = stats("/api/v1/emergency/statistics", year);
        long onTime = publication.get("publishedOnTime").asLong();
        long due = onTime + publication.get("publishedLate").asLong();
        Map<String, String> expected = new HashMap<>();
        expected.put("officers.certificatesIssued", officers.get("certificatesIssued").asString());
        expected.put("officers.certificatesRenewed", officers.get("certificatesRenewed").asString());
        expected.put("legalTeams.villages", teams.get("villages").asString());
        expected.put("legalTeams.advisors", teams.get("advisors").asString());
        expected.put("legalTeams.advisorCoverage", rateOf(teams.get("advisorCoverage")));
        expected.put("enforcement.decisions", enforcement.get("penaltyDecisions").asString());
        expected.put("enforcement.casesReviewed", enforcement.get("casesReviewed").asString());
        expected.put("enforcement.collectivelyDiscussed", enforcement.get("collectivelyDiscussed").asString());
        expected.put("publication.onTimeRate", due == 0 ? "—" : rate(BigDecimal.valueOf(onTime * 100)
                .divide(BigDecimal.valueOf(due), 2, RoundingMode.HALF_UP)));
        expected.put("mediation.accepted", mediation.get("accepted").asString());
        expected.put("mediation.townCommittee.accepted", mediation.get("townCommittee").get("accepted").asString());
        expected.put("mediation.successRate", rateOf(mediation.get("successRate")));
        expected.put("mediation.townCommittee.writtenAgreements",
                mediation.get("townCommittee").get("writtenAgreements").asString());
        expected.put("mediation.townCommittee.oralAgreements",
                mediation.get("townCommittee").get("oralAgreements").asString());
        expected.put("mediation.majorDisputes", mediation.get("majorDisputes").asString());
        expected.put("mediation.majorResolved", mediation.get("majorResolved").asString());
        expected.put("disclosure.applications", disclosure.get("received").asString());
        expected.put("disclosure.onTimeRate", rateOf(disclosure.get("onTimeRate")));
        expected.put("litigation.received", litigation.get("received").asString());
        expected.put("litigation.concluded", litigation.get("concluded").asString());
        expected.put("litigation.lost", litigation.get("lost").asString());
        expected.put("litigation.appearanceRate", rateOf(litigation.get("appearanceRate")));
        expected.put("publicity.activities", publicity.get("activities").asString());
        expected.put("publicity.villageSessions", publicity.get("villageSessions").asString());
        expected.put("publicity.posts", publicity.get("posts").asString());
        expected.put("publicity.materials", publicity.get("materials").asString());
        expected.put("study.sessions", study.get("sessions").asString());
        expected.put("study.statements", study.get("statements").asString());
        expected.put("legalServices.questions", services.get("questions").asString());
        expected.put("legalServices.kiosks", services.get("kiosks").asString());
        expected.put("legalServices.kioskPlaces", services.get("kioskPlaces").asString());
        expected.put("emergency.incidents", emergency.get("incidents").asString());

        Map<String, JsonNode> figures = figures(report);
        expected.forEach((key, value) -> assertThat(figures.get(key).get("value").asString()).as(key)
                .isEqualTo(value));
        assertThat(mediation.get("accepted").asLong()).isPositive();
        JsonNode accepted = figures.get("mediation.accepted");
        assertThat(accepted.get("label").asString()).isEqualTo("受理各类纠纷（件）");
        assertThat(accepted.get("source").get("module").asString()).isEqualTo("mediation");
        assertThat(accepted.get("source").get("link").asString())
                .isEqualTo("/mediation/disputes?year=" + year + "&orgUnit=" + data.sanxing().id());
        assertThat(section(report, "measures.disputes").get("text").asString())
                .contains("共受理各类纠纷" + mediation.get("accepted").asString() + "件");
    }

    @Test
    void part_three_opens_with_the_years_supervision_findings_and_those_still_open() {
        int year = data.reportYear();
        JsonNode report = generate("reviewer", year);
        Api.Response found = api("reviewer").get("/api/v1/supervision/findings?size=100&townId="
                + data.sanxing().id() + "&year=" + year);
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        long detected = found.json().get("total").asLong();
        Map<String, JsonNode> figures = figures(report);
        assertThat(figures.get("supervision.findings").get("value").asString()).isEqualTo(String.valueOf(detected));
        assertThat(figures.get("supervision.findings").get("source").get("link").asString())
                .isEqualTo("/supervision/findings?townId=" + data.sanxing().id() + "&year=" + year);
        assertThat(section(report, "shortcomings").get("text").asString())
                .contains("发现问题" + detected + "条");
        assertThat(api("reviewer").get("/api/v1/supervision/findings?year=20260").status()).isEqualTo(422);
    }

    @Test
    void the_report_has_the_four_parts_with_eight_measures_and_counts_the_places_of_the_kiosks() {
        JsonNode report = generate("leader", data.reportYear());

        assertThat(report.get("state").asString()).isEqualTo("DRAFT");
        assertThat(report.get("year").asInt()).isEqualTo(data.reportYear());
        assertThat(report.get("orgUnitId").asLong()).isEqualTo(data.sanxing().id());
        assertThat(report.get("sections")).hasSize(12);
        assertThat(section(report, "measures.duties").get("heading").asString()).isEqualTo("（一）推进行政机关依法高效履职情况");
        assertThat(section(report, "measures.digital").get("heading").asString()).isEqualTo("（八）打造数字法治政府情况");
        assertThat(section(report, "plans").get("part").asString()).isEqualTo("四、下一年度推进法治政府建设的计划安排");
        JsonNode places = figures(report).get("legalServices.kioskPlaces");
        assertThat(places.get("recorded").asBoolean()).isTrue();
        assertThat(places.get("source").get("link").asString()).isEqualTo("/legal-services/service-points");
        assertThat(section(report, "measures.duties").get("text").asString())
                .contains("在" + places.get("value").asString() + "个地点设置“共享律所”智能法务机").doesNotContain("{");
        assertThat(section(report, "intro").get("text").asString())
                .startsWith(data.reportYear() + "年，三星镇党委、政府");
        assertThat(report.get("dueOn").asString()).startsWith((data.reportYear() + 1) + "-04-0");
    }

    @Test
    void an_edited_section_keeps_its_figures_links_and_marks_a_number_typed_over_a_figure() {
        JsonNode report = generate("reviewer", data.reportYear());
        long id = report.get("id").asLong();
        String template = section(report, "measures.disputes").get("template").asString();
        String edited = template.replace("调解成功率{mediation.successRate}", "调解成功率88.88%") + "（已核对）";

        Api.Response r = api("reviewer").putJson(BASE + "/" + id + "/sections/measures.disputes",
                "{\"text\":" + tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(edited)
                        + "}");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode s = section(r.json(), "measures.disputes");
        assertThat(s.get("revision").asInt()).isEqualTo(2);
        assertThat(s.get("text").asString()).contains("调解成功率88.88%").endsWith("（已核对）");
        Map<String, JsonNode> figures = new HashMap<>();
        s.get("figures").forEach(f -> figures.put(f.get("key").asString(), f));
        assertThat(figures.get("mediation.accepted").get("source").get("link").asString())
                .startsWith("/mediation/disputes?year=");
        assertThat(figures.get("mediation.accepted").get("typed").isNull()).isTrue();
        assertThat(figures.get("mediation.successRate").get("typed").asString()).isEqualTo("88.88%");
        JsonNode versions = api("reviewer").get(BASE + "/" + id + "/sections/measures.disputes/versions").json();
        assertThat(versions).hasSize(2);
        assertThat(versions.get(1).get("writtenBy").asString()).isEqualTo("reviewer");
        assertThat(versions.get(0).get("text").asString()).isEqualTo(template);
    }

    @Test
    void approval_freezes_the_figures_a_dispute_accepted_afterwards_changes_only_a_new_draft() {
        int year = data.reportYear();
        long id = generate("reviewer", year).get("id").asLong();
        Api.Response approved = api("leader").postJson(BASE + "/" + id + "/approval", "{}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        String before = figures(approved.json()).get("mediation.accepted").get("value").asString();

        Api.Response d = api("mediator").postJson("/api/v1/mediation/disputes", """
                {"localityId": %d, "acceptedOn": "%s", "category": "NEIGHBOURHOOD", "source": "APPLICATION",
                 "channel": "WALK_IN", "summary": "报告审定后登记的纠纷（测试）", "riskLevel": "LOW", "major": false,
                 "deaths": 0, "personsInvolved": 2, "committee": "TOWN",
                 "parties": [{"role": "APPLICANT", "name": "测试甲", "idNumber": "320684199001011234",
                              "phone": "13900001111", "address": "林西村1组"},
                             {"role": "RESPONDENT", "name": "测试乙"}]}
                """.formatted(data.unit(data.sanxing(), "林西村").id(), LocalDate.of(year, 6, 3)));
        assertThat(d.status()).as(d.body()).isEqualTo(201);

        JsonNode frozen = api("leader").get(BASE + "/" + id).json();
        assertThat(frozen.get("state").asString()).isEqualTo("APPROVED");
        assertThat(figures(frozen).get("mediation.accepted").get("value").asString()).isEqualTo(before);
        assertThat(figures(frozen).get("mediation.accepted").get("source").get("link").isNull()).isFalse();
        JsonNode fresh = generate("reviewer", year);
        assertThat(figures(fresh).get("mediation.accepted").get("value").asLong())
                .isEqualTo(Long.parseLong(before) + 1);

        Api.Response edit = api("reviewer").putJson(BASE + "/" + id + "/sections/shortcomings", "{\"text\":\"改\"}");
        assertThat(edit.status()).isEqualTo(422);
        assertThat(edit.json().get("detail").asString()).contains("已审定");
        assertThat(api("reviewer").get(BASE + "/" + id + "/sections/shortcomings/versions").json()).hasSize(1);
    }

    @Test
    void the_leader_publishes_an_approved_report_and_the_public_reads_its_text_only() {
        int year = data.reportYear();
        long id = generate("reviewer", year).get("id").asLong();
        assertThat(api("leader").postJson(BASE + "/" + id + "/publication", "{}").status()).isEqualTo(422);
        assertThat(api("leader").postJson(BASE + "/" + id + "/approval", "{}").status()).isEqualTo(200);

        Api.Response published = api("leader").postJson(BASE + "/" + id + "/publication", "{}");

        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().get("state").asString()).isEqualTo("PUBLISHED");
        Api.Response pub = anonymous().get("/api/public/v1/reports/rule-of-law?town=" + data.sanxing().id());
        assertThat(pub.status()).as(pub.body()).isEqualTo(200);
        JsonNode mine = null;
        for (JsonNode r : pub.json()) {
            if (r.get("year").asInt() == year) {
                mine = r;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("title").asString()).isEqualTo("三星镇人民政府关于" + year + "年度法治政府建设情况的报告");
        assertThat(mine.get("authority").asString()).isEqualTo("三星镇人民政府");
        assertThat(pub.body()).doesNotContain("figures").doesNotContain("reviewer").doesNotContain("leader")
                .doesNotContain("/mediation/disputes").doesNotContain("{mediation");
        assertThat(mine.get("sections").get(6).get("text").asString()).contains("受理各类纠纷");

        Api.Response docx = api("leader").get(BASE + "/" + id + "/docx");
        assertThat(docx.status()).isEqualTo(200);
        String text = Docx.text(docx.bytes());
        assertThat(text).contains("三星镇人民政府关于" + year + "年度法治政府建设情况的报告")
                .contains("一、本年度推进法治政府建设的主要举措和成效").contains("（六）依法化解社会矛盾纠纷情况")
                .contains("三星镇人民政府");
    }
}
