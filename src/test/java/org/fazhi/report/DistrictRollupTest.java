package org.fazhi.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The district's roll-up of a year: the supervisor sees every town with its report's state, its due date of 1 April
 * of the following year and its key figures linked to their records; a town's staff see their own town only; an
 * officer has no report permission.
 */
class DistrictRollupTest extends IntegrationTest {

    private static final String DISTRICT = RuleOfLawReportTest.BASE + "/district?year=";

    private static List<String> towns(JsonNode rollup) {
        List<String> out = new ArrayList<>();
        rollup.get("towns").forEach(t -> out.add(t.get("orgUnitName").asString()));
        return out;
    }

    @Test
    void the_supervisor_sees_both_demo_towns_with_state_due_date_and_linked_figures() {
        int year = data.reportYear();

        Api.Response r = api("supervisor").get(DISTRICT + year);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(towns(r.json())).contains(data.sanxing().name(), data.secondTown().name());
        for (JsonNode t : r.json().get("towns")) {
            assertThat(t.get("dueOn").asString()).startsWith((year + 1) + "-04-0");
            if (t.get("orgUnitId").asLong() == data.sanxing().id()) {
                assertThat(t.get("state").asString()).isIn("APPROVED", "PUBLISHED", "DRAFT");
                JsonNode accepted = t.get("figures").get("mediation.accepted");
                assertThat(accepted.get("value").asString()).matches("\\d+");
                assertThat(accepted.get("link").asString())
                        .isEqualTo("/mediation/disputes?year=" + year + "&orgUnit=" + data.sanxing().id());
                assertThat(t.get("figures").get("legalServices.kioskPlaces").get("value").asString()).matches("\\d+");
            }
        }
        assertThat(r.json().get("labels").get("mediation.accepted").asString()).isEqualTo("受理各类纠纷（件）");

        HttpResponse<String> page = StaffSession.signIn(baseUrl(), "supervisor", PASSWORD)
                .get("/reports/rule-of-law/district?year=" + year);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("district-table", data.sanxing().name(), data.secondTown().name(),
                "/mediation/disputes?year=" + year);
    }

    @Test
    void the_second_towns_user_sees_only_their_town_and_an_officer_is_refused() {
        String username = "t2-dr-" + Long.toString(System.nanoTime(), 36);
        assertThat(api("admin").postJson("/api/v1/users", """
                {"username":"%s","displayName":"示例镇法制审核员","homeUnitId":%d,"roles":["LEGAL_REVIEWER"],"password":"%s"}"""
                .formatted(username, data.unit(data.secondTown(), "司法所").id(), PASSWORD)).status()).isEqualTo(201);

        Api.Response mine = api(username).get(DISTRICT + data.reportYear());

        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        assertThat(towns(mine.json())).containsExactly(data.secondTown().name());
        assertThat(mine.json().get("towns").get(0).get("orgUnitId").asLong()).isEqualTo(data.secondTown().id());
        assertThat(api("officer1").get(DISTRICT + data.reportYear()).status()).isEqualTo(403);
        Api.Response early = api("supervisor").get(DISTRICT + "2015");
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().get("detail").asString()).contains("2019");
    }
}
