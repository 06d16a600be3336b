package org.fazhi.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** 三员分立, role permissions, the password policy, login throttling and the scope of administration. */
class AccessAdministrationTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    private long userId(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    @Test
    void no_account_may_hold_two_of_the_three_administrator_roles() {
        Api.Response r = api("secadmin").postJson("/api/v1/users", """
                {"username":"two-hats","displayName":"兼任","homeUnitId":%d,
                 "roles":["SYSTEM_ADMIN","AUDIT_ADMIN"],"password":"Abcdefg123"}""".formatted(data.district().id()));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("detail").asString()).contains("三员分立");
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'two-hats'", Long.class))
                .isZero();
    }

    @Test
    void the_system_administrator_creates_a_user_who_can_then_sign_in() {
        Api.Response r = api("admin").postJson("/api/v1/users", """
                {"username":"new-mediator","displayName":"新调解员","homeUnitId":%d,
                 "roles":["MEDIATOR"],"password":"Mediate2024"}""".formatted(
                data.unit(data.sanxing(), "林西村").id()));

        assertThat(r.status()).isEqualTo(201);
        Api.Response asNew = new Api.Builder(port).basic("new-mediator", "Mediate2024").build()
                .get("/api/v1/org-units");
        assertThat(asNew.status()).isEqualTo(200);
        assertThat(asNew.json().get(0).get("name").asString()).isEqualTo("林西村");
    }

    @Test
    void a_password_below_the_policy_is_refused() {
        Api.Response r = api("admin").postJson("/api/v1/users", """
                {"username":"weak","displayName":"弱密码","homeUnitId":%d,
                 "roles":["MEDIATOR"],"password":"abc"}""".formatted(data.sanxing().id()));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("violations").get(0).get("field").asString()).isEqualTo("password");
    }

    @Test
    void the_town_administrator_of_the_second_town_cannot_see_sanxing_users() {
        JsonNode page = api("t2-admin").get("/api/v1/users?size=100").json();

        page.get("items").forEach(u -> assertThat(u.get("username").asString()).startsWith("t2-"));
        assertThat(api("t2-admin").get("/api/v1/users/" + userId("leader")).status()).isEqualTo(404);
    }

    @Test
    void an_org_unit_outside_the_callers_scope_is_403() {
        Api.Response r = api("t2-admin").postJson("/api/v1/org-units",
                "{\"name\":\"越权村\",\"type\":\"VILLAGE\",\"parentId\":" + data.sanxing().id() + "}");

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void a_business_user_cannot_manage_users_or_units() {
        assertThat(api("leader").get("/api/v1/users").status()).isEqualTo(403);
        assertThat(api("officer1").postJson("/api/v1/org-units",
                "{\"name\":\"村\",\"type\":\"VILLAGE\",\"parentId\":" + data.sanxing().id() + "}").status())
                .isEqualTo(403);
        assertThat(api("supervisor").get("/api/v1/security/roles").status()).isEqualTo(403);
    }

    @Test
    void the_security_administrator_grants_permissions_to_business_roles_but_not_administrator_ones() {
        Api.Response ok = api("secadmin").putJson("/api/v1/security/roles/COUNSEL",
                "{\"permissions\":[\"STAFF_BASIC\",\"FILE_READ\",\"FILE_WRITE\"],\"reason\":\"复核授权\"}");
        Api.Response adminPermission = api("secadmin").putJson("/api/v1/security/roles/LEADER",
                "{\"permissions\":[\"STAFF_BASIC\",\"AUDIT_READ\"]}");
        Api.Response adminRole = api("secadmin").putJson("/api/v1/security/roles/AUDIT_ADMIN",
                "{\"permissions\":[\"STAFF_BASIC\"]}");

        assertThat(ok.status()).isEqualTo(200);
        assertThat(adminPermission.status()).isEqualTo(422);
        assertThat(adminRole.status()).isEqualTo(422);
        assertThat(api("admin").putJson("/api/v1/security/roles/COUNSEL", "{\"permissions\":[]}").status())
                .isEqualTo(403);
    }

    @Test
    void the_password_policy_is_validated() {
        Api.Response r = api("secadmin").putJson("/api/v1/security/password-policy", """
                {"minLength":4,"requireLetterAndDigit":true,"maxFailedAttempts":5,"lockMinutes":15,
                 "sessionTimeoutMinutes":30,"maxAgeDays":90}""");

        assertThat(r.status()).isEqualTo(422);
        assertThat(api("secadmin").get("/api/v1/security/password-policy").json().get("minLength").asInt())
                .isEqualTo(8);
    }

    @Test
    void an_account_is_locked_after_repeated_failed_logins_and_unlocked_by_the_administrator() throws Exception {
        api("admin").postJson("/api/v1/users", """
                {"username":"throttled","displayName":"锁定测试","homeUnitId":%d,
                 "roles":["COUNSEL"],"password":"Correct123"}""".formatted(data.sanxing().id()));
        Api wrong = new Api.Builder(port).basic("throttled", "wrong-one").build();
        Api right = new Api.Builder(port).basic("throttled", "Correct123").build();

        // two tries at once, then 1 s, 2 s, 4 s between the next ones (the test configuration's first delay)
        long[] waits = {0, 0, 1100, 2100, 4100};
        for (long w : waits) {
            Thread.sleep(w);
            assertThat(wrong.get("/api/v1/org-units").status()).isEqualTo(401);
        }

        Thread.sleep(1100);
        assertThat(right.get("/api/v1/org-units").status()).isEqualTo(401);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'SECURITY:LOCK' "
                + "and entity_id = ?", Long.class, String.valueOf(userId("throttled")))).isOne();
        assertThat(api("admin").postJson("/api/v1/users/" + userId("throttled") + "/unlock", "{}").status())
                .isEqualTo(204);
        assertThat(right.get("/api/v1/org-units").status()).isEqualTo(200);
    }
}
