package org.fazhi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;

/**
 * A refused page form comes back as the same form: what was typed is kept, each message stands next to its field,
 * the top names every problem by the field's label, and nothing is an error page.
 */
class FormPagesTest extends IntegrationTest {

    private StaffSession mediator() {
        return StaffSession.signIn(baseUrl(), "mediator", PASSWORD);
    }

    private Map<String, String> registration() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("localityId", String.valueOf(data.unit(data.sanxing(), "林西村").id()));
        form.put("acceptedOn", "2024-09-27");
        form.put("category", "NEIGHBOURHOOD");
        form.put("source", "APPLICATION");
        form.put("channel", "WALK_IN");
        form.put("summary", "保留的案情（表单拒绝测试）");
        form.put("applicantName", "留值申请人");
        form.put("applicantPhone", "13900001234");
        return form;
    }

    @Test
    void a_step_refused_by_the_service_keeps_what_was_typed_and_shows_the_message_next_to_its_field() {
        StaffSession reviewer = StaffSession.signIn(baseUrl(), "reviewer", PASSWORD);

        HttpResponse<String> r = reviewer.postForm("/officers", Map.of("name", "留值执法人员", "idNumber", "123",
                "unitId", String.valueOf(data.sanxing().id()), "category", "综合行政执法"));

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("value=\"留值执法人员\"", "value=\"123\"", "id=\"form-error\"")
                .containsPattern("id=\"idNumber-error\"[^>]*>[^<]*居民身份证号码不正确（应为18位")
                .contains("身份证号：居民身份证号码不正确（应为18位")
                .doesNotContain("Exception", "at org.");
    }

    @Test
    void a_bean_validation_error_on_a_page_is_shown_next_to_its_field_named_by_its_label() {
        Map<String, String> form = registration();
        form.put("summary", " ");

        HttpResponse<String> r = mediator().postForm("/mediation/disputes", form);

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).containsPattern("id=\"summary-error\"[^>]*>[^<]+</div>")
                .contains("简要案情：", "value=\"留值申请人\"", "value=\"2024-09-27\"");
    }

    @Test
    void a_value_the_form_cannot_read_is_refused_on_the_form_instead_of_an_error_page() {
        Map<String, String> form = registration();
        form.put("deaths", "许多");

        HttpResponse<String> r = mediator().postForm("/mediation/disputes", form);

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("dispute-form", "id=\"deaths-error\"", "死亡人数：", "保留的案情（表单拒绝测试）");
    }

    @Test
    void a_refusal_that_names_no_field_is_the_message_at_the_top_of_the_same_page() {
        StaffSession mediator = mediator();
        HttpResponse<String> registered = mediator.postForm("/mediation/disputes", registration());
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(302);
        String page = registered.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");

        HttpResponse<String> r = mediator.postForm(page + "/court-confirmation", Map.of("on", "2024-09-30"));

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("id=\"form-error\"", "next-steps").doesNotContain("-error\" class");
    }

    @Test
    void a_refused_step_of_the_dispute_page_opens_that_step_with_its_typed_values_and_messages() {
        StaffSession mediator = mediator();
        HttpResponse<String> registered = mediator.postForm("/mediation/disputes", registration());
        String page = registered.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");

        HttpResponse<String> r = mediator.postForm(page + "/sessions", Map.of("heldOn", "2024-09-28", "place", "",
                "participants", "双方当事人", "mediator", "调解员甲", "record", "保留的调解记录"));

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).containsPattern("id=\"step-session\" open")
                .containsPattern("id=\"place-error\"[^>]*>[^<]+</div>")
                .contains("保留的调解记录", "value=\"双方当事人\"", "调解地点：");
    }
}
