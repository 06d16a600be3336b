package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.FazhiApplication;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The 依申请公开 pages of the staff console as staff reach them: list, registration, the application page. */
class ApplicationPagesTest extends DisclosureApiSupport {

    static final LocalDate TODAY = LocalDate.now(FazhiApplication.ZONE);
    static final String PAGES = "/disclosure/applications";

    private StaffSession clerkSession() {
        return StaffSession.signIn(baseUrl(), "clerk", PASSWORD);
    }

    @Test
    void the_clerk_lists_the_applications_of_sanxing_with_status_tags_due_badges_and_the_register_button() {
        HttpResponse<String> r = clerkSession().get(PAGES);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("application-table", "三星镇依申请公开〔", "application-total", "new-application",
                "fz-badge-", "办理中", "已答复").doesNotContain("示例镇依申请公开");
    }

    @Test
    void the_list_filters_by_status_and_says_what_to_do_when_nothing_matches() {
        StaffSession clerk = clerkSession();

        String decided = clerk.get(PAGES + "?status=DECIDED").body();
        String none = clerk.get(PAGES + "?q=%E6%B2%A1%E6%9C%89%E8%BF%99%E7%A7%8D%E7%94%B3%E8%AF%B7").body();

        assertThat(decided).contains("已答复").doesNotContain(">办理中</span>");
        assertThat(none).contains("application-empty", "请放宽筛选条件");
    }

    @Test
    void the_second_town_sees_none_of_sanxings_applications() {
        long id = register(TODAY.minusDays(1).toString()).get("id").asLong();
        StaffSession t2 = StaffSession.signIn(baseUrl(), "t2-clerk", PASSWORD);

        assertThat(t2.get(PAGES + "/" + id).statusCode()).isEqualTo(404);
        assertThat(t2.get(PAGES).body()).contains("示例镇依申请公开").doesNotContain("三星镇依申请公开");
    }

    @Test
    void a_role_without_disclosure_read_is_denied_and_has_no_navigation_entry() {
        StaffSession mediator = StaffSession.signIn(baseUrl(), "mediator", PASSWORD);

        assertThat(mediator.get(PAGES).statusCode()).isEqualTo(403);
        assertThat(mediator.get("/dashboard").body()).doesNotContain("href=\"/disclosure/applications\"");
        assertThat(clerkSession().get("/dashboard").body()).contains("href=\"/disclosure/applications\"", "政务公开");
    }

    @Test
    void the_clerk_registers_an_application_received_by_registered_mail_and_lands_on_its_page() {
        StaffSession clerk = clerkSession();
        HttpResponse<String> r = clerk.postForm(PAGES, registration("REGISTERED_MAIL", "320603199203034321"));

        assertThat(r.statusCode()).isEqualTo(302);
        String location = r.headers().firstValue("Location").orElseThrow();
        String page = clerk.get(location.substring(location.indexOf(PAGES))).body();
        assertThat(page).contains("申请已登记", "三星镇依申请公开〔", "邮寄（挂号信等需签收）", "320603199203034321",
                "页面登记测试的信息", "step-decision", "step-supplement-request", "step-extension", "操作日志");
    }

    @Test
    void a_refused_registration_shows_the_messages_and_keeps_what_was_typed() {
        Map<String, String> form = registration("FAX", "12345");
        form.put("applicantName", "");
        form.put("content", "拒绝登记的申请内容");
        StaffSession clerk = clerkSession();

        HttpResponse<String> r = clerk.postForm(PAGES, form);

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("form-error", "居民身份证号码不正确（应为18位", "此项为必填项", "value=\"12345\"",
                "value=\"13812345678\"", "拒绝登记的申请内容</textarea>");
        assertThat(r.body()).containsPattern("<option value=\"FAX\"\\s+selected");
        assertThat(clerk.get(PAGES + "?q=" + java.net.URLEncoder.encode("拒绝登记的申请内容",
                java.nio.charset.StandardCharsets.UTF_8)).body()).contains("application-empty");
    }

    @Test
    void a_refused_step_shows_the_reason_in_chinese_and_changes_nothing() {
        long id = register(TODAY.minusDays(2).toString()).get("id").asLong();
        StaffSession clerk = clerkSession();

        HttpResponse<String> r = clerk.postForm(PAGES + "/" + id + "/decision", Map.of(
                "decidedOn", TODAY.minusDays(3).toString(), "outcome", "DISCLOSED", "reason", "理由保留"));

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("form-error", "早于收到申请之日", "理由保留");
        // and next to the date field itself
        assertThat(r.body()).containsPattern("id=\"decidedOn-error\"[^>]*>[^<]*早于收到申请之日");
        JsonNode after = ok(clerk().get(BASE + "/" + id));
        assertThat(text(after, "status")).isEqualTo("PROCESSING");
        assertThat(after.get("history").size()).isEqualTo(1);
    }

