package org.fazhi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.sql.DataSource;
import org.fazhi.organization.FazhiUser;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Several nodes behind a load balancer share one database: a signed-in session is a row of it (Spring Session JDBC),
 * so a request that lands on another node finds the user signed in, without sticky sessions.
 */
class SessionsInDatabaseTest extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    private static String sessionId(StaffSession browser) {
        String cookie = browser.cookie("SESSION");
        assertThat(cookie).as("the session cookie").isNotNull();
        return new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
    }

    private HttpResponse<String> dashboardWithCookie(String cookie) throws Exception {
        HttpClient other = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        return other.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/dashboard")).header("Cookie",
                "SESSION=" + cookie).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_signed_in_session_is_a_row_another_node_reads_back_with_the_user_and_scope() {
        StaffSession browser = StaffSession.signIn(baseUrl(), "leader", PASSWORD);
        String id = sessionId(browser);

        assertThat(jdbc.queryForObject("select principal_name from spring_session where session_id = ?",
                String.class, id)).isEqualTo("leader");
        // another node: its own repository over the same database, nothing shared in memory
        var otherNode = new JdbcIndexedSessionRepository(new JdbcTemplate(dataSource),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
        Session session = otherNode.findById(id);
        assertThat(session).isNotNull();
        SecurityContext context = session.getAttribute("SPRING_SECURITY_CONTEXT");
        FazhiUser user = (FazhiUser) context.getAuthentication().getPrincipal();
        assertThat(user.getUsername()).isEqualTo("leader");
        assertThat(user.scope().townIds()).isNotEmpty();
        assertThat(session.getMaxInactiveInterval()).isPositive();
    }

    @Test
    void a_request_with_the_cookie_is_served_signed_in_while_the_row_exists_and_sent_to_login_once_it_is_gone()
            throws Exception {
        StaffSession browser = StaffSession.signIn(baseUrl(), "leader", PASSWORD);
        String cookie = browser.cookie("SESSION");

        HttpResponse<String> elsewhere = dashboardWithCookie(cookie);
        assertThat(elsewhere.statusCode()).isEqualTo(200);
        assertThat(elsewhere.body()).contains("logout");

        jdbc.update("delete from spring_session where session_id = ?", sessionId(browser));

        HttpResponse<String> afterwards = dashboardWithCookie(cookie);
        assertThat(afterwards.statusCode()).isEqualTo(302);
        assertThat(afterwards.headers().firstValue("Location").orElseThrow()).contains("/login");
    }
}
