package org.fazhi.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.fazhi.ledger.Ledgers;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The statistics of a year and an org unit: computed once ({@link MediationStatistics}) for the API and the pages. The
 * year 2019 is kept free of demo data, so these tests count exactly the disputes they import.
 */
class MediationStatisticsTest extends IntegrationTest {

    private JsonNode stats(String user, int year, long unit) {
        Api.Response r = api(user).get("/api/v1/mediation/statistics?year=" + year + "&orgUnit=" + unit);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void the_figures_follow_the_definitions_of_the_issue() {
        long sanxing = data.sanxing().id();
        int year = 2019;
        api("mediator").upload("/api/v1/mediation/disputes/import", "file", "2019.csv", "text/csv",
                Ledgers.csv(StandardCharsets.UTF_8, false, DisputeLedgerImportTest.HEADER,
                        "2019-01-05,林西村,邻里,申请调解,统计一,统甲,,否,村调委会,调解成功,书面,2019-01-09",
                        "2019-01-06,林西村,婚姻家庭,主动调解,统计二,统乙,,否,村调委会,调解成功,口头,2019-01-07",
                        "2019-02-06,东兴村,合同,公安移送,统计三,统丙,,是,镇调委会,调解成功,口头,2019-02-10",
                        "2019-03-06,东兴村,合同,法院委托,统计四,统丁,,是,镇调委会,调解不成功,无,2019-03-10",
                        "2019-12-31,东兴村,物业,信访移送,统计五,统戊,,否,镇调委会,调解中,,",
                        "2019-06-06,东兴村,物业,信访移送,统计六,统己,,否,镇调委会,调解成功,书面,2019-06-07"));

        JsonNode f = stats("leader", year, sanxing);

        assertThat(f.get("year").asInt()).isEqualTo(2019);
        assertThat(f.get("orgUnitId").asLong()).isEqualTo(sanxing);
        assertThat(f.get("accepted").asInt()).isEqualTo(6);
        assertThat(f.get("succeeded").asInt()).isEqualTo(4);
        assertThat(f.get("successRate").decimalValue()).isEqualByComparingTo(new BigDecimal("66.67"));
        assertThat(f.get("successRate").isNumber()).isTrue();
        assertThat(f.get("writtenAgreements").asInt()).isEqualTo(2);
        assertThat(f.get("oralAgreements").asInt()).isEqualTo(2);
        assertThat(f.get("majorDisputes").asInt()).isEqualTo(2);
        assertThat(f.get("majorResolved").asInt()).isEqualTo(1);
        JsonNode town = f.get("townCommittee");
        assertThat(town.get("accepted").asInt()).isEqualTo(4);
        assertThat(town.get("succeeded").asInt()).isEqualTo(2);
        assertThat(town.get("writtenAgreements").asInt()).isEqualTo(1);
        assertThat(town.get("oralAgreements").asInt()).isEqualTo(1);
        assertThat(f.get("byCategory").size()).isEqualTo(17);
        assertThat(f.get("byCategory").get("合同").asInt()).isEqualTo(2);
        assertThat(f.get("byCategory").get("医疗").asInt()).isZero();
        assertThat(f.get("byCategory").has("其它")).isTrue();
        assertThat(f.get("bySource").get("信访移送").asInt()).isEqualTo(2);
        assertThat(f.get("byVillage").get("东兴村").asInt()).isEqualTo(4);
        assertThat(f.get("byVillage").get("林西村").asInt()).isEqualTo(2);
        assertThat(f.get("referred").asInt()).isEqualTo(4);
    }

    @Test
    void a_year_without_disputes_has_no_success_rate() {
        JsonNode f = stats("leader", 2001, data.sanxing().id());

        assertThat(f.get("accepted").asInt()).isZero();
        assertThat(f.get("successRate").isNull()).isTrue();
    }

    @Test
    void the_demo_report_year_is_alive_with_a_high_success_rate() {
        JsonNode f = stats("leader", data.reportYear(), data.sanxing().id());

        assertThat(f.get("accepted").asInt()).isGreaterThan(150);
        assertThat(f.get("successRate").decimalValue()).isGreaterThan(new BigDecimal("85"));
        assertThat(f.get("majorDisputes").asInt()).isEqualTo(f.get("majorResolved").asInt()).isPositive();
    }

    @Test
    void an_org_unit_outside_the_scope_is_403() {
        Api.Response r = api("t2-mediator").get("/api/v1/mediation/statistics?year=" + data.reportYear()
                + "&orgUnit=" + data.sanxing().id());

        assertThat(r.status()).isEqualTo(403);
    }

    @Test
    void a_village_user_counts_only_what_their_village_holds_where_the_town_counts_every_dispute_of_the_village() {
        long linxi = data.unit(data.sanxing(), "林西村").id();
        api("mediator").upload("/api/v1/mediation/disputes/import", "file", "2012.csv", "text/csv",
                Ledgers.csv(StandardCharsets.UTF_8, false, DisputeLedgerImportTest.HEADER,
                        "2012-01-05,林西村,邻里,申请调解,村管一,村甲,,否,村调委会,调解成功,书面,2012-01-09",
                        "2012-02-06,林西村,合同,申请调解,村管二,村乙,,否,村调委会,调解中,,",
                        "2012-03-06,林西村,合同,公安移送,镇管一,镇甲,,是,镇调委会,调解成功,口头,2012-03-10"));

        JsonNode village = stats("village-mediator", 2012, linxi);
        JsonNode town = stats("leader", 2012, linxi);

        assertThat(village.get("accepted").asInt()).isEqualTo(2);
        assertThat(village.get("majorDisputes").asInt()).isZero();
        assertThat(village.get("byVillage").get("林西村").asInt()).isEqualTo(2);
        assertThat(town.get("accepted").asInt()).isEqualTo(3);
        assertThat(town.get("townCommittee").get("succeeded").asInt()).isEqualTo(1);
        assertThat(api("village-mediator").get("/api/v1/mediation/statistics?year=2012&orgUnit="
                + data.sanxing().id()).status()).isEqualTo(403);
    }

    @Test
    void the_second_town_counts_only_its_own_disputes() {
        JsonNode f = stats("t2-mediator", data.reportYear(), data.secondTown().id());

        assertThat(f.get("accepted").asInt()).isEqualTo(6);
        assertThat(f.get("byVillage").toString()).doesNotContain("林西村");
    }

    @Test
    void a_year_out_of_range_is_a_field_error() {
        Api.Response r = api("leader").get("/api/v1/mediation/statistics?year=99999&orgUnit=" + data.sanxing().id());

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("violations").get(0).get("field").asString()).isEqualTo("year");
    }

