package org.fazhi.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;

/** The pages as staff reach them: scope by page, the list's filters, the dispute page's steps, the portal form. */
class MediationPagesTest extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.now(org.fazhi.FazhiApplication.ZONE);

    private long sanxingDispute() {
        Api.Response r = api("mediator").postJson(DisputeProcedureApiTest.BASE, DisputeProcedureApiTest.registration(
                data.unit(data.sanxing(), "林西村").id(), TODAY.minusDays(1), "TOWN", null));
        return r.json().get("dispute").get("id").asLong();
    }

    @Test
    void the_second_town_sees_no_dispute_of_sanxing_by_page() {
        long id = sanxingDispute();
        StaffSession t2 = StaffSession.signIn(baseUrl(), "t2-mediator", PASSWORD);

        assertThat(t2.get("/mediation/disputes/" + id).statusCode()).isEqualTo(404);
        String list = t2.get("/mediation/disputes?year=" + data.reportYear()).body();
        assertThat(list).contains("示例").doesNotContain("海三星调");
    }

    @Test
    void a_village_mediator_lists_only_the_village_by_page() {
        String list = StaffSession.signIn(baseUrl(), "village-mediator", PASSWORD).get("/mediation/disputes").body();

        assertThat(list).contains("林西村").doesNotContain("东兴村</td>").doesNotContain("镇人民调解委员会</td>");
    }

    @Test
    void the_dispute_page_offers_the_steps_the_procedure_allows_and_shows_the_history() {
        long id = sanxingDispute();

        String page = StaffSession.signIn(baseUrl(), "mediator", PASSWORD).get("/mediation/disputes/" + id).body();

        assertThat(page).contains("step-session", "step-conclude", "step-police").doesNotContain("step-escalate")
                .doesNotContain("step-confirmation");
        assertThat(page).contains("320684199001011234").contains("操作日志").contains("调解办结期限");
    }

    @Test
    void the_leader_sees_the_dispute_page_without_steps_and_without_id_numbers() {
        long id = sanxingDispute();

        String page = StaffSession.signIn(baseUrl(), "leader", PASSWORD).get("/mediation/disputes/" + id).body();

        assertThat(page).contains("测试甲").doesNotContain("320684199001011234").doesNotContain("13900001111")
                .doesNotContain("next-steps");
    }

    @Test
    void the_filtered_list_shows_the_total_and_links_to_the_export() {
        int year = data.reportYear();
        String page = StaffSession.signIn(baseUrl(), "leader", PASSWORD)
                .get("/mediation/disputes?year=" + year + "&orgUnit=" + data.sanxing().id() + "&major=true").body();

        assertThat(page).contains("dispute-total").contains("export.xlsx?year=" + year + "&amp;orgUnit=")
                .contains("major=true");
    }

    @Test
    void the_dashboard_section_shows_the_figures_of_the_year() {
        String section = StaffSession.signIn(baseUrl(), "leader", PASSWORD).get("/mediation/section").body();

        assertThat(section).contains("mediation-section").contains("section-accepted");
    }

    @Test
    void the_public_applies_on_the_portal_and_the_town_committee_holds_the_request() {
        Api.Response r = anonymous().postJson("/api/public/v1/mediation/requests", """
                {"villageId": %d, "category": "NEIGHBOURHOOD", "applicantName": "门户申请人",
                 "applicantPhone": "13912345678", "respondentName": "邻居", "summary": "邻居装修噪音扰民"}"""
                .formatted(data.unit(data.sanxing(), "东兴村").id()));

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String caseNo = r.json().get("caseNo").asString();
        var found = api("mediator").get(DisputeProcedureApiTest.BASE + "?q=" + java.net.URLEncoder.encode(caseNo,
                java.nio.charset.StandardCharsets.UTF_8)).json().get("items").get(0);
        assertThat(found.get("source").asString()).isEqualTo("申请调解");
        assertThat(found.get("channel").asString()).isEqualTo("公众门户");
        assertThat(found.get("holder").asString()).isEqualTo("镇人民调解委员会");
    }

    @Test
    void a_portal_request_without_a_phone_is_a_field_error_and_registers_nothing() {
        Api.Response r = anonymous().postJson("/api/public/v1/mediation/requests", """
                {"villageId": %d, "category": "NEIGHBOURHOOD", "applicantName": "无电话申请人",
                 "summary": "邻里纠纷"}""".formatted(data.unit(data.sanxing(), "东兴村").id()));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("applicantPhone");
        assertThat(api("mediator").get(DisputeProcedureApiTest.BASE + "?q=" + java.net.URLEncoder.encode("无电话申请人",
                java.nio.charset.StandardCharsets.UTF_8)).json().get("total").asInt()).isZero();
    }

    @Test
    void the_portal_form_page_is_public_and_on_the_portal_home() {
        HttpResponse<String> form = java.net.http.HttpClient.newHttpClient().sendAsync(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl()
                        + data.portal(data.sanxing(), "mediation/apply"))).build(),
                HttpResponse.BodyHandlers.ofString()).join();

        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("apply-form", "林西村", "_csrf");
        assertThat(anonymous().get(data.portal(data.sanxing(), "")).body())
                .contains(data.portal(data.sanxing(), "mediation/apply"));
    }
}
