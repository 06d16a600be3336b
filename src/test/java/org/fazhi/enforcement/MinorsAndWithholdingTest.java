package org.fazhi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.support.Api;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Provincial rules on publishing penalty decisions online (under 国办发〔2018〕118号): nothing is published where the
 * party was a minor — under 18 (《未成年人保护法》第2条) on the day of the violation, not of the decision; a natural
 * person's birth date must therefore be known; and a reviewer withholds a decision whose main facts involve state or
 * commercial secrets or privacy, or whose publication may endanger security, with a written reason that only staff
 * read.
 */
class MinorsAndWithholdingTest extends DecidedCaseTest {

    private static String idBornOn(LocalDate birth) {
        return org.fazhi.shared.ResidentIdNumber.withCheckCharacter("320684" + birth.format(
                DateTimeFormatter.BASIC_ISO_DATE) + "123");
    }

    @Test
    void a_party_who_was_a_minor_on_the_day_of_the_violation_is_not_published_though_of_age_on_the_decision_date() {
        LocalDate filedOn = today.minusDays(40);
        LocalDate violationOn = filedOn.minusDays(20);
        // 18 ten days after the violation, so of age when filed and decided
        LocalDate birth = violationOn.minusYears(18).plusDays(10);
        long id = readyToDecide("违法时未成年测试案", filedOn, "\"partyIdNumber\": \"" + idBornOn(birth)
                + "\", \"violationOn\": \"" + violationOn + "\"", "在示例路占道摆摊");

        Api.Response decided = decide(id, filedOn.plusDays(6));

        ok(decided);
        JsonNode p = publicationOf(decided.json().get("caseNumber").asString());
        assertThat(p.get("status").asString()).isEqualTo("WITHHELD");
        assertThat(p.get("withheldGround").asString()).isEqualTo("MINOR");
        assertThat(p.get("withheldReason").asString()).contains("违法行为发生时", "未满十八周岁");
        assertThat(publicSearch("违法时未成年测试案").get("total").asLong()).isZero();
    }

    @Test
    void a_birth_date_recorded_for_a_party_without_an_id_number_decides_the_minor_rule() {
        LocalDate filedOn = today.minusDays(40);
        LocalDate violationOn = filedOn.minusDays(5);
        LocalDate birth = violationOn.minusYears(17);
        long id = readyToDecide("出生日期未成年测试案", filedOn, "\"partyBirthDate\": \"" + birth
                + "\", \"violationOn\": \"" + violationOn + "\"", "在示例路占道摆摊");

        Api.Response decided = decide(id, filedOn.plusDays(6));

        ok(decided);
        assertThat(publicationOf(decided.json().get("caseNumber").asString()).get("status").asString())
                .isEqualTo("WITHHELD");
    }