    @Test
    void the_page_offers_only_the_steps_the_procedure_allows_now() {
        long id = register(TODAY.minusDays(1).toString()).get("id").asLong();
        ok(step(id, "supplement-request", """
                {"sentOn":"%s","items":["信息名称","文号"],"supplementDueOn":"%s"}"""
                .formatted(TODAY, TODAY.plusDays(15))));

        String page = clerkSession().get(PAGES + "/" + id).body();

        assertThat(page).contains("step-supplement-received", "step-decision", "逾期不补正", "doc-SUPPLEMENT", "待补正")
                .doesNotContain("step-extension").doesNotContain("step-supplement-request")
                .doesNotContain("予以公开</option>").doesNotContain("doc-REPLY");
    }

    @Test
    void the_leader_reads_the_application_without_personal_data_and_without_steps() {
        long id = register(TODAY.minusDays(1).toString()).get("id").asLong();

        String page = StaffSession.signIn(baseUrl(), "leader", PASSWORD).get(PAGES + "/" + id).body();

        assertThat(page).contains("王某", "2024年本镇农村低保户名单").doesNotContain("320684199001011234")
                .doesNotContain("13800001111").doesNotContain("next-steps").doesNotContain("人民路1号");
    }

    @Test
    void the_supplement_request_form_takes_the_missing_items_one_per_line() {
        long id = register(TODAY.minusDays(1).toString()).get("id").asLong();

        HttpResponse<String> r = clerkSession().postForm(PAGES + "/" + id + "/supplement-request", Map.of(
                "sentOn", TODAY.toString(), "items", "信息的名称\r\n\r\n形成时间", "supplementDueOn",
                TODAY.plusDays(10).toString()));

        assertThat(r.statusCode()).isEqualTo(302);
        JsonNode after = ok(clerk().get(BASE + "/" + id));
        assertThat(text(after, "status")).isEqualTo("AWAITING_SUPPLEMENT");
        assertThat(after.get("supplement").get("items").size()).isEqualTo(2);
    }

    @Test
    void consultation_and_fee_forms_stop_and_restart_the_clock() {
        long id = register(TODAY.minusDays(2).toString()).get("id").asLong();
        StaffSession clerk = clerkSession();
        String app = PAGES + "/" + id;

        assertThat(clerk.postForm(app + "/consultation", Map.of("startedOn", TODAY.minusDays(1).toString(),
                "consulted", "某村民委员会", "kind", "THIRD_PARTY", "endedOn", "")).statusCode()).isEqualTo(302);
        String consulting = clerk.get(app).body();
        assertThat(consulting).contains("征求意见中", "step-consultation-end").doesNotContain("step-decision")
                .contains("title=\"自 " + TODAY.minusDays(1) + " 起的征求意见尚未结束，第三方或其他机关的答复期限至 ",
                        "id=\"consultation-ends-by\"");
        assertThat(clerk.postForm(app + "/consultation", Map.of("endedOn", TODAY.toString())).statusCode())
                .isEqualTo(302);
        assertThat(text(ok(clerk().get(BASE + "/" + id)), "status")).isEqualTo("PROCESSING");

        HttpResponse<String> refused = clerk.postForm(app + "/fee-notice", Map.of("noticeOn", TODAY.toString(),
                "method", "PER_PAGE", "quantity", "", "amount", "", "payBy", ""));
        assertThat(refused.body()).contains("按量计收时请填写页数");
        assertThat(clerk.postForm(app + "/fee-notice", Map.of("noticeOn", TODAY.toString(), "method", "",
                "quantity", "", "amount", "30.00", "payBy", "")).statusCode()).isEqualTo(302);
        JsonNode waiting = ok(clerk().get(BASE + "/" + id));
        assertThat(text(waiting, "status")).isEqualTo("AWAITING_FEE");
        assertThat(waiting.get("dueOn").isNull()).isTrue();
        assertThat(clerk.get(app).body()).contains("step-fee-paid", "逾期未按收费通知要求缴纳费用")
                .doesNotContain("step-fee-notice");
        assertThat(clerk.postForm(app + "/fee-paid", Map.of("paidOn", TODAY.toString())).statusCode())
                .isEqualTo(302);
        assertThat(text(ok(clerk().get(BASE + "/" + id)), "status")).isEqualTo("PROCESSING");
    }

    private static Map<String, String> registration(String channel, String idNumber) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("channel", channel);
        form.put("receivedOn", TODAY.minusDays(1).toString());
        form.put("applicantType", "NATURAL_PERSON");
        form.put("applicantName", "页面登记人");
        form.put("idNumber", idNumber);
        form.put("phone", "13812345678");
        form.put("address", "三星镇页面路2号");
        form.put("content", "页面登记测试的信息");
        form.put("delivery", "邮寄");
        return form;
    }
}
