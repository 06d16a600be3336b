package org.fazhi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;

/**
 * 三员分立: the administrators run the system, they do not read its business records. The deadline register names
 * cases, parties, officers and certificate numbers, and the officer register names officers, their ID numbers and
 * certificates, so neither their APIs, their pages nor their dashboard sections are open to the system, security or
 * audit administrator — of the district or of a town. Each is tried as an attacker would: straight at the URL.
 */
class AdministratorsSeeNoBusinessDataTest extends IntegrationTest {

    private static final List<String> ADMINISTRATORS = List.of("admin", "secadmin", "auditor", "t2-admin");

    @Test
    void no_administrator_reads_the_deadline_register_through_the_api() {
        long someClock = api("reviewer").get("/api/v1/deadlines?status=ALL&size=1").json().get("items").get(0)
                .get("id").asLong();
        for (String admin : ADMINISTRATORS) {
            assertThat(api(admin).get("/api/v1/deadlines").status()).as(admin).isEqualTo(403);
            assertThat(api(admin).get("/api/v1/deadlines?status=ALL&mine=false").status()).as(admin).isEqualTo(403);
            assertThat(api(admin).get("/api/v1/deadlines/" + someClock).status()).as(admin).isEqualTo(403);
        }
    }

    @Test
    void no_administrator_sees_the_deadline_pages_or_the_dashboard_section() {
        for (String admin : ADMINISTRATORS) {
            StaffSession s = StaffSession.signIn(baseUrl(), admin, PASSWORD);
            assertThat(s.get("/deadlines").statusCode()).as(admin).isEqualTo(403);
            assertThat(s.get("/deadlines/fragment").statusCode()).as(admin).isEqualTo(403);
            HttpResponse<String> dashboard = s.get("/dashboard");
            assertThat(dashboard.statusCode()).as(admin).isEqualTo(200);
            assertThat(dashboard.body()).as(admin).doesNotContain("/deadlines/fragment")
                    .doesNotContain("href=\"/deadlines\"");
        }
    }

    @Test
    void no_administrator_reads_the_officer_register_through_the_api() {
        long someOfficer = api("reviewer").get("/api/v1/officers").json().get(0).get("id").asLong();
        for (String admin : ADMINISTRATORS) {
            assertThat(api(admin).get("/api/v1/officers").status()).as(admin).isEqualTo(403);
            assertThat(api(admin).get("/api/v1/officers/" + someOfficer).status()).as(admin).isEqualTo(403);
            assertThat(api(admin).get("/api/v1/officers/export.xlsx").status()).as(admin).isEqualTo(403);
        }
    }

    @Test
    void no_administrator_opens_or_changes_the_officer_pages() {
        long someOfficer = api("reviewer").get("/api/v1/officers").json().get(0).get("id").asLong();
        for (String admin : ADMINISTRATORS) {
            StaffSession s = StaffSession.signIn(baseUrl(), admin, PASSWORD);
            assertThat(s.get("/officers").statusCode()).as(admin).isEqualTo(403);
            assertThat(s.get("/officers/" + someOfficer).statusCode()).as(admin).isEqualTo(403);
            assertThat(s.postForm("/officers", java.util.Map.of("name", "管理员登记（示例）",
                    "idNumber", "320601199001019999", "category", "综合行政执法")).statusCode()).as(admin)
                    .isEqualTo(403);
            assertThat(s.get("/dashboard").body()).as(admin).doesNotContain("href=\"/officers\"");
        }
    }

    @Test
    void the_administrators_dashboards_load_no_business_section() {
        for (String admin : ADMINISTRATORS) {
            String dashboard = StaffSession.signIn(baseUrl(), admin, PASSWORD).get("/dashboard").body();
            assertThat(dashboard).as(admin).doesNotContain("/deadlines/fragment", "/dashboard/sections/enforcement",
                    "/dashboard/sections/publications", "/mediation/section", "/disclosure/dashboard");
        }
    }

    @Test
    void a_business_role_reads_in_the_register_only_the_clocks_of_records_it_may_read() {
        // an enforcement officer holds no MEDIATION_READ or DISCLOSURE_READ: the town's disputes and applications are
        // not theirs to read, and neither are their clocks, though the register shows the officer the whole town
        String disputes = "/api/v1/deadlines?status=ALL&size=100&q="
                + java.net.URLEncoder.encode("调解", java.nio.charset.StandardCharsets.UTF_8);
        String applications = "/api/v1/deadlines?status=ALL&size=100&q="
                + java.net.URLEncoder.encode("公开", java.nio.charset.StandardCharsets.UTF_8);
        assertThat(types("officer1", disputes)).doesNotContain("mediation.dispute");
        assertThat(types("officer1", applications)).doesNotContain("disclosure.application", "disclosure.item");
        assertThat(types("leader", disputes)).contains("mediation.dispute");
        assertThat(types("leader", applications)).contains("disclosure.application");
    }

    private List<String> types(String user, String path) {
        List<String> types = new java.util.ArrayList<>();
        api(user).get(path).json().get("items").forEach(i -> types.add(i.get("subjectType").asString()));
        return types;
    }

    @Test
    void business_roles_keep_the_register() {
        for (String user : List.of("leader", "reviewer", "officer1", "mediator", "clerk", "t2-clerk")) {
            assertThat(api(user).get("/api/v1/deadlines").status()).as(user).isEqualTo(200);
        }
        assertThat(api("reviewer").get("/api/v1/officers").status()).isEqualTo(200);
    }
}
