package org.fazhi.legalservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The judicial office registers kiosks, their months and broadcasts on the console pages: what it registers is read
 * back on the page and through the API; a refused form answers 422 with the message by the field, keeps what was
 * typed and writes nothing; a reader sees the registers without the forms.
 */
class ServicePointPagesTest extends IntegrationTest {

    private static final String KIOSKS = "/api/v1/legal-services/kiosks";
    private static final String BROADCASTS = "/api/v1/legal-services/broadcasts";

    @Test
    void the_office_registers_a_kiosk_and_its_month_on_the_page_and_a_refused_kiosk_keeps_the_input() {
        StaffSession office = StaffSession.signIn(baseUrl(), "reviewer", PASSWORD);
        assertThat(office.get("/legal-services/service-points").body()).contains("point-form", "kiosk-form");
        String town = String.valueOf(data.sanxing().id());

        HttpResponse<String> refused = office.postForm("/legal-services/kiosks", Map.of("which", "kiosk",
                "place", "保留输入法务机", "orgUnitId", town, "supplier", "页面测试供应商",
                "inServiceFrom", "2026-03-01", "inServiceTo", "2026-02-01"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("inServiceTo-error", "value=\"保留输入法务机\"", "value=\"2026-02-01\"");
        assertThat(api("reviewer").get(KIOSKS).body()).doesNotContain("保留输入法务机");

        HttpResponse<String> done = office.postForm("/legal-services/kiosks", Map.of("which", "kiosk",
                "place", "页面登记法务机", "orgUnitId", town, "supplier", "页面测试供应商",
                "inServiceFrom", "2026-03-01"));
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(office.get("/legal-services/service-points").body()).contains("页面登记法务机", "usage-form");
        long kiosk = -1;
        for (JsonNode k : api("reviewer").get(KIOSKS).json()) {
            if (k.get("place").asString().equals("页面登记法务机")) {
                kiosk = k.get("id").asLong();
                assertThat(k.get("inServiceFrom").asString()).isEqualTo("2026-03-01");
            }
        }
        assertThat(kiosk).isPositive();
        assertThat(office.postForm("/legal-services/kiosks/usage", Map.of("which", "usage",
                "kioskId", String.valueOf(kiosk), "month", "2026-04", "consultations", "31", "documents", "7",
                "videoCalls", "2")).statusCode()).isEqualTo(302);

        String reader = StaffSession.signIn(baseUrl(), "leader", PASSWORD).get("/legal-services/service-points").body();
        assertThat(reader).contains("页面登记法务机").doesNotContain("kiosk-form", "point-form", "usage-form");
    }

    @Test
    void the_office_schedules_a_broadcast_and_records_its_figures_on_the_page_a_broadcast_without_guests_is_refused() {
        StaffSession office = StaffSession.signIn(baseUrl(), "reviewer", PASSWORD);

        HttpResponse<String> refused = office.postForm("/legal-services/broadcasts", Map.of("which", "broadcast",
                "startsAt", "2025-06-18T19:30", "topic", "无嘉宾的页面直播", "platform", "视频号",
                "link", "https://live.example.org/p"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("guests-error", "value=\"无嘉宾的页面直播\"");
        assertThat(api("reviewer").get(BROADCASTS).body()).doesNotContain("无嘉宾的页面直播");

        assertThat(office.postForm("/legal-services/broadcasts", Map.of("which", "broadcast",
                "startsAt", "2025-06-18T19:30", "topic", "页面安排的直播", "platform", "视频号",
                "link", "https://live.example.org/p", "guest1Name", "页面律师", "guest1Role", "LAWYER"))
                .statusCode()).isEqualTo(302);
        long id = -1;
        for (JsonNode b : api("reviewer").get(BROADCASTS).json()) {
            if (b.get("topic").asString().equals("页面安排的直播")) {
                id = b.get("id").asLong();
                assertThat(b.get("guests").get(0).get("name").asString()).isEqualTo("页面律师");
            }
        }
        assertThat(id).isPositive();
        assertThat(office.get("/legal-services/broadcasts").body()).contains("页面安排的直播", "页面律师",
                "broadcast-form", "outcome-form");

        assertThat(office.postForm("/legal-services/broadcasts/" + id + "/outcome", Map.of("which", "outcome-" + id,
                "viewers", "1200", "questionsReceived", "9", "questionsAnswered", "6",
                "replayLink", "https://live.example.org/p/replay")).statusCode()).isEqualTo(302);
        JsonNode after = null;
        for (JsonNode b : api("reviewer").get(BROADCASTS).json()) {
            if (b.get("id").asLong() == id) {
                after = b;
            }
        }
        assertThat(after.get("viewers").asInt()).isEqualTo(1200);
        assertThat(after.get("replayLink").asString()).isEqualTo("https://live.example.org/p/replay");
        assertThat(StaffSession.signIn(baseUrl(), "leader", PASSWORD).get("/legal-services/broadcasts").body())
                .contains("页面安排的直播").doesNotContain("broadcast-form", "outcome-form");
    }
}
