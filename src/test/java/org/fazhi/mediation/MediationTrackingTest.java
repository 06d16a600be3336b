package org.fazhi.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.fazhi.deadline.OfficialCalendar;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A request for mediation made on a town's portal is followed like a disclosure application: by a tracking code, on a
 * page that shows its state and dates and the committee's phone and address, and nothing personal.
 */
class MediationTrackingTest extends IntegrationTest {

    @Autowired
    OfficialCalendar calendar;

    private JsonNode request(String applicant, String phone, String summary) {
        Api.Response r = anonymous().postJson("/api/public/v1/mediation/requests", """
                {"villageId": %d, "category": "NEIGHBOURHOOD", "applicantName": "%s",
                 "applicantPhone": "%s", "respondentName": "邻居乙", "summary": "%s"}"""
                .formatted(data.unit(data.secondTown(), "示例二村").id(), applicant, phone, summary));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    @Test
    void a_portal_request_gets_a_tracking_code_and_its_page_shows_state_dates_and_the_committee_without_personal_data() {
        JsonNode receipt = request("跟踪申请人", "13911112222", "院墙漏水纠纷");
        String code = receipt.get("trackingCode").asString();
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");

        String page = anonymous().get(data.portal(data.secondTown(), "mediation/track") + "?code=" + code).body();

        assertThat(page).contains("track-result", receipt.get("caseNo").asString(), "镇人民调解委员会",
                "已受理，等待调解", LocalDate.now(org.fazhi.FazhiApplication.ZONE).toString(), "0513-0000 0201",
                "示例镇人民政府一楼").doesNotContain("跟踪申请人", "13911112222", "院墙漏水", "邻居乙");
    }

    @Test
    void the_code_is_found_however_it_is_typed_but_only_on_its_towns_portal() {
        String code = request("输入申请人", "13911113333", "排水沟堵塞").get("trackingCode").asString();
        String typed = code.replace("-", "").toLowerCase(Locale.ROOT);

        Api.Response json = anonymous().get("/api/public/v1/mediation/requests/" + typed);
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.json().get("trackingCode").asString()).isEqualTo(code);
        assertThat(json.body()).doesNotContain("输入申请人", "13911113333", "排水沟");
        assertThat(anonymous().get(data.portal(data.sanxing(), "mediation/track") + "?code=" + code).body())
                .contains("track-not-found").doesNotContain("track-result");
        assertThat(anonymous().get("/api/public/v1/mediation/requests/AAAA-BBBB-CCCC").status()).isEqualTo(404);
    }

    @Test
    void a_target_date_in_a_year_whose_calendar_is_not_entered_is_marked_provisional_in_plain_words() {
        String code = request("日期申请人", "13911114444", "宅基地界址").get("trackingCode").asString();

        JsonNode tracked = anonymous().get("/api/public/v1/mediation/requests/" + code).json();
        LocalDate due = LocalDate.parse(tracked.get("dueOn").asString());
        boolean entered = calendar.snapshot().isLoaded(due.getYear());
        String page = anonymous().get(data.portal(data.secondTown(), "mediation/track") + "?code=" + code).body();

        assertThat(tracked.get("dueOnProvisional").asBoolean()).isEqualTo(!entered);
        if (entered) {
            assertThat(page).doesNotContain("fz-provisional");
        } else {
            assertThat(page).contains("fz-provisional", due.getYear() + "年的法定节假日安排尚未公布");
        }
    }

    @Test
    void the_apply_form_shows_the_committee_that_will_handle_the_request_and_how_to_reach_it() {
        String form = anonymous().get(data.portal(data.sanxing(), "mediation/apply")).body();

        assertThat(form).contains("committee-contact", "镇人民调解委员会", "0513-0000 0101", "tel:0513-00000101");
    }
}
