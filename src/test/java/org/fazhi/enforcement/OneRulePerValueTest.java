package org.fazhi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.ledger.Ledgers;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * One value is judged the same however it arrives: a party's phone number or ID number refused on the filing page is
 * refused by the API and in a ledger import too, with the same plain message.
 */
class OneRulePerValueTest extends IntegrationTest {

    private static final String PHONE = "电话号码格式不正确（请填写11位手机号，或带区号的座机号，如 0513-82881234）。";
    private static final String RESIDENT_ID = "居民身份证号码不正确（应为18位，出生日期真实存在，末位校验码相符）。";
    private static final String BAD_PHONE = "0513-1";
    /** Ten digits: no resident ID number. */
    private static final String BAD_ID = "3206841990";

    private final String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    private Map<String, String> filing(String idNumber, String phone) {
        Map<String, String> f = new LinkedHashMap<>(Map.of("procedure", "ORDINARY", "title", "输入规则测试案" + tag,
                "partyType", "NATURAL_PERSON", "partyName", "规则测试人", "violation", "在示例路占道经营",
                "legalBasis", "《城市市容和环境卫生管理条例》第三十六条", "filedOn", "2024-03-04"));
        f.put("partyIdNumber", idNumber);
        f.put("partyPhone", phone);
        f.put("partyBirthDate", "1990-01-01");
        return f;
    }

    private Api.Response fileByApi(String idNumber, String phone) {
        return api("officer1").postJson(CaseFlows.CASES, """
                {"procedure":"ORDINARY","title":"输入规则测试案%s","partyType":"NATURAL_PERSON","partyName":"规则测试人",
                 "partyIdNumber":"%s","partyPhone":"%s","partyBirthDate":"1990-01-01","violation":"在示例路占道经营",
                 "legalBasis":"《城市市容和环境卫生管理条例》第三十六条","filedOn":"2024-03-04"}"""
                .formatted(tag, idNumber, phone));
    }

    private static String violation(Api.Response r, String field) {
        for (JsonNode v : r.json().get("violations")) {
            if (field.equals(v.get("field").asString())) {
                return v.get("message").asString();
            }
        }
        throw new AssertionError("no violation of " + field + " in " + r.body());
    }

    private JsonNode importRow(String idNumber, String phone) {
        String header = "案号,案件名称,当事人类型,当事人名称,证件号码,联系电话,住址,违法事实,处罚依据,处罚种类,"
                + "罚款金额(元),立案日期,决定日期,执法证号,是否重大案件,法制审核结论";
        String row = String.join(",", "海三星罚决字〔2023〕第" + tag + "号", "输入规则导入案" + tag, "自然人", "规则测试人",
                idNumber, phone, "三星镇叠石桥路18号", "在叠石桥路占道经营", "《城市市容和环境卫生管理条例》第三十六条", "警告", "",
                "2023-04-01", "2023-05-10", "", "否", "通过");
        Api.Response r = api("officer1").upload("/api/v1/enforcement/decisions/import", "file", "决定台账.csv",
                "text/csv", Ledgers.csv(StandardCharsets.UTF_8, true, header, row));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static String rejection(JsonNode report, String column) {
        for (JsonNode r : report.get("rejected")) {
            if (column.equals(r.get("column").asString())) {
                return r.get("reason").asString();
            }
        }
        throw new AssertionError("no rejection of " + column + " in " + report);
    }

    @Test
    void a_bad_phone_number_is_refused_with_the_same_message_by_the_page_the_api_and_the_ledger_import() {
        HttpResponse<String> page = StaffSession.signIn(baseUrl(), "officer1", PASSWORD)
                .postForm("/enforcement/cases", filing("", BAD_PHONE));
        Api.Response api = fileByApi("", BAD_PHONE);
        JsonNode ledger = importRow("320684199001011234", BAD_PHONE);

        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains(PHONE);
        assertThat(api.status()).isBetween(400, 422);
        assertThat(violation(api, "partyPhone")).isEqualTo(PHONE);
        assertThat(rejection(ledger, "联系电话")).isEqualTo(PHONE);
        assertThat(ledger.get("imported").asInt()).isZero();
    }

    @Test
    void a_ten_digit_id_number_is_refused_with_the_same_message_by_the_page_the_api_and_the_ledger_import() {
        HttpResponse<String> page = StaffSession.signIn(baseUrl(), "officer1", PASSWORD)
                .postForm("/enforcement/cases", filing(BAD_ID, "13812345678"));
        Api.Response api = fileByApi(BAD_ID, "13812345678");
        JsonNode ledger = importRow(BAD_ID, "13812345678");

        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains(RESIDENT_ID);
        assertThat(api.status()).isEqualTo(422);
        assertThat(violation(api, "partyIdNumber")).isEqualTo(RESIDENT_ID);
        assertThat(rejection(ledger, "证件号码")).isEqualTo(RESIDENT_ID);
    }

    @Test
    void an_id_number_with_a_wrong_check_digit_is_refused_and_a_valid_one_files_the_case() {
        assertThat(violation(fileByApi("320684199001011235", "13812345678"), "partyIdNumber")).isEqualTo(RESIDENT_ID);
        assertThat(fileByApi("320684199001011234", "0513-82881234").status()).isEqualTo(201);
    }
}
