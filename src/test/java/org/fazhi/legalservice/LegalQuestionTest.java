package org.fazhi.legalservice;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Legal questions from the public: routing to the advisor engaged for the village or to the town's counsel, the
 * tracking code without personal data, the answer by the advisor holding the question and nobody else, the published
 * answers redacted, the contact data only for the advisor and the judicial office, and refusals that write nothing.
 */
class LegalQuestionTest extends IntegrationTest {

    private static final String PUBLIC = "/api/public/v1/legal-questions";
    private static final String STAFF = "/api/v1/legal-questions";

    private Api.Response ask(long unitId, String category, String question, String name, String phone,
                             boolean consent) {
        return anonymous().postJson(PUBLIC, """
                {"orgUnitId": %d, "category": "%s", "question": "%s", "contactName": "%s",
                 "contactPhone": "%s", "publishConsent": %s}""".formatted(unitId, category, question, name, phone,
                consent));
    }

    private String code(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("trackingCode").asString();
    }

    /** The staff record of a tracking code, as the judicial office's reviewer finds it. */
    private JsonNode byCode(String code) {
        Api.Response list = api("reviewer").get(STAFF + "?size=100");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        for (JsonNode n : list.json().get("items")) {
            if (n.get("trackingCode").asString().equals(code)) {
                return api("reviewer").get(STAFF + "/" + n.get("id").asLong()).json();
            }
        }
        throw new AssertionError("not listed: " + code);
    }

    private long linxi() {
        return data.unit(data.sanxing(), "林西村").id();
    }

    private long total(String user) {
        return api(user).get(STAFF + "?size=1").json().get("total").asLong();
    }

    @Test
    void a_village_question_goes_to_the_advisor_engaged_for_it_and_a_town_question_to_the_towns_counsel() {
        JsonNode village = byCode(code(ask(linxi(), "土地承包", "承包地被调整（路由测试）", "路由甲", "13911110001", false)));
        JsonNode town = byCode(code(ask(data.sanxing().id(), "消费维权", "网购退货（路由测试）", "路由乙", "13911110002",
                false)));
        long withoutAccount = data.unit(data.sanxing(), "三星社区").id();
        JsonNode other = byCode(code(ask(withoutAccount, "借贷", "借款不还（路由测试）", "路由丙", "13911110003", false)));

        assertThat(village.get("advisor").asString()).isEqualTo("village-counsel");
        assertThat(village.get("orgUnitId").asLong()).isEqualTo(linxi());
        assertThat(town.get("advisor").asString()).isEqualTo("counsel");
        assertThat(other.get("advisor").asString()).isEqualTo("counsel");
        assertThat(village.get("dueOn").isNull()).isFalse();
    }

    @Test
    void tracking_shows_state_and_dates_without_contact_data_and_an_unknown_code_is_404() {
        String code = code(ask(linxi(), "婚姻家庭", "抚养费（跟踪测试）", "跟踪人", "13911110004", false));

        Api.Response tracked = anonymous().get(PUBLIC + "/" + code.replace("-", "").toLowerCase());

        assertThat(tracked.status()).isEqualTo(200);
        assertThat(tracked.json().get("state").asString()).isEqualTo("OPEN");
        assertThat(tracked.body()).doesNotContain("跟踪人", "13911110004", "抚养费");
        assertThat(anonymous().get(PUBLIC + "/AAAA-BBBB-CCCC").status()).isEqualTo(404);
    }

    @Test
    void a_question_over_2000_characters_an_unknown_category_or_unit_is_400_naming_the_field_and_nothing_is_written() {
        long before = total("reviewer");

        Api.Response tooLong = ask(linxi(), "借贷", "长".repeat(2001), "超长", "13911110005", false);
        Api.Response category = ask(linxi(), "房产", "类别不对", "类别", "13911110006", false);
        Api.Response unit = ask(data.unit(data.sanxing(), "司法所").id(), "借贷", "单位不对", "单位", "13911110007",
                false);

        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("question");
        assertThat(category.status()).isEqualTo(400);
        assertThat(category.body()).contains("category", "房产");
        assertThat(unit.status()).isEqualTo(400);
        assertThat(unit.body()).contains("orgUnitId");
        assertThat(total("reviewer")).isEqualTo(before);
    }

