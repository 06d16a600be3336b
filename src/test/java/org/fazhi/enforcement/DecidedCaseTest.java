package org.fazhi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.FazhiApplication;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Base of the tests that take an ordinary penalty case to its decision through the API, as the officers, the leader and
 * the reviewer would, and then look at what the publication desk made of it.
 */
abstract class DecidedCaseTest extends IntegrationTest {

    static final String CASES = "/api/v1/enforcement/cases";
    /** A natural person of 1992 (an adult whatever the day). */
    static final String ADULT = "\"partyIdNumber\": \"320604199202021234\"";

    final LocalDate today = LocalDate.now(FazhiApplication.ZONE);

    /** The two demo officers with valid certificates, as a JSON array of ids. */
    String team() {
        List<Long> ids = new ArrayList<>();
        api("reviewer").get("/api/v1/officers").json().forEach(n -> {
            if (List.of("执法人员甲（示例）", "执法人员乙（示例）").contains(n.get("name").asString())) {
                ids.add(n.get("id").asLong());
            }
        });
        assertThat(ids).hasSize(2);
        return ids.toString();
    }

    Api.Response step(String user, long id, String step, String json) {
        return api(user).postJson(CASES + "/" + id + "/steps/" + step, json);
    }

    static void ok(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    void sign(long id, String stage, LocalDate on, String... users) {
        for (String u : users) {
            ok(api(u).postJson(CASES + "/" + id + "/approvals",
                    "{\"stage\":\"" + stage + "\",\"agree\":true,\"opinion\":\"同意。\",\"on\":\"" + on + "\"}"));
        }
    }

    JsonNode caseInfo(long id) {
        return api("leader").get(CASES + "/" + id).json().get("caseInfo");
    }

    /** The case's clocks as the API lists them. */
    JsonNode clocks(long id) {
        return api("leader").get(CASES + "/" + id).json().get("clocks");
    }

    /** Files an ordinary case on a natural person (ADULT unless {@code party} says otherwise). */
    long file(String title, LocalDate filedOn, String party, String violation) {
        Api.Response filed = api("officer1").postJson(CASES, """
                {"procedure": "ORDINARY", "title": "%s", "partyType": "NATURAL_PERSON", "partyName": "王五（测试）",
                 %s, "violation": "%s",
                 "legalBasis": "《城市市容和环境卫生管理条例》第三十六条", "filedOn": "%s"}
                """.formatted(title, party, violation, filedOn));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.json().get("id").asLong();
    }

    /** Files an ordinary case and takes it through review and the decision approval: ready to decide on the day. */
    long readyToDecide(String title, LocalDate filedOn) {
        return readyToDecide(title, filedOn, ADULT, "在示例路占道摆摊");
    }

    long readyToDecide(String title, LocalDate filedOn, String party, String violation) {
        long id = file(title, filedOn, party, violation);
        return throughReview(id, filedOn);
    }

    /** Takes a filed case through investigation, notice, review and the decision approval. */
    long throughReview(long id, LocalDate filedOn) {
        sign(id, "FILING", filedOn, "officer1", "leader");
        ok(step("officer1", id, "INVESTIGATE", "{\"on\":\"" + filedOn.plusDays(1) + "\",\"officerIds\":" + team() + "}"));
        ok(api("officer1").postJson(CASES + "/" + id + "/proposal", "{\"kinds\":[\"WARNING\",\"FINE\"],\"fine\":800}"));
        sign(id, "PROPOSAL", filedOn.plusDays(2), "officer1", "leader");
        LocalDate notified = filedOn.plusDays(3);
        ok(step("officer1", id, "NOTIFY", "{\"on\":\"" + notified + "\",\"officerIds\":" + team() + "}"));
        ok(step("officer1", id, "WAIVE_STATEMENT", "{\"on\":\"" + notified.plusDays(1)
                + "\",\"note\":\"当事人书面放弃陈述申辩\"}"));
        ok(step("officer1", id, "SUBMIT_REVIEW", "{\"on\":\"" + notified.plusDays(1) + "\"}"));
        ok(step("reviewer", id, "REVIEW", "{\"on\":\"" + notified.plusDays(2)
                + "\",\"passed\":true,\"opinion\":\"事实清楚，证据确凿\",\"counselOpinion\":\"同意审核意见\"}"));
        sign(id, "DECISION", notified.plusDays(3), "officer1", "leader", "leader", "leader");
        return id;
    }

    Api.Response decide(long id, LocalDate on) {
        return step("officer1", id, "DECIDE", "{\"on\":\"" + on
                + "\",\"outcome\":\"PENALTY\",\"kinds\":[\"WARNING\",\"FINE\"],\"fine\":800}");
    }

    void serve(long id, LocalDate on) {
        ok(step("officer1", id, "SERVE", "{\"on\":\"" + on + "\",\"officerIds\":" + team()
                + ",\"method\":\"直接送达\"}"));
    }

    Api.Response revoke(long id, LocalDate on, String reason) {
        return step("leader", id, "REVOKE", "{\"on\":\"" + on + "\",\"note\":\"" + reason + "\"}");
    }

    /** The desk's records of a case number, as the reviewer reads them. */
    List<JsonNode> publicationsOf(String caseNumber) {
        JsonNode page = api("reviewer").get("/api/v1/publications?size=100&q="
                + URLEncoder.encode(caseNumber, StandardCharsets.UTF_8)).json();
        List<JsonNode> found = new ArrayList<>();
        page.get("items").forEach(p -> {
            if (p.get("caseNumber").asString().equals(caseNumber)) {
                found.add(p);
            }
        });
        return found;
    }

    JsonNode publicationOf(String caseNumber) {
        List<JsonNode> found = publicationsOf(caseNumber);
        assertThat(found).as("publication of " + caseNumber).hasSize(1);
        return found.get(0);
    }

    /** The publication figures of 三星镇 for the year. */
    JsonNode figures(int year) {
        Api.Response r = api("leader").get("/api/v1/publications/statistics?year=" + year + "&orgUnit="
                + data.sanxing().id());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    /** The public search for a term. */
    JsonNode publicSearch(String q) {
        return anonymous().get("/api/public/v1/enforcement/decisions?town=" + data.sanxing().id() + "&q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8)).json();
    }
}
