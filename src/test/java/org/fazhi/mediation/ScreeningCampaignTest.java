package org.fazhi.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** 专项排查: the town opens a campaign over villages; each village reports a finding or "no risk found". */
class ScreeningCampaignTest extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.now(org.fazhi.FazhiApplication.ZONE);

    private JsonNode open(String title) {
        long linxi = data.unit(data.sanxing(), "林西村").id();
        long dongxing = data.unit(data.sanxing(), "东兴村").id();
        Api.Response r = api("mediator").postJson("/api/v1/mediation/campaigns", """
                {"title": "%s", "theme": "HOLIDAY", "startsOn": "%s", "endsOn": "%s", "villageIds": [%d, %d]}"""
                .formatted(title, TODAY.minusDays(5), TODAY.plusDays(5), linxi, dongxing));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    private long assignmentOf(JsonNode campaign, String village) {
        for (JsonNode a : campaign.get("assignments")) {
            if (a.get("village").asString().equals(village)) {
                return a.get("id").asLong();
            }
        }
        throw new AssertionError(village);
    }

    @Test
    void villages_report_findings_or_no_risk_and_the_campaign_shows_coverage_and_results() {
        JsonNode c = open("节前排查甲");
        long linxiTask = assignmentOf(c, "林西村");
        long dongxingTask = assignmentOf(c, "东兴村");

        Api village = api("village-mediator");
        Api.Response found = village.postJson("/api/v1/mediation/campaign-assignments/" + linxiTask + "/findings",
                DisputeProcedureApiTest.registration(data.unit(data.sanxing(), "林西村").id(), TODAY, null, null));
        Api.Response noRisk = api("mediator").postJson("/api/v1/mediation/campaign-assignments/" + dongxingTask
                + "/no-risk", "{\"on\": \"%s\", \"note\": \"逐户走访\"}".formatted(TODAY));

        assertThat(found.status()).as(found.body()).isEqualTo(201);
        assertThat(found.json().get("channel").asString()).isEqualTo("专项排查");
        assertThat(noRisk.status()).as(noRisk.body()).isEqualTo(200);
        JsonNode after = api("leader").get("/api/v1/mediation/campaigns/" + c.get("id").asLong()).json();
        assertThat(after.get("villages").asInt()).isEqualTo(2);
        assertThat(after.get("reported").asInt()).isEqualTo(2);
        assertThat(after.get("noRisk").asInt()).isEqualTo(1);
        assertThat(after.get("findings").asInt()).isEqualTo(1);
    }

    @Test
    void a_village_with_findings_cannot_report_no_risk() {
        JsonNode c = open("节前排查乙");
        long linxiTask = assignmentOf(c, "林西村");
        api("village-mediator").postJson("/api/v1/mediation/campaign-assignments/" + linxiTask + "/findings",
                DisputeProcedureApiTest.registration(data.unit(data.sanxing(), "林西村").id(), TODAY, null, null));

        Api.Response r = api("village-mediator").postJson("/api/v1/mediation/campaign-assignments/" + linxiTask
                + "/no-risk", "{\"on\": \"%s\"}".formatted(TODAY));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("detail").asString()).contains("已上报 1 起");
    }

    @Test
    void a_village_mediator_sees_only_the_task_of_the_village_and_cannot_open_a_campaign() {
        open("节前排查丙");

        JsonNode tasks = api("village-mediator").get("/api/v1/mediation/campaign-assignments").json();
        Api.Response opened = api("village-mediator").postJson("/api/v1/mediation/campaigns", """
                {"title": "村自查", "theme": "RURAL", "startsOn": "%s", "endsOn": "%s", "villageIds": [%d]}"""
                .formatted(TODAY, TODAY, data.unit(data.sanxing(), "林西村").id()));

        assertThat(tasks.toString()).contains("林西村").doesNotContain("东兴村");
        assertThat(opened.status()).isEqualTo(422);
    }

    @Test
    void the_second_town_sees_no_campaign_of_sanxing() {
        long id = open("节前排查丁").get("id").asLong();

        assertThat(api("t2-mediator").get("/api/v1/mediation/campaigns/" + id).status()).isEqualTo(404);
        assertThat(api("t2-mediator").get("/api/v1/mediation/campaigns").body()).doesNotContain("节前排查");
    }

    @Test
    void a_campaign_ending_before_it_starts_is_a_field_error() {
        Api.Response r = api("mediator").postJson("/api/v1/mediation/campaigns", """
                {"title": "倒置", "theme": "FINANCE", "startsOn": "%s", "endsOn": "%s", "villageIds": [%d]}"""
                .formatted(TODAY, TODAY.minusDays(1), data.unit(data.sanxing(), "林西村").id()));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("violations").get(0).get("field").asString()).isEqualTo("endsOn");
    }
}
