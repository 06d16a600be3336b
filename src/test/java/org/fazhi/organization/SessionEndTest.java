package org.fazhi.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sessions end when the account changes (disabled, password reset, roles changed); a password that was handed out
 * or is older than the policy allows must be changed before anything else; the session cookie is not made
 * {@code Secure} on the word of an untrusted client.
 */
class SessionEndTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    private long account(String username, String password) {
        return account(username, password, "COUNSEL");
    }

    private long account(String username, String password, String role) {
        Api.Response r = api("admin").postJson("/api/v1/users", """
                {"username":"%s","displayName":"会话测试","homeUnitId":%d,"roles":["%s"],"password":"%s"}"""
                .formatted(username, data.sanxing().id(), role, password));
        assertThat(r.status()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private String update(String roles, boolean enabled) {
        return """
                {"displayName":"会话测试","homeUnitId":%d,"roles":%s,"enabled":%s}"""
                .formatted(data.sanxing().id(), roles, enabled);
    }

    private static void assertSignedOut(StaffSession s) {
        var r = s.get("/dashboard");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).contains("/login");
    }

    @Test
    void disabling_an_account_ends_its_sessions() {
        long id = account("session-off", "Session-2024x");
        StaffSession s = StaffSession.signIn(baseUrl(), "session-off", "Session-2024x");
        assertThat(s.get("/dashboard").statusCode()).isEqualTo(200);

        assertThat(api("admin").putJson("/api/v1/users/" + id, update("[\"COUNSEL\"]", false)).status())
                .isEqualTo(200);

        assertSignedOut(s);
    }

    @Test
    void changing_the_roles_ends_the_sessions_so_the_old_permissions_do_not_live_on() {
        long id = account("session-roles", "Session-2024x", "MEDIATOR");
        StaffSession s = StaffSession.signIn(baseUrl(), "session-roles", "Session-2024x");
        assertThat(s.get("/mediation/disputes").statusCode()).isEqualTo(200);

        assertThat(api("admin").putJson("/api/v1/users/" + id, update("[\"DISCLOSURE_CLERK\"]", true)).status())
                .isEqualTo(200);

        assertSignedOut(s);
    }

    @Test
    void a_reset_password_ends_the_sessions_and_must_be_changed_at_the_next_login() {
        long id = account("session-reset", "Session-2024x");
        StaffSession s = StaffSession.signIn(baseUrl(), "session-reset", "Session-2024x");

        assertThat(api("admin").postJson("/api/v1/users/" + id + "/password", "{\"password\":\"Handed-2024x\"}")
                .status()).isEqualTo(204);

        assertSignedOut(s);
        StaffSession again = StaffSession.signIn(baseUrl(), "session-reset", "Handed-2024x");
        var dashboard = again.get("/dashboard");
        assertThat(dashboard.statusCode()).isEqualTo(302);
        assertThat(dashboard.headers().firstValue("Location").orElse("")).contains("/account/password");
        assertThat(again.get("/account/password").body()).contains("password-change-required");
        Api basic = new Api.Builder(port).basic("session-reset", "Handed-2024x").build();
        assertThat(basic.get("/api/v1/org-units").status()).isEqualTo(403);

        again.postForm("/account/password", Map.of("currentPassword", "Handed-2024x", "newPassword", "Mine-2024xy"));

        assertThat(again.get("/dashboard").statusCode()).isEqualTo(200);
        assertThat(new Api.Builder(port).basic("session-reset", "Mine-2024xy").build().get("/api/v1/org-units")
                .status()).isEqualTo(200);
    }

    @Test
    void a_password_older_than_the_policys_maximum_age_must_be_changed_first_also_over_the_api() {
        account("session-old", "Session-2024x");
        jdbc.update("update app_user set password_changed_at = ? where username = 'session-old'",
                java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(400))));
        Api basic = new Api.Builder(port).basic("session-old", "Session-2024x").build();

        Api.Response refused = basic.get("/api/v1/org-units");
        Api.Response changed = basic.postJson("/api/v1/account/password",
                "{\"currentPassword\":\"Session-2024x\",\"newPassword\":\"Renewed-2024x\"}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asString()).contains("/api/v1/account/password");
        assertThat(changed.status()).isEqualTo(204);
        assertThat(new Api.Builder(port).basic("session-old", "Renewed-2024x").build().get("/api/v1/org-units")
                .status()).isEqualTo(200);
    }

    @Test
    void a_forwarded_https_from_an_untrusted_client_does_not_change_the_cookie_or_the_address() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var r = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + "/login"))
                        .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.9").GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(r.headers().allValues("Set-Cookie")).isNotEmpty()
                .allSatisfy(c -> assertThat(c).doesNotContainIgnoringCase("secure"));
    }
}
