package org.fazhi.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.fazhi.ledger.Ledgers;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A year kept as ledgers (台账) the way a town keeps it, loaded through the modules' own imports, comes back as the
 * report's figures and text: the disputes, lawsuits and study sessions of 2022 imported, the report of 2022 generated,
 * and every figure read back equals both the module's statistics and the rows the ledgers added.
 */
class ReportFromLedgersTest extends IntegrationTest {

    private static final int YEAR = 2022;

    private Api.Response upload(String user, String url, String file, String header, String... rows) {
        String[] lines = new String[rows.length + 1];
        lines[0] = header;
        System.arraycopy(rows, 0, lines, 1, rows.length);
        Api.Response r = api(user).upload(url, "file", file, "text/csv",
                Ledgers.csv(StandardCharsets.UTF_8, true, lines));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("imported").asInt()).as(r.body()).isEqualTo(rows.length);
        return r;
    }

    private JsonNode stats(String path) {
        Api.Response r = api("leader").get(path + "?year=" + YEAR + "&orgUnit=" + data.sanxing().id());
        assertThat(r.status()).as(path + " " + r.body()).isEqualTo(200);
        return r.json();
    }

    private static String rateOf(JsonNode n) {
        return n == null || n.isNull() ? "—"
                : new java.math.BigDecimal(n.asString()).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()
                + "%";
    }

    @Test
    void a_year_of_ledgers_imported_through_the_modules_comes_back_as_the_reports_figures_and_text() {
        JsonNode mediationBefore = stats("/api/v1/mediation/statistics");
        JsonNode litigationBefore = stats("/api/v1/litigation/statistics").get("litigation");
        JsonNode studyBefore = stats("/api/v1/study/statistics");

        upload("mediator", "/api/v1/mediation/disputes/import", "矛盾纠纷台账.csv",
                "受理日期,所属村居,纠纷类别,纠纷来源,简要案情,当事人,涉及金额(元),是否重大纠纷,调解组织,调解结果,协议形式,办结日期",
                "2022-03-05,东兴村,邻里,申请调解,台账年甲因排水沟争执,台账年甲、台账年乙,,否,镇调委会,调解成功,书面,2022-03-10",
                "2022-04-05,西宏村,合同,申请调解,台账年丙货款纠纷,台账年丙、台账年丁,5000,否,镇调委会,调解成功,口头,2022-04-12",
                "2022-05-05,东兴村,邻里,申请调解,台账年戊宅基地纠纷,台账年戊、台账年己,,是,村调委会,调解成功,口头,2022-05-09",
                "2022-06-05,西宏村,邻里,申请调解,台账年庚噪声纠纷,台账年庚、台账年辛,,否,村调委会,调解不成功,,2022-06-20");
        upload("reviewer", "/api/v1/litigation/cases/import", "行政应诉复议台账.csv",
                "类型,案号,受理机关,原告或申请人,被诉行为,收到副本日期,开庭日期,负责人是否出庭,出庭人员及职务,未出庭原因,结案日期,结果",
                "行政诉讼,（2022）苏0684行初台账1号,南通市海门区人民法院,赵某,责令限期拆除决定,2022-03-01,2022-04-10,是,"
                        + "王某 正职负责人,,2022-05-20,撤销",
                "行政复议,海府复〔2022〕台账2号,海门区人民政府,钱某,政府信息公开答复,2022-06-01,,,,,2022-07-10,维持");
        upload("leader", "/api/v1/study/sessions/import", "领导干部学法台账.csv", "日期,形式,主题,主持人,参加人数",
                "2022-06-08,中心组学习,台账年学习《中华人民共和国行政复议法》,镇党委书记,21",
                "2022-09-08,中心组学习,台账年学习《中华人民共和国民法典》,镇长,18");

        JsonNode mediation = stats("/api/v1/mediation/statistics");
        JsonNode litigation = stats("/api/v1/litigation/statistics").get("litigation");
        JsonNode study = stats("/api/v1/study/statistics");
        // the ledgers' rows, counted by hand: four disputes, two at the town committee (one written, one oral
        // agreement), one major and resolved; one lawsuit received, concluded and lost; two study sessions
        assertThat(mediation.get("accepted").asLong()).isEqualTo(mediationBefore.get("accepted").asLong() + 4);
        assertThat(mediation.get("townCommittee").get("accepted").asLong())
                .isEqualTo(mediationBefore.get("townCommittee").get("accepted").asLong() + 2);
        assertThat(mediation.get("majorDisputes").asLong())
                .isEqualTo(mediationBefore.get("majorDisputes").asLong() + 1);
        assertThat(litigation.get("received").asLong()).isEqualTo(litigationBefore.get("received").asLong() + 1);
        assertThat(litigation.get("lost").asLong()).isEqualTo(litigationBefore.get("lost").asLong() + 1);
        assertThat(study.get("sessions").asLong()).isEqualTo(studyBefore.get("sessions").asLong() + 2);

        Api.Response generated = api("reviewer").postJson(RuleOfLawReportTest.BASE, """
                {"year":%d,"orgUnitId":%d}""".formatted(YEAR, data.sanxing().id()));
        JsonNode report = RuleOfLawReportTest.created(generated);
        Map<String, JsonNode> figures = RuleOfLawReportTest.figures(report);
        Map<String, String> expected = Map.of(
                "mediation.accepted", mediation.get("accepted").asString(),
                "mediation.townCommittee.accepted", mediation.get("townCommittee").get("accepted").asString(),
                "mediation.townCommittee.writtenAgreements",
                mediation.get("townCommittee").get("writtenAgreements").asString(),
                "mediation.townCommittee.oralAgreements",
                mediation.get("townCommittee").get("oralAgreements").asString(),
                "mediation.successRate", rateOf(mediation.get("successRate")),
                "mediation.majorDisputes", mediation.get("majorDisputes").asString(),
                "litigation.received", litigation.get("received").asString(),
                "litigation.lost", litigation.get("lost").asString(),
                "litigation.appearanceRate", rateOf(litigation.get("appearanceRate")),
                "study.sessions", study.get("sessions").asString());
        expected.forEach((key, value) -> assertThat(figures.get(key).get("value").asString()).as(key)
                .isEqualTo(value));
        assertThat(RuleOfLawReportTest.section(report, "measures.disputes").get("text").asString())
                .contains("共受理各类纠纷" + mediation.get("accepted").asString() + "件")
                .contains("直接调处" + mediation.get("townCommittee").get("accepted").asString() + "起");
        assertThat(RuleOfLawReportTest.section(report, "responsibility").get("text").asString())
                .contains("集中学法活动" + study.get("sessions").asString() + "次");
    }
}
