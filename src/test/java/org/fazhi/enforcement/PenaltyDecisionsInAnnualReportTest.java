package org.fazhi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.fazhi.ledger.Ledgers;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Table 二 of the annual disclosure report (第二十条第（六）项): the 行政处罚 row shows the decisions to penalise the town
 * made in the year — its cases decided with a penalty, counted here through the enforcement API, and the past decisions
 * imported from the 行政处罚决定台账 with a decision date in the year. The 行政强制 row is {@link
 * CoerciveMeasuresInAnnualReportTest}'s.
 */
class PenaltyDecisionsInAnnualReportTest extends IntegrationTest {

    /** The demo year before the first start, carrying the figures of 三星镇's report. */
    private int lastYear;
    /** Demo certificates: 三星镇's 执法人员甲 and 乙 (valid since five years before the demo year). */
    private String sanxingOfficers;
    /** 示例镇's 甲 and 乙 (valid since April of the year before the demo year). */
    private String secondTownOfficers;

    @BeforeEach
    void demoDates() {
        lastYear = data.reportYear();
        sanxingOfficers = TestData.certificate("320684", lastYear - 5, 1) + ";"
                + TestData.certificate("320684", lastYear - 5, 2);
        secondTownOfficers = TestData.certificate("320685", lastYear - 1, 1) + ";"
                + TestData.certificate("320685", lastYear - 1, 2);
    }

    private static final String HEADER = "案号,案件名称,当事人类型,当事人名称,证件号码,联系电话,住址,违法事实,处罚依据,"
            + "处罚种类,罚款金额(元),立案日期,决定日期,执法证号,是否重大案件,法制审核结论";

    @Autowired
    private JdbcTemplate jdbc;

    private final String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    private int imported;

    private long reportRow(String user, OrgUnitView town, int year, String label) {
        Api.Response r = api(user).get("/api/v1/disclosure/annual-report/" + year + "?orgUnit=" + town.id());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        for (JsonNode row : r.json().get("table2").get("rows")) {
            if (row.get("label").asString().equals(label)) {
                return row.get("values").get(3).asLong();
            }
        }
        throw new AssertionError("no row " + label);
    }

    /** Cases of the user's town decided in the year with a penalty, as the enforcement API lists them. */
    private long casesPenalised(String user, int year) {
        long count = 0;
        for (int page = 0; ; page++) {
            JsonNode p = api(user).get("/api/v1/enforcement/cases?size=200&page=" + page).json();
            for (JsonNode c : p.get("items")) {
                if ("PENALTY".equals(c.get("outcome").asString(null)) && !c.get("decidedOn").isNull()
                        && LocalDate.parse(c.get("decidedOn").asString()).getYear() == year) {
                    count++;
                }
            }
            if ((page + 1) * 200L >= p.get("total").asLong()) {
                return count;
            }
        }
    }

    /** Past decisions of the town in the year, whoever imported them (other tests import too). */
    private long pastDecisions(OrgUnitView town, int year) {
        return jdbc.queryForObject("select count(*) from past_penalty_decision where town_id = ? "
                + "and decided_on between ? and ?", Long.class, town.id(), LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
    }

    private void importDecision(String officer, String certificates, String decidedOn) {
        String number = "海罚决字〔" + decidedOn.substring(0, 4) + "〕第" + tag + (++imported) + "号";
        String row = String.join(",", number, "年报占道经营案" + tag + imported, "自然人", "赵小兵", "320604198501011234", "", "",
                "赵小兵占道经营", "《城市市容和环境卫生管理条例》第三十六条", "罚款", "200", "", decidedOn, certificates, "否",
                "通过");
        Api.Response r = api(officer).upload("/api/v1/enforcement/decisions/import", "file",
                "决定台账.csv", "text/csv", Ledgers.csv(StandardCharsets.UTF_8, true, HEADER, row));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("imported").asInt()).as(r.body()).isEqualTo(1);
    }

    @Test
    void the_penalty_row_counts_the_decisions_to_penalise_of_the_year_in_sanxing_imported_ones_included() {
        long cases = casesPenalised("leader", lastYear);
        long expected = cases + pastDecisions(data.sanxing(), lastYear);

        assertThat(cases).isGreaterThanOrEqualTo(4);
        assertThat(reportRow("clerk", data.sanxing(), lastYear, "行政处罚")).isEqualTo(expected);

        importDecision("officer1", sanxingOfficers, lastYear + "-03-15");
        importDecision("officer1", sanxingOfficers, lastYear + "-12-31");
        importDecision("officer1", sanxingOfficers, (lastYear - 1) + "-12-31");

        assertThat(reportRow("clerk", data.sanxing(), lastYear, "行政处罚")).isEqualTo(expected + 2);
    }

    @Test
    void another_year_and_another_town_give_their_own_count() {
        int earlier = lastYear - 3;
        long sanxingLastYear = reportRow("clerk", data.sanxing(), lastYear, "行政处罚");
        importDecision("officer1", sanxingOfficers, earlier + "-06-01");
        importDecision("t2-officer1", secondTownOfficers, lastYear + "-06-03");

        assertThat(reportRow("clerk", data.sanxing(), earlier, "行政处罚"))
                .isEqualTo(casesPenalised("leader", earlier) + pastDecisions(data.sanxing(), earlier))
                .isPositive();
        assertThat(reportRow("t2-clerk", data.secondTown(), lastYear, "行政处罚"))
                .isEqualTo(casesPenalised("t2-officer1", lastYear) + pastDecisions(data.secondTown(), lastYear))
                .isPositive();
        assertThat(reportRow("clerk", data.sanxing(), lastYear, "行政处罚")).isEqualTo(sanxingLastYear);
    }
}
