package org.fazhi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Extensions of the 90-day case-handling period (《行政处罚法》第60条 and the departmental rules under it): each
 * approved by the head (approver, day and reason on record), at most as many as the town's setting allows (default
 * one, set on the settings page), approved also while the clock is paused for a hearing; the extension lengthens the
 * period itself, and the roll of 民法典第203条 applies once to the new last day.
 */
class DecisionPeriodExtensionTest extends IntegrationTest {

    private static final String DECISION = "作出处罚决定期限";

    private final CaseFlows flows = new CaseFlows(this::api);

    private Api.Response extend(String user, long id, String on, int days, String reason) {
        return flows.step(user, id, "EXTEND", "{\"on\":\"" + on + "\",\"days\":" + days + ",\"note\":\"" + reason + "\"}");
    }

    @Test
    void the_90_days_are_extended_once_by_default_each_time_with_the_heads_approval_on_record() {
        // given a case filed on 2025-07-03: its 90th day, 2025-10-01, is a National Day holiday (10-01 to 10-08), so
        // it ends on Thursday 2025-10-09
        long id = flows.investigating("延长办案期限次数测试案", LocalDate.of(2025, 7, 3));
        assertThat(flows.clock(id, DECISION).get("dueDate").asString()).isEqualTo("2025-10-09");

        // an officer may not extend it: the head approves
        assertThat(extend("officer1", id, "2025-09-20", 30, "案情复杂").status()).isEqualTo(403);

        // when the head approves 30 more days on 2025-09-20
        flows.ok(extend("leader", id, "2025-09-20", 30, "案情复杂，需补充调查"));

        // then the period is 120 days from filing: Friday 2025-10-31 (not 30 days after the rolled 10-09), and the
        // approval is on record with the approver, the day and the reason
        JsonNode clock = flows.clock(id, DECISION);
        assertThat(clock.get("dueDate").asString()).isEqualTo("2025-10-31");
        JsonNode extension = clock.get("extensions").get(0);
        assertThat(extension.get("amount").asInt()).isEqualTo(30);
        assertThat(extension.get("approver").asString()).contains("leader");
        assertThat(extension.get("decidedOn").asString()).isEqualTo("2025-09-20");
        assertThat(extension.get("reason").asString()).isEqualTo("案情复杂，需补充调查");
        assertThat(StaffSession.signIn(baseUrl(), "officer1", PASSWORD).get("/enforcement/cases/" + id).body())
                .contains("延长 30 日 · 批准人 ", "leader", " · 2025-09-20 · 案情复杂，需补充调查");

        // and a second extension is refused: the town allows one, and the due date stays
        Api.Response second = extend("leader", id, "2025-10-20", 10, "仍需补充鉴定");
        assertThat(second.status()).isEqualTo(422);
        assertThat(second.json().get("detail").asString()).contains("最多延长 1 次", "《行政处罚法》第60条");
        assertThat(flows.clock(id, DECISION).get("dueDate").asString()).isEqualTo("2025-10-31");
        assertThat(flows.clock(id, DECISION).get("extensions")).hasSize(1);
    }

    @Test
    void an_extension_is_approved_while_the_decision_clock_is_paused_for_a_hearing() {
        // given a case filed on 2024-06-03 with a fine of 50,000 yuan proposed, notified on 2024-06-24, the hearing
        // asked for on 2024-07-01 — the 90 days stop counting from then (hearing time excluded) — set for 2024-07-11
        // and its notice served the same day
        long id = flows.notified("听证期间延长办案期限测试案", LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 24), 50000);
        flows.ok(flows.step("officer1", id, "REQUEST_HEARING", "{\"on\":\"2024-07-01\"}"));
        flows.ok(flows.step("officer1", id, "SCHEDULE_HEARING", "{\"on\":\"2024-07-01\",\"hearingOn\":\"2024-07-11\","
                + "\"note\":\"镇政府会议室\"}"));
        flows.ok(flows.step("officer1", id, "NOTIFY_HEARING", "{\"on\":\"2024-07-01\",\"officerIds\":" + flows.team()
                + "}"));
        assertThat(flows.clock(id, DECISION).get("status").asString()).isEqualTo("PAUSED");

        // when the head approves 30 more days on 2024-07-05, the clock still paused
        flows.ok(extend("leader", id, "2024-07-05", 30, "案情复杂，听证后需补充调查"));

        // then the clock stays paused with the extension on record
        JsonNode paused = flows.clock(id, DECISION);
        assertThat(paused.get("status").asString()).isEqualTo("PAUSED");
        assertThat(paused.get("extensions").get(0).get("decidedOn").asString()).isEqualTo("2024-07-05");

