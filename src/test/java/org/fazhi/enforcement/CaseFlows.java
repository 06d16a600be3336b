package org.fazhi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.function.Function;
import org.fazhi.support.Api;
import tools.jackson.databind.JsonNode;

/**
 * Brings a penalty case of 三星镇 through the API to a given step with dated steps, so that a test can start where
 * its rule applies: filed, notified on a day, or decided and served on a day (no hearing, the statement waived).
 */
final class CaseFlows {

    static final String CASES = "/api/v1/enforcement/cases";

    private final Function<String, Api> api;

    CaseFlows(Function<String, Api> api) {
        this.api = api;
    }

    String team() {
        long a = 0;
        long b = 0;
        for (JsonNode n : api.apply("reviewer").get("/api/v1/officers").json()) {
            if (n.get("name").asString().equals("执法人员甲（示例）")) {
                a = n.get("id").asLong();
            } else if (n.get("name").asString().equals("执法人员乙（示例）")) {
                b = n.get("id").asLong();
            }
        }
        return "[" + a + "," + b + "]";
    }

    Api.Response step(String user, long id, String step, String json) {
        return api.apply(user).postJson(CASES + "/" + id + "/steps/" + step, json);
    }

    JsonNode ok(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    void sign(long id, String stage, LocalDate on, String... users) {
        for (String u : users) {
            ok(api.apply(u).postJson(CASES + "/" + id + "/approvals",
                    "{\"stage\":\"" + stage + "\",\"agree\":true,\"opinion\":\"同意。\",\"on\":\"" + on + "\"}"));
        }
    }

    JsonNode caseInfo(long id) {
        return detail(id).get("caseInfo");
    }

    JsonNode detail(long id) {
        return api.apply("leader").get(CASES + "/" + id).json();
    }

    /** The case's newest clock whose title starts with {@code title}. */
    JsonNode clock(long id, String title) {
        JsonNode found = null;
        for (JsonNode c : detail(id).get("clocks")) {
            if (c.get("title").asString().startsWith(title)) {
                found = c;
            }
        }
        assertThat(found).as(title).isNotNull();
        return found;
    }

    /** Filed two weeks before {@code notifiedOn}, investigated, the fine proposed and the party notified on it. */
    long notified(String title, LocalDate notifiedOn, int fine) {
        return notified(title, notifiedOn.minusDays(14), notifiedOn, fine);
    }

    /** Filed on {@code filedOn} with the filing approved, and investigated the day after. */
    long investigating(String title, LocalDate filedOn) {
        Api.Response filed = api.apply("officer1").postJson(CASES, "{\"procedure\":\"ORDINARY\",\"title\":\"" + title
                + "\",\"partyType\":\"NATURAL_PERSON\",\"partyName\":\"赵六（测试）\",\"partyIdNumber\":"
                + "\"320608199303031234\",\"violation\":\"在示例路占道摆摊\",\"legalBasis\":"
                + "\"《城市市容和环境卫生管理条例》第三十六条\",\"filedOn\":\"" + filedOn + "\"}");
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        long id = filed.json().get("id").asLong();
        sign(id, "FILING", filedOn, "officer1", "leader");
        ok(step("officer1", id, "INVESTIGATE", "{\"on\":\"" + filedOn.plusDays(1) + "\",\"officerIds\":" + team()
                + "}"));
        return id;
    }

    /** Filed on {@code filedOn}, investigated, the fine proposed and the party notified on {@code notifiedOn}. */
    long notified(String title, LocalDate filedOn, LocalDate notifiedOn, int fine) {
        long id = investigating(title, filedOn);
        ok(api.apply("officer1").postJson(CASES + "/" + id + "/proposal", "{\"kinds\":[\"FINE\"],\"fine\":" + fine
                + "}"));
        sign(id, "PROPOSAL", filedOn.plusDays(2), "officer1", "leader");
        ok(step("officer1", id, "NOTIFY", "{\"on\":\"" + notifiedOn + "\",\"officerIds\":" + team() + "}"));
        return id;
    }

    /**
     * Notified ten days before {@code servedOn}, the statement waived, reviewed, decided the day before with the fine
     * proposed, and served on {@code servedOn}.
     */
    long served(String title, LocalDate servedOn, int fine) {
        LocalDate notifiedOn = servedOn.minusDays(10);
        long id = notified(title, notifiedOn, fine);
        ok(step("officer1", id, "WAIVE_STATEMENT", "{\"on\":\"" + notifiedOn.plusDays(1)
                + "\",\"note\":\"当事人书面放弃陈述申辩\"}"));
        ok(step("officer1", id, "SUBMIT_REVIEW", "{\"on\":\"" + notifiedOn.plusDays(1) + "\"}"));
        ok(step("reviewer", id, "REVIEW", "{\"on\":\"" + notifiedOn.plusDays(2)
                + "\",\"passed\":true,\"opinion\":\"事实清楚，证据确凿\",\"counselOpinion\":\"同意审核意见\"}"));
        sign(id, "DECISION", servedOn.minusDays(1), "officer1", "leader", "leader", "leader");
        ok(step("officer1", id, "DECIDE", "{\"on\":\"" + servedOn.minusDays(1)
                + "\",\"outcome\":\"PENALTY\",\"kinds\":[\"FINE\"],\"fine\":" + fine + "}"));
        ok(step("officer1", id, "SERVE", "{\"on\":\"" + servedOn + "\",\"officerIds\":" + team()
                + ",\"method\":\"直接送达\"}"));
        return id;
    }
}
