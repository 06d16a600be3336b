package org.fazhi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;

/**
 * 三员分立: the administrators run the system, they do not read its business records. The deadline register names
 * cases, parties, officers and certificate numbers, so neither its API, its pages nor its dashboard section are open
 * to the system, security or audit administrator — of the district or of a town.
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
    void business_roles_keep_the_register() {
        for (String user : List.of("leader", "reviewer", "officer1", "mediator", "clerk", "t2-clerk")) {
            assertThat(api(user).get("/api/v1/deadlines").status()).as(user).isEqualTo(200);
        }
    }
}
