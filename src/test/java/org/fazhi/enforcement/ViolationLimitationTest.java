package org.fazhi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 《行政处罚法》第36条 at filing, through the API and the filing page: the two years (five with harm to life, health or
 * financial safety) run from the violation or from the end of its continuing state until its discovery, not until
 * the filing; a violation discovered after them is refused, naming the article; a case without the violation's date
 * keeps working and its page says the date is not recorded. Every last day below is a working day.
 */
class ViolationLimitationTest extends IntegrationTest {

    private static final String CASES = "/api/v1/enforcement/cases";

    private static String body(String title, String filedOn, String limitationJson) {
        return "{" + limitationJson + "\"procedure\":\"ORDINARY\",\"title\":\"" + title + "\",\"partyType\":\"ORGANISATION\","
                + "\"partyName\":\"示例投资咨询有限公司（测试）\",\"violation\":\"在示例路散发非法集资宣传单\","
                + "\"legalBasis\":\"《防范和处置非法集资条例》第三十条\",\"filedOn\":\"" + filedOn + "\"}";
    }

    private long total() {
        return api("officer1").get(CASES + "?size=1").json().get("total").asLong();
    }

    @Test
    void a_violation_discovered_within_two_years_may_be_filed_after_them() {
        // committed 2022-03-01: the two years end on 2024-03-01 (a Friday); discovered that day, filed in June
        Api.Response r = api("officer1").postJson(CASES, body("时效内发现后立案测试案", "2024-06-03",
                "\"violationOn\":\"2022-03-01\",\"discoveredOn\":\"2024-03-01\","));

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode l = r.json().get("limitation");
        assertThat(l.get("recorded").asBoolean()).isTrue();
        assertThat(l.get("years").asInt()).isEqualTo(2);
        assertThat(l.get("endsOn").asString()).isEqualTo("2024-03-01");
        assertThat(l.get("discoveredOn").asString()).isEqualTo("2024-03-01");
    }

    @Test
    void a_violation_discovered_after_two_years_is_refused_naming_article_36_and_nothing_is_filed() {
        long before = total();

        Api.Response r = api("officer1").postJson(CASES, body("超过时效测试案", "2024-03-04",
                "\"violationOn\":\"2022-03-01\",\"discoveredOn\":\"2024-03-04\","));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("violations").get(0).get("field").asString()).isEqualTo("discoveredOn");
        assertThat(r.json().get("detail").asString())
                .contains("2022-03-01", "2024-03-04", "2024-03-01", "《行政处罚法》第36条", "不再给予行政处罚");
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void a_continuing_violation_counts_from_the_day_it_ended() {
        // began 2021-01-10 and went on until 2023-06-30: the two years end on 2025-06-30 (a Monday)
        Api.Response inTime = api("officer1").postJson(CASES, body("继续状态时效测试案", "2025-07-02",
                "\"violationOn\":\"2021-01-10\",\"violationContinuing\":true,\"violationEndedOn\":\"2023-06-30\","
                        + "\"discoveredOn\":\"2025-06-30\","));
        Api.Response late = api("officer1").postJson(CASES, body("继续状态超过时效测试案", "2025-07-02",
                "\"violationOn\":\"2021-01-10\",\"violationContinuing\":true,\"violationEndedOn\":\"2023-06-30\","
                        + "\"discoveredOn\":\"2025-07-01\","));

        assertThat(inTime.status()).as(inTime.body()).isEqualTo(201);
        assertThat(inTime.json().get("limitation").get("endsOn").asString()).isEqualTo("2025-06-30");
        assertThat(inTime.json().get("limitation").get("continuing").asBoolean()).isTrue();
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.json().get("detail").asString()).contains("2023-06-30", "第36条");
    }

    @Test
    void five_years_where_citizens_life_health_or_financial_safety_was_harmed() {
        // committed 2020-09-15: five years end on 2025-09-15 (a Monday)
        Api.Response harm = api("officer1").postJson(CASES, body("危害金融安全时效测试案", "2025-09-16",
                "\"violationOn\":\"2020-09-15\",\"discoveredOn\":\"2025-09-15\",\"harmToLife\":true,"));
        Api.Response noHarm = api("officer1").postJson(CASES, body("无危害后果时效测试案", "2025-09-16",
                "\"violationOn\":\"2020-09-15\",\"discoveredOn\":\"2025-09-15\","));

        assertThat(harm.status()).as(harm.body()).isEqualTo(201);
        assertThat(harm.json().get("limitation").get("years").asInt()).isEqualTo(5);
        assertThat(harm.json().get("limitation").get("endsOn").asString()).isEqualTo("2025-09-15");
        assertThat(noHarm.status()).isEqualTo(422);
    }

    @Test
    void a_case_without_the_violations_date_keeps_working_and_its_page_says_the_date_is_not_recorded() {
        Api.Response r = api("officer1").postJson(CASES, body("未记录违法日期测试案", "2025-03-03", ""));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        long id = r.json().get("id").asLong();
        assertThat(r.json().get("limitation").get("recorded").asBoolean()).isFalse();
        assertThat(r.json().get("limitation").get("endsOn").isNull()).isTrue();

        String page = StaffSession.signIn(baseUrl(), "officer1", PASSWORD).get("/enforcement/cases/" + id).body();

        assertThat(page).contains("id=\"limitation\"", "违法行为发生日期未记录，无法核对追责时效（《行政处罚法》第36条）");
    }

    @Test
    void the_case_page_shows_when_the_limitation_ends() {
        // without a date of discovery the filing date stands in: filed on the last day, 2025-06-30
        long id = api("officer1").postJson(CASES, body("时效页面测试案", "2025-06-30",
                "\"violationOn\":\"2021-01-10\",\"violationContinuing\":true,\"violationEndedOn\":\"2023-06-30\","))
                .json().get("id").asLong();

        String page = StaffSession.signIn(baseUrl(), "officer1", PASSWORD).get("/enforcement/cases/" + id).body();

        assertThat(page).contains("2 年，自 2023-06-30 起算，2025-06-30 届满", "未记录发现日期，以立案日期 2025-06-30 为准");
    }

    @Test
    void the_filing_page_refuses_a_late_discovery_next_to_its_field_and_keeps_what_was_typed() {
        StaffSession officer = StaffSession.signIn(baseUrl(), "officer1", PASSWORD);
        Map<String, String> form = new LinkedHashMap<>(Map.of("procedure", "ORDINARY", "title", "页面时效测试案",
                "partyType", "ORGANISATION", "partyName", "页面测试商贸有限公司", "violation", "在示例路占道经营",
                "legalBasis", "《城市市容和环境卫生管理条例》第三十六条", "filedOn", "2024-03-04",
                "violationOn", "2022-03-01", "discoveredOn", "2024-03-04"));

        var refused = officer.postForm("/enforcement/cases", form);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"discoveredOn-error\"", "《行政处罚法》第36条", "value=\"2024-03-04\"",
                "value=\"页面时效测试案\"");
    }
}
