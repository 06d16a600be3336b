package org.fazhi.disclosure;

import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** Registering applications and taking steps through the staff API, as the clerk of 三星镇. */
abstract class DisclosureApiSupport extends IntegrationTest {

    static final String BASE = "/api/v1/disclosure/applications";

    Api clerk() {
        return api("clerk");
    }

    /** Registers an application received in person on {@code receivedOn}; answers its JSON. */
    JsonNode register(String receivedOn) {
        return register("clerk", receivedOn, "NATURAL_PERSON", "320684199001011234");
    }

    JsonNode register(String user, String receivedOn, String type, String idNumber) {
        Api.Response r = api(user).postJson(BASE, """
                {"receivedOn":"%s","channel":"IN_PERSON","applicantType":"%s","applicantName":"王小明",
                 "idNumber":"%s","phone":"13800001111","address":"海门区三星镇人民路1号",
                 "content":"2024年本镇农村低保户名单及发放标准"}""".formatted(receivedOn, type, idNumber));
        if (r.status() != 201) {
            throw new AssertionError(r.status() + " " + r.body());
        }
        return r.json();
    }

    Api.Response step(long id, String step, String json) {
        return clerk().postJson(BASE + "/" + id + "/" + step, json);
    }

    JsonNode ok(Api.Response r) {
        if (r.status() != 200) {
            throw new AssertionError(r.status() + " " + r.body());
        }
        return r.json();
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }
}