    @Test
    void the_dashboard_page_shows_the_same_figures_as_the_api_and_links_them_to_the_list() {
        int year = data.reportYear();
        JsonNode f = stats("leader", year, data.sanxing().id());

        String page = StaffSession.signIn(baseUrl(), "leader", PASSWORD)
                .get("/mediation/statistics?year=" + year + "&orgUnit=" + data.sanxing().id()).body();

        assertThat(page).contains("id=\"stat-accepted\">" + f.get("accepted").asInt() + "<");
        // the page prints the rate with its two decimals (95.40 %), the JSON number may drop a trailing zero (95.4)
        assertThat(page).contains("id=\"stat-rate\">" + f.get("successRate").decimalValue().setScale(2).toPlainString()
                + "%<");
        assertThat(page).contains("/mediation/disputes?year=" + year + "&amp;orgUnit=" + data.sanxing().id());
        assertThat(page).contains("echarts.min.js");
    }

    @Test
    void the_list_behind_a_figure_has_as_many_disputes_as_the_figure() {
        long sanxing = data.sanxing().id();
        int year = data.reportYear();
        JsonNode f = stats("leader", year, sanxing);

        JsonNode list = api("leader").get("/api/v1/mediation/disputes?year=" + year + "&orgUnit=" + sanxing
                + "&status=SUCCEEDED&form=WRITTEN").json();

        assertThat(list.get("total").asInt()).isEqualTo(f.get("writtenAgreements").asInt());
    }
}
