package org.fazhi.legalservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.fazhi.FazhiApplication;
import org.fazhi.ledger.Ledgers;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Service points, kiosks with their monthly use from the 法务机使用台账, and 法治直播间: the register kept by the judicial
 * office, the portal's lists, the questions the public leaves for a broadcast, and the figures they add to the year.
 */
class ServicePointsTest extends IntegrationTest {

    private static final String KIOSKS = "/api/v1/legal-services/kiosks";
    private static final String BROADCASTS = "/api/v1/legal-services/broadcasts";

    private String statistics(int year) {
        return "/api/v1/legal-services/statistics?year=" + year + "&orgUnit=" + data.sanxing().id();
    }

    @Test
    void the_demo_has_the_four_kiosks_of_the_report_in_service_today() {
        int year = LocalDate.now(FazhiApplication.ZONE).getYear();
        JsonNode kiosks = api("reviewer").get(KIOSKS).json();

        assertThat(kiosks.toString()).contains("三星镇公共法律服务中心", "林西村综治中心", "叠石桥国际家纺城", "公调对接站");
        assertThat(api("reviewer").get(statistics(year)).json().get("kiosks").asLong()).isGreaterThanOrEqualTo(4);
        assertThat(api("officer1").get(KIOSKS).status()).isEqualTo(403);
    }

    @Test
    void kiosk_places_count_each_place_once_the_demo_town_has_four_and_a_second_kiosk_at_a_place_adds_none() {
        int year = LocalDate.now(FazhiApplication.ZONE).getYear();
        JsonNode before = api("reviewer").get(statistics(year)).json();
        assertThat(before.get("kioskPlaces").asLong()).isGreaterThanOrEqualTo(4)
                .isLessThanOrEqualTo(before.get("kiosks").asLong());
        String place = "测试地点" + Long.toString(System.nanoTime(), 36);
        for (int i = 0; i < 2; i++) {
            Api.Response k = api("reviewer").postJson(KIOSKS, """
                    {"place":"%s","orgUnitId":%d,"supplier":"测试供应商","inServiceFrom":"%s"}"""
                    .formatted(place, data.sanxing().id(), LocalDate.now(FazhiApplication.ZONE)));
            assertThat(k.status()).as(k.body()).isEqualTo(201);
        }

        JsonNode after = api("reviewer").get(statistics(year)).json();

        assertThat(after.get("kiosks").asLong()).isEqualTo(before.get("kiosks").asLong() + 2);
        assertThat(after.get("kioskPlaces").asLong()).isEqualTo(before.get("kioskPlaces").asLong() + 1);
    }

    @Test
    void the_usage_ledger_adds_a_months_use_once_however_often_it_is_imported_and_names_a_bad_cell() {
        String place = "台账测试法务机" + Long.toString(System.nanoTime(), 36);
        JsonNode before = api("reviewer").get(statistics(2024)).json();
        Api.Response k = api("reviewer").postJson(KIOSKS, """
                {"place":"%s","orgUnitId":%d,"supplier":"测试供应商","inServiceFrom":"2024-01-02"}"""
                .formatted(place, data.sanxing().id()));
        assertThat(k.status()).as(k.body()).isEqualTo(201);
        byte[] file = Ledgers.csv(StandardCharsets.UTF_8, true, "月份,设备位置,咨询次数,文书生成次数,视频连线次数",
                "2024-03," + place + ",10,4,2", "2024年4月," + place + ",5,0,1", "2024-05,没有这台,1,1,1",
                "2024-13," + place + ",1,1,1");

        Api.Response first = api("reviewer").upload(KIOSKS + "/usage/import", "file", "法务机.csv", "text/csv", file);
        Api.Response again = api("reviewer").upload(KIOSKS + "/usage/import", "file", "法务机.csv", "text/csv", file);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("imported").asInt()).isEqualTo(2);
        assertThat(first.json().get("rejected").toString()).contains("设备位置", "月份");
        assertThat(again.json().get("imported").asInt()).isZero();
        JsonNode after = api("reviewer").get(statistics(2024)).json();
        assertThat(after.get("kioskUses").asLong()).isEqualTo(before.get("kioskUses").asLong() + 22);
        assertThat(after.get("kiosks").asLong()).isEqualTo(before.get("kiosks").asLong() + 1);
    }

    @Test
    void a_kiosk_leaving_service_before_it_entered_is_refused_and_not_registered() {
        Api.Response r = api("reviewer").postJson(KIOSKS, """
                {"place":"倒序法务机","orgUnitId":%d,"supplier":"测试","inServiceFrom":"2025-03-01",
                 "inServiceTo":"2025-02-28"}""".formatted(data.sanxing().id()));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.body()).contains("inServiceTo");
        assertThat(api("reviewer").get(KIOSKS).body()).doesNotContain("倒序法务机");
    }

    @Test
    void the_portal_lists_the_service_points_and_the_broadcasts_and_takes_questions_for_one_to_come() {
        String points = anonymous().get(data.portal(data.sanxing(), "legal-services/service-points")).body();
        assertThat(points).contains("三星镇公共法律服务中心", "公调对接站");

        Api.Response created = api("reviewer").postJson(BROADCASTS, """
                {"startsAt":"%s","topic":"测试直播（留言）","platform":"视频号","link":"https://live.example.org/t",
                 "guests":[{"name":"测试律师","role":"LAWYER"}]}""".formatted(LocalDate.now(FazhiApplication.ZONE)
                .plusDays(3).atTime(19, 30)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        Api.Response left = anonymous().postJson("/api/public/v1/legal-services/broadcasts/" + id
                + "/questions?town=" + data.sanxing().id(), "{\"question\":\"我的电话13912345678，工资怎么讨？\"}");
        assertThat(left.status()).as(left.body()).isEqualTo(201);
        assertThat(api("reviewer").get(BROADCASTS + "/" + id + "/questions").body()).contains("工资怎么讨");
        assertThat(StaffSession.signIn(baseUrl(), "reviewer", PASSWORD).get("/legal-services/broadcasts").body())
                .contains("工资怎么讨")
                .doesNotContain("13912345678");
        assertThat(api("reviewer").postJson(BROADCASTS + "/" + id + "/outcome",
                "{\"viewers\":10,\"questionsReceived\":1,\"questionsAnswered\":1}").status()).isEqualTo(422);
        String portal = anonymous().get(data.portal(data.sanxing(), "legal-services/broadcasts")).body();
        assertThat(portal).contains("测试直播（留言）", "测试律师").doesNotContain("工资怎么讨");
    }

    @Test
    void the_past_demo_broadcasts_viewers_count_in_its_year() {
        JsonNode demo = api("leader").get(BROADCASTS).json();
        int year = 0;
        for (JsonNode b : demo) {
            if (b.get("viewers").asInt(0) == 2350) {
                year = LocalDate.parse(b.get("startsAt").asString().substring(0, 10)).getYear();
            }
        }
        assertThat(year).isPositive();
        JsonNode figures = api("leader").get(statistics(year)).json();
        assertThat(figures.get("broadcasts").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(figures.get("broadcastViewers").asLong()).isGreaterThanOrEqualTo(2350);
    }
}
