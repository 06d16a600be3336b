package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.support.Api;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 《政府信息公开条例》第32条、第34条: a consulted third party or agency has 15 working days from the day the request
 * was sent; the consultation's time does not count, but without an answer the clock runs again by itself the day
 * after (the third party's silence: the agency decides; the other agency's silence: consent). 2026: 9/20 (Sun) and
 * 10/10 (Sat) are adjusted working days; 9/25–9/27 and 10/1–10/7 are holidays.
 */
class ConsultationLimitTest extends DisclosureApiSupport {

    // received Fri 9/18; 9/20 (adjusted Sunday) = 1, 9/21 = 2; asked 9/21, so 9/22 on is paused. The third party's
    // 15 working days from 9/21: 9/22–9/24 = 3, 9/28–9/30 = 6, 10/8, 10/9, 10/10 (adjusted Saturday) = 9,
    // 10/12–10/16 = 14, 10/19 = 15. Resumed 10/20: 10/20–10/23 = 6, 10/26–10/30 = 11, 11/2–11/6 = 16, 11/9–11/12 = 20.
    private long consulting(String kind) {
        long id = register("2026-09-18").get("id").asLong();
        ok(step(id, "consultation", "{\"startedOn\":\"2026-09-21\",\"consulted\":\"某公司\",\"kind\":\"" + kind + "\"}"));
        return id;
    }

    @Test
    void a_consultation_lasts_at_most_15_working_days_and_the_due_date_stays_visible_meanwhile() {
        long id = consulting("THIRD_PARTY");

        JsonNode a = ok(clerk().get(BASE + "/" + id));

        assertThat(text(a, "status")).isEqualTo("CONSULTING");
        assertThat(text(a.get("consultation"), "endsBy")).isEqualTo("2026-10-19");
        assertThat(text(a, "dueOn")).isEqualTo("2026-11-12");
        assertThat(text(a.get("clock"), "dueOn")).isEqualTo("2026-11-12");
    }

    @Test
    void an_answer_before_the_15_working_days_brings_the_due_date_forward() {
        long id = consulting("AGENCY");

        // answered 10/9: resumed 10/10 (adjusted Saturday) = 3, 10/12–10/16 = 8, 10/19–10/23 = 13, 10/26–10/30 = 18,
        // 11/2, 11/3 = 20
        JsonNode resumed = ok(step(id, "consultation", "{\"endedOn\":\"2026-10-09\"}"));

        assertThat(text(resumed, "dueOn")).isEqualTo("2026-11-03");
    }

    @Test
    void an_answer_after_the_15_working_days_counts_the_consultation_only_to_their_end() {
        long id = consulting("THIRD_PARTY");

        JsonNode resumed = ok(step(id, "consultation", "{\"endedOn\":\"2026-10-23\"}"));

        assertThat(text(resumed, "dueOn")).isEqualTo("2026-11-12");
    }

    @Test
    void the_decision_is_allowed_once_the_consultation_lapsed_without_an_answer() {
        long id = consulting("AGENCY");

        Api.Response early = step(id, "decision", "{\"decidedOn\":\"2026-10-19\",\"outcome\":\"DISCLOSED\"}");
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().get("detail").asString()).contains("2026-10-19");

        JsonNode lapsed = ok(clerk().get(BASE + "/" + id));
        assertThat(lapsed.get("consultation").get("lapsed").asBoolean()).isTrue();

        JsonNode decided = ok(step(id, "decision", "{\"decidedOn\":\"2026-10-20\",\"outcome\":\"DISCLOSED\"}"));
        assertThat(text(decided, "status")).isEqualTo("DECIDED");
        assertThat(decided.get("onTime").asBoolean()).isTrue();
        assertThat(text(decided, "dueOn")).isEqualTo("2026-11-12");
        assertThat(decided.get("history").toString()).contains("征求意见期满未答复", "视为同意");
    }

    @Test
    void the_application_page_shows_the_latest_end_of_the_consultation() {
        long id = consulting("THIRD_PARTY");

        String page = StaffSession.signIn(baseUrl(), "clerk", PASSWORD).get("/disclosure/applications/" + id).body();

        assertThat(page).contains("id=\"consultation-ends-by\"", "2026-10-19", "已恢复计时");
    }
}