    @Test
    void only_the_advisor_holding_the_question_answers_it_others_get_404_or_403() {
        long id = byCode(code(ask(linxi(), "劳动争议", "加班费（解答测试）", "解答人", "13911110008", true)))
                .get("id").asLong();

        assertThat(api("counsel").get(STAFF + "/" + id).status()).isEqualTo(404);
        assertThat(api("counsel").postJson(STAFF + "/" + id + "/answer", "{\"text\":\"抢答\"}").status())
                .isEqualTo(404);
        assertThat(api("officer1").get(STAFF).status()).isEqualTo(403);
        assertThat(api("officer1").postJson(STAFF + "/" + id + "/answer", "{\"text\":\"x\"}").status())
                .isEqualTo(403);
        assertThat(api("t2-mediator").get(STAFF + "/" + id).status()).isEqualTo(403);
        assertThat(api("village-counsel").postJson(STAFF + "/" + id + "/answer", "{\"text\":\" \"}").status())
                .isEqualTo(422);
        assertThat(byCode(byCodeOf(id)).get("state").asString()).isEqualTo("OPEN");

        Api.Response answered = api("village-counsel").postJson(STAFF + "/" + id + "/answer",
                "{\"text\":\"可向劳动仲裁委员会申请仲裁。\"}");

        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.json().get("state").asString()).isEqualTo("ANSWERED");
        assertThat(answered.json().get("published").asBoolean()).isTrue();
        assertThat(api("village-counsel").postJson(STAFF + "/" + id + "/answer", "{\"text\":\"再答\"}").status())
                .isEqualTo(422);
    }

    private String byCodeOf(long id) {
        return api("reviewer").get(STAFF + "/" + id).json().get("trackingCode").asString();
    }

    @Test
    void a_user_of_the_other_town_does_not_find_the_question() {
        String username = "t2-ls-" + Long.toString(System.nanoTime(), 36);
        assertThat(api("admin").postJson("/api/v1/users", """
                {"username":"%s","displayName":"示例镇法制审核员","homeUnitId":%d,"roles":["LEGAL_REVIEWER"],"password":"%s"}"""
                .formatted(username, data.unit(data.secondTown(), "司法所").id(), PASSWORD)).status()).isEqualTo(201);
        long id = byCode(code(ask(linxi(), "其他", "另一镇看不到（测试）", "另镇", "13911110009", false)))
                .get("id").asLong();

        assertThat(api(username).get(STAFF + "/" + id).status()).isEqualTo(404);
        assertThat(api(username).get(STAFF + "?size=100").body()).doesNotContain("\"id\":" + id + ",");
        assertThat(api(username).get("/api/v1/legal-services/statistics?year=2026&orgUnit=" + data.sanxing().id())
                .status()).isEqualTo(403);
    }

    @Test
    void the_contact_is_read_in_clear_by_the_advisor_and_the_judicial_office_only() {
        long id = byCode(code(ask(linxi(), "邻里纠纷", "排水沟（隐私测试）", "王小明", "13911110010", false)))
                .get("id").asLong();

        JsonNode advisor = api("village-counsel").get(STAFF + "/" + id).json();
        JsonNode leader = api("leader").get(STAFF + "/" + id).json();

        assertThat(advisor.get("contactName").asString()).isEqualTo("王小明");
        assertThat(byCode(byCodeOf(id)).get("contactPhone").asString()).isEqualTo("13911110010");
        assertThat(leader.get("contactName").asString()).isEqualTo("王某");
        assertThat(leader.get("contactPhone").asString()).isEqualTo("139****0010");
    }

    @Test
    void a_published_answer_has_the_askers_name_and_every_number_redacted_and_a_withheld_one_is_not_listed() {
        long id = byCode(code(ask(linxi(), "借贷", "我是赵大海，电话13911110011，借款不还怎么办（公开测试）", "赵大海",
                "13911110011", true))).get("id").asLong();
        api("village-counsel").postJson(STAFF + "/" + id + "/answer",
                "{\"text\":\"赵大海您好，可起诉；也可拨打0513-82881234咨询（公开测试）。\"}");

        String list = anonymous().get(PUBLIC + "?town=" + data.sanxing().id() + "&size=100").body();

        assertThat(list).contains("我是赵某", "赵某您好", "借款不还怎么办（公开测试）")
                .doesNotContain("赵大海", "13911110011", "82881234");

        Api.Response refused = api("reviewer").postJson(STAFF + "/" + id + "/withholding",
                "{\"withheld\":true,\"reason\":\"\"}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(api("reviewer").postJson(STAFF + "/" + id + "/withholding",
                "{\"withheld\":true,\"reason\":\"核实中\"}").status()).isEqualTo(200);
        assertThat(anonymous().get(PUBLIC + "?town=" + data.sanxing().id() + "&size=100").body())
                .doesNotContain("借款不还怎么办（公开测试）");
    }
}
