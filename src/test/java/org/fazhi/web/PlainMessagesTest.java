package org.fazhi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;

/**
 * What a person reads when the platform refuses input is plain words in their language: never a regular expression,
 * a Java type, {@code null} or the code of a choice.
 */
class PlainMessagesTest extends IntegrationTest {

    private HttpResponse<String> portalRequest(String query, Map<String, String> fields) {
        return StaffSession.signIn(baseUrl(), "officer1", PASSWORD)
                .postForm(data.portal(data.sanxing(), "mediation/apply") + query, fields);
    }

    @Test
    void a_refused_portal_form_names_what_is_expected_not_a_regular_expression() {
        HttpResponse<String> r = portalRequest("", Map.of("villageId",
                String.valueOf(data.unit(data.sanxing(), "东兴村").id()), "category", "NEIGHBOURHOOD",
                "applicantName", "格式测试人", "applicantPhone", "电话12345", "summary", "邻里纠纷"));

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("电话号码格式不正确（请填写11位手机号，或带区号的座机号")
                .doesNotContain("正则", "[0-9", "{5,30}");
    }

    @Test
    void an_empty_portal_form_in_english_says_what_is_required_without_null_or_type_names() {
        HttpResponse<String> r = portalRequest("?lang=en", Map.of("villageId", "", "category", "NO_SUCH_CATEGORY",
                "applicantName", "", "applicantPhone", "", "summary", ""));

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("This field is required.")
                .doesNotContain("must not be null", "null", "Failed to convert", "java.", "NO_SUCH_CATEGORY",
                        "DisputeCategory");
    }

    @Test
    void a_refused_permission_is_named_by_its_label_not_its_code() {
        Api.Response r = api("secadmin").putJson("/api/v1/security/roles/LEADER",
                "{\"permissions\":[\"STAFF_BASIC\",\"AUDIT_READ\"]}");

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("detail").asString()).contains("查阅审计日志").doesNotContain("AUDIT_READ");
    }
}
