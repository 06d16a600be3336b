package org.fazhi.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * 三员分立 through account management: the system administrator (of the district or of a town) cannot reset, disable,
 * change or create an administrator account, nor grant an administrator role; the installation's security
 * administrator keeps the administrator accounts and the installation-wide settings; each such action is a security
 * event the audit administrator sees.
 */
class AdministratorSeparationTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    private long userId(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    private String hashOf(String username) {
        return jdbc.queryForObject("select password_hash from app_user where username = ?", String.class, username);
    }

    @Test
    void the_system_administrator_cannot_reset_the_security_or_audit_administrators_password() {
        String before = hashOf("secadmin");

        Api.Response r = api("admin").postJson("/api/v1/users/" + userId("secadmin") + "/password",
                "{\"password\":\"Taken-over1\"}");
        Api.Response audit = api("admin").postJson("/api/v1/users/" + userId("auditor") + "/password",
                "{\"password\":\"Taken-over1\"}");

        assertThat(r.status()).isEqualTo(403);
        assertThat(audit.status()).isEqualTo(403);
        assertThat(hashOf("secadmin")).isEqualTo(before);
        assertThat(new Api.Builder(port).basic("secadmin", "Taken-over1").build().get("/api/v1/security/roles")
                .status()).isEqualTo(401);
    }

    @Test
    void the_system_administrator_cannot_disable_or_demote_the_auditor() {
        Api.Response r = api("admin").putJson("/api/v1/users/" + userId("auditor"), """
                {"displayName":"审计管理员","homeUnitId":%d,"roles":["AUDIT_ADMIN"],"enabled":false}"""
                .formatted(data.district().id()));
        Api.Response demote = api("admin").putJson("/api/v1/users/" + userId("auditor"), """
                {"displayName":"审计管理员","homeUnitId":%d,"roles":["LEADER"]}""".formatted(data.district().id()));

        assertThat(r.status()).isEqualTo(403);
        assertThat(demote.status()).isEqualTo(403);
        assertThat(api("auditor").get("/api/v1/audit/events?size=1").status()).isEqualTo(200);
    }

    @Test
    void a_system_administrator_grants_no_administrator_role_and_a_town_administrator_neither() {
        Api.Response newAuditor = api("admin").postJson("/api/v1/users", """
                {"username":"shadow-auditor","displayName":"影子审计员","homeUnitId":%d,
                 "roles":["AUDIT_ADMIN"],"password":"Shadow-2024x"}""".formatted(data.district().id()));
        Api.Response townSecurity = api("t2-admin").postJson("/api/v1/users", """
                {"username":"t2-shadow","displayName":"影子安全员","homeUnitId":%d,
                 "roles":["SECURITY_ADMIN"],"password":"Shadow-2024x"}""".formatted(data.secondTown().id()));
        Api.Response promote = api("t2-admin").putJson("/api/v1/users/" + userId("t2-clerk"), """
                {"displayName":"示例镇公开专员","homeUnitId":%d,"roles":["SYSTEM_ADMIN"]}"""
                .formatted(data.unit(data.secondTown(), "政务公开办公室").id()));

        assertThat(newAuditor.status()).isEqualTo(403);
        assertThat(townSecurity.status()).isEqualTo(403);
        assertThat(promote.status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from app_user where username in ('shadow-auditor', "
                + "'t2-shadow')", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from app_user_role r join app_user u on u.id = r.user_id "
                + "where u.username = 't2-clerk' and r.role = 'SYSTEM_ADMIN'", Long.class)).isZero();
    }

    @Test
    void a_refused_account_is_refused_for_the_role_even_with_a_weak_password() {
        Api.Response weak = api("t2-admin").postJson("/api/v1/users", """
                {"username":"t2-weak","displayName":"弱口令安全员","homeUnitId":%d,
                 "roles":["SECURITY_ADMIN"],"password":"1"}""".formatted(data.secondTown().id()));

        assertThat(weak.status()).as("the role is what is refused, not the password").isEqualTo(403);
    }

    @Test
    void the_security_administrator_keeps_administrator_accounts_but_not_business_ones() {
        Api.Response created = api("secadmin").postJson("/api/v1/users", """
                {"username":"auditor-two","displayName":"第二审计员","homeUnitId":%d,
                 "roles":["AUDIT_ADMIN"],"password":"Audit-2024x"}""".formatted(data.district().id()));
        long id = created.json().get("id").asLong();
        Api.Response disabled = api("secadmin").putJson("/api/v1/users/" + id, """
                {"displayName":"第二审计员","homeUnitId":%d,"roles":["AUDIT_ADMIN"],"enabled":false}"""
                .formatted(data.district().id()));
        Api.Response business = api("secadmin").postJson("/api/v1/users/" + userId("leader") + "/password",
                "{\"password\":\"Leader-2024x\"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(disabled.status()).isEqualTo(200);
        assertThat(business.status()).isEqualTo(403);
        JsonNode events = api("auditor").get("/api/v1/audit/events?action=SECURITY:&entityType=AppUser&size=200")
                .json().get("items");
        assertThat(events.findValuesAsString("action")).contains("SECURITY:ACCOUNT_CREATE",
                "SECURITY:ACCOUNT_DISABLE");
        assertThat(events.findValuesAsString("actor")).contains("secadmin");
    }

    @Test
    void the_password_policy_and_role_permissions_are_changed_only_by_the_installations_security_administrator() {
        api("secadmin").postJson("/api/v1/users", """
                {"username":"t2-secadmin","displayName":"示例镇安全员","homeUnitId":%d,
                 "roles":["SECURITY_ADMIN"],"password":"Secure-2024x"}""".formatted(data.secondTown().id()));
        Api townSecurity = new Api.Builder(port).basic("t2-secadmin", "Secure-2024x").build();

        Api.Response policy = townSecurity.putJson("/api/v1/security/password-policy", """
                {"minLength":8,"requireLetterAndDigit":false,"maxFailedAttempts":10,"lockMinutes":1,
                 "sessionTimeoutMinutes":480,"maxAgeDays":0}""");
        Api.Response grant = townSecurity.putJson("/api/v1/security/roles/COUNSEL",
                "{\"permissions\":[\"STAFF_BASIC\",\"FILE_READ\",\"ENFORCEMENT_READ\",\"ENFORCEMENT_WRITE\"]}");

        assertThat(policy.status()).isEqualTo(403);
        assertThat(grant.status()).isEqualTo(403);
        assertThat(api("secadmin").get("/api/v1/security/password-policy").json().get("requireLetterAndDigit")
                .asBoolean()).isTrue();
    }

    @Test
    void a_policy_change_is_a_security_event_the_auditor_sees() {
        JsonNode current = api("secadmin").get("/api/v1/security/password-policy").json();
        int minutes = current.get("sessionTimeoutMinutes").asInt();
        String changed = current.toString().replace("\"sessionTimeoutMinutes\":" + minutes,
                "\"sessionTimeoutMinutes\":" + (minutes < 480 ? minutes + 1 : minutes - 1));

        assertThat(api("secadmin").putJson("/api/v1/security/password-policy", changed).status()).isEqualTo(200);

        JsonNode events = api("auditor").get("/api/v1/audit/events?action=SECURITY:POLICY_CHANGE&size=5").json();
        assertThat(events.get("total").asLong()).isPositive();
        assertThat(events.get("items").get(0).get("actor").asString()).isEqualTo("secadmin");
    }
}