    @Test
    void a_natural_person_without_an_id_number_is_filed_only_with_a_birth_date_api() {
        long before = api("officer1").get(CASES + "?size=1").json().get("total").asLong();

        Api.Response r = api("officer1").postJson(CASES, """
                {"procedure": "ORDINARY", "title": "无出生日期测试案", "partyType": "NATURAL_PERSON",
                 "partyName": "钱某某（测试）", "violation": "在示例路占道摆摊",
                 "legalBasis": "《城市市容和环境卫生管理条例》第三十六条", "filedOn": "%s"}
                """.formatted(today));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("detail").asString()).contains("出生日期", "未成年");
        assertThat(r.json().get("violations").get(0).get("field").asString()).isEqualTo("partyBirthDate");
        assertThat(api("officer1").get(CASES + "?size=1").json().get("total").asLong()).isEqualTo(before);
    }

    @Test
    void a_natural_person_without_an_id_number_is_filed_only_with_a_birth_date_page() {
        StaffSession officer = StaffSession.signIn(baseUrl(), "officer1", PASSWORD);
        Map<String, String> form = new LinkedHashMap<>(Map.of("procedure", "ORDINARY", "title", "页面出生日期测试案",
                "partyType", "NATURAL_PERSON", "partyName", "孙某某（测试）", "violation", "在示例路占道经营",
                "legalBasis", "《城市市容和环境卫生管理条例》第三十六条", "filedOn", today.toString()));

        String page = officer.postForm("/enforcement/cases", form).body();

        assertThat(page).contains("id=\"partyBirthDate-error\"", "请填写出生日期", "value=\"页面出生日期测试案\"");
        form.put("partyBirthDate", "1990-05-06");
        assertThat(officer.postForm("/enforcement/cases", form).statusCode()).isEqualTo(302);
    }

    @Test
    void a_birth_date_that_contradicts_the_id_number_is_refused() {
        Api.Response r = api("officer1").postJson(CASES, """
                {"procedure": "ORDINARY", "title": "出生日期矛盾测试案", "partyType": "NATURAL_PERSON",
                 "partyName": "钱某某（测试）", "partyIdNumber": "320604199202021234", "partyBirthDate": "1993-02-02",
                 "violation": "在示例路占道摆摊", "legalBasis": "《城市市容和环境卫生管理条例》第三十六条", "filedOn": "%s"}
                """.formatted(today));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("detail").asString()).contains("1992-02-02");
    }

    @Test
    void a_reviewer_withholds_a_decision_involving_a_commercial_secret_with_a_reason_staff_read_and_the_public_never() {
        LocalDate filedOn = today.minusDays(40);
        long id = readyToDecide("商业秘密不予公示测试案", filedOn);
        Api.Response decided = decide(id, filedOn.plusDays(6));
        ok(decided);
        String caseNumber = decided.json().get("caseNumber").asString();
        long publication = publicationOf(caseNumber).get("id").asLong();
        ok(api("reviewer").postJson("/api/v1/publications/" + publication + "/confirm", "{}"));
        assertThat(publicSearch(caseNumber).get("total").asLong()).isEqualTo(1);
        JsonNode before = figures(filedOn.plusDays(6).getYear());
        String reason = "违法事实载明当事人产品的独家配方比例，属于商业秘密";

        Api.Response officer = api("officer1").postJson("/api/v1/publications/" + publication + "/withhold",
                "{\"ground\":\"COMMERCIAL_SECRET\",\"reason\":\"" + reason + "\"}");
        Api.Response noReason = api("reviewer").postJson("/api/v1/publications/" + publication + "/withhold",
                "{\"ground\":\"COMMERCIAL_SECRET\",\"reason\":\" \"}");
        Api.Response withheld = api("reviewer").postJson("/api/v1/publications/" + publication + "/withhold",
                "{\"ground\":\"COMMERCIAL_SECRET\",\"reason\":\"" + reason + "\"}");

        assertThat(officer.status()).isEqualTo(403);
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.json().get("violations").get(0).get("field").asString()).isEqualTo("reason");
        ok(withheld);
        assertThat(withheld.json().get("status").asString()).isEqualTo("WITHHELD");
        assertThat(withheld.json().get("withheldGround").asString()).isEqualTo("COMMERCIAL_SECRET");
        assertThat(publicSearch(caseNumber).get("total").asLong()).isZero();
        assertThat(anonymous().get(data.portal(data.sanxing(), "enforcement") + "?q="
                + java.net.URLEncoder.encode(caseNumber,
                java.nio.charset.StandardCharsets.UTF_8)).body()).doesNotContain(reason, "商业秘密不予公示测试案");
        String staffPage = StaffSession.signIn(baseUrl(), "officer1", PASSWORD).get("/publications/" + publication)
                .body();
        assertThat(staffPage).contains(reason, "涉及商业秘密");
        JsonNode after = figures(filedOn.plusDays(6).getYear());
        assertThat(after.get("withheld").asLong() - before.get("withheld").asLong()).isEqualTo(1);
        assertThat(after.get("publishedOnTime").asLong() + after.get("publishedLate").asLong())
                .isEqualTo(before.get("publishedOnTime").asLong() + before.get("publishedLate").asLong() - 1);
    }

    @Test
    void a_decision_waiting_for_review_is_withheld_for_security_from_the_desk_page() {
        LocalDate filedOn = today.minusDays(40);
        long id = readyToDecide("公共安全不予公示测试案", filedOn);
        Api.Response decided = decide(id, filedOn.plusDays(6));
        ok(decided);
        long publication = publicationOf(decided.json().get("caseNumber").asString()).get("id").asLong();
        StaffSession reviewer = StaffSession.signIn(baseUrl(), "reviewer", PASSWORD);

        String refused = reviewer.postForm("/publications/" + publication + "/withhold",
                Map.of("ground", "SECURITY")).body();
        int done = reviewer.postForm("/publications/" + publication + "/withhold",
                Map.of("ground", "SECURITY", "reason", "涉及重要基础设施布防情况，公开可能危及公共安全")).statusCode();

        assertThat(refused).contains("id=\"reason-error\"", "请写明不予公示的具体理由");
        assertThat(done).isEqualTo(302);
        assertThat(reviewer.get("/publications/" + publication).body())
                .contains("涉及重要基础设施布防情况", "公开后可能危及国家安全、公共安全或社会稳定");
        assertThat(publicationOf(decided.json().get("caseNumber").asString()).get("status").asString())
                .isEqualTo("WITHHELD");
    }
}