        // and when the hearing is held on 2024-07-11 the clock runs again on 07-12: 90 + 30 days with the 11 days of
        // the hearing (07-01 to 07-11) not counted end 131 days after filing, on Saturday 2024-10-12 — an adjusted
        // working day (调休上班日), so the period does not roll
        flows.ok(flows.step("officer1", id, "HOLD_HEARING", "{\"on\":\"2024-07-11\"}"));
        JsonNode running = flows.clock(id, DECISION);
        assertThat(running.get("dueDate").asString()).isEqualTo("2024-10-12");
    }

    @Test
    void the_head_sets_how_many_extensions_the_town_allows_on_the_settings_page() {
        long town = data.sanxing().id();
        JsonNode settings = api("leader").get("/api/v1/enforcement/settings?town=" + town).json();
        assertThat(settings.get("maxExtensions").asInt()).isEqualTo(1);
        StaffSession leader = StaffSession.signIn(baseUrl(), "leader", PASSWORD);
        assertThat(leader.get("/enforcement/settings").body()).contains("经批准延长办案期限的次数上限",
                "name=\"maxExtensions\"");
        try {
            // a number beyond the range: the same page, the field named, nothing saved
            HttpResponse<String> bad = postSettings(leader, town, settings, "11");
            assertThat(bad.statusCode()).isEqualTo(422);
            assertThat(bad.body()).contains("延长次数上限应为0至10次");
            assertThat(api("leader").get("/api/v1/enforcement/settings?town=" + town).json().get("maxExtensions")
                    .asInt()).isEqualTo(1);

            // an officer may read the settings but not change them
            StaffSession officer = StaffSession.signIn(baseUrl(), "officer1", PASSWORD);
            assertThat(postSettings(officer, town, settings, "2").statusCode()).isEqualTo(403);

            // when the head allows two extensions
            assertThat(postSettings(leader, town, settings, "2").statusCode()).isIn(302, 303);
            JsonNode saved = api("leader").get("/api/v1/enforcement/settings?town=" + town).json();
            assertThat(saved.get("maxExtensions").asInt()).isEqualTo(2);
            assertThat(saved.get("decisionChain").asString()).isEqualTo(settings.get("decisionChain").asString());

            // then a case filed on 2025-07-03 is extended by 30 days on 09-20 (to 2025-10-31) and again by 10 days
            // on 10-20: 130 days from filing end on Monday 2025-11-10
            long id = flows.investigating("两次延长办案期限测试案", LocalDate.of(2025, 7, 3));
            flows.ok(extend("leader", id, "2025-09-20", 30, "案情复杂"));
            flows.ok(extend("leader", id, "2025-10-20", 10, "需补充鉴定意见"));
            assertThat(flows.clock(id, DECISION).get("dueDate").asString()).isEqualTo("2025-11-10");
            assertThat(extend("leader", id, "2025-10-21", 5, "再次延长").status()).isEqualTo(422);
        } finally {
            assertThat(postSettings(leader, town, settings, "1").statusCode()).isIn(302, 303);
        }
    }

    /** The settings form as the page sends it, with the town's current values and {@code maxExtensions}. */
    private static HttpResponse<String> postSettings(StaffSession session, long town, JsonNode s,
                                                     String maxExtensions) {
        String page = session.get("/enforcement/settings?town=" + town).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as("CSRF token on the settings page").isTrue();
        List<String> fields = new ArrayList<>(List.of("town=" + town, "_csrf=" + enc(csrf.group(1)),
                "maxExtensionDays=" + s.get("maxExtensionDays").asInt(), "maxExtensions=" + maxExtensions,
                "statementWorkingDays=" + s.get("statementWorkingDays").asInt(),
                "hearingFinePerson=" + s.get("hearingFinePerson").decimalValue().toPlainString(),
                "hearingFineOrg=" + s.get("hearingFineOrg").decimalValue().toPlainString(),
                "hearingConfiscationPerson=" + s.get("hearingConfiscationPerson").decimalValue().toPlainString(),
                "hearingConfiscationOrg=" + s.get("hearingConfiscationOrg").decimalValue().toPlainString(),
                "caseNumberTemplate=" + enc(s.get("caseNumberTemplate").asString()),
                "decisionNumberTemplate=" + enc(s.get("decisionNumberTemplate").asString())));
        for (String flag : List.of("reviewAllOrdinary", "excludeHearingTime", "excludeAppraisalTime")) {
            if (s.get(flag).asBoolean()) {
                fields.add(flag + "=true");
            }
        }
        for (String stage : List.of("filing", "proposal", "decision")) {
            for (String entry : s.get(stage + "Chain").asString().split(",")) {
                String[] lp = entry.split(":");
                fields.add(stage + "Label=" + enc(lp[0]));
                fields.add(stage + "Permission=" + lp[1]);
            }
        }
        String body = String.join("&", fields);
        return session.send("/enforcement/settings", b -> b.header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
