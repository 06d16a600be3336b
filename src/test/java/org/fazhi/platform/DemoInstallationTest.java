package org.fazhi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;

/** An installation with demo data says so on every console page and on the login page. */
class DemoInstallationTest extends IntegrationTest {

    @Test
    void every_console_page_shows_the_demo_banner() {
        StaffSession leader = StaffSession.signIn(baseUrl(), "leader", PASSWORD);

        assertThat(leader.get("/dashboard").body()).contains("id=\"demo-banner\"", "演示环境");
        assertThat(leader.get("/account/password").body()).contains("id=\"demo-banner\"");
        assertThat(StaffSession.signIn(baseUrl(), "auditor", PASSWORD).get("/security/log").body())
                .contains("id=\"demo-banner\"");
    }

    @Test
    void the_login_page_warns_that_the_demo_accounts_are_public() throws Exception {
        var page = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(baseUrl() + "/login")).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(page.body()).contains("id=\"demo-banner\"", "演示账户的密码是公开的");
    }
}
