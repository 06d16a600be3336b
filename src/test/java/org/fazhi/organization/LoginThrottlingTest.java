package org.fazhi.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Login abuse: growing delays per account and per client address before a lockout, one answer whatever the reason,
 * parallel guesses counted one by one, failures in the security log (not the audit chain) for the auditor. The test
 * configuration's first delay is one second.
 */
class LoginThrottlingTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private void account(String username, String password) {
        assertThat(api("admin").postJson("/api/v1/users", """
                {"username":"%s","displayName":"登录测试","homeUnitId":%d,"roles":["COUNSEL"],"password":"%s"}"""
                .formatted(username, data.sanxing().id(), password)).status()).isEqualTo(201);
    }

    private HttpResponse<String> basic(String username, String password, String forwardedFor) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/org-units"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        if (forwardedFor != null) {
            b.header("X-Forwarded-For", forwardedFor);
        }
        return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A form login; answers where the browser is sent next. */
    private String formLogin(String username, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String page = browser.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).isTrue();
        String body = "username=" + username + "&password=" + password + "&_csrf=" + m.group(1);
        return browser.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString())
                .headers().firstValue("Location").orElse("");
    }

    private long securityLogRows(String username, String kind) {
        return jdbc.queryForObject("select count(*) from security_log where username = ? and kind = ?", Long.class,
                username, kind);
    }

    @Test
    void after_two_failures_even_the_right_password_must_wait_and_the_wait_grows() throws Exception {
        account("slowed", "Slowed-2024x");

        basic("slowed", "wrong-1", null);
        basic("slowed", "wrong-2", null);

        assertThat(basic("slowed", "Slowed-2024x", null).statusCode()).isEqualTo(401);
        Thread.sleep(1100);
        assertThat(basic("slowed", "wrong-3", null).statusCode()).isEqualTo(401);
        Thread.sleep(1100);
        assertThat(basic("slowed", "Slowed-2024x", null).statusCode()).as("the second wait is two seconds")
                .isEqualTo(401);
        Thread.sleep(1100);
        assertThat(basic("slowed", "Slowed-2024x", null).statusCode()).isEqualTo(200);
        assertThat(securityLogRows("slowed", "LOGIN_THROTTLED")).isPositive();
    }

    @Test
    void a_locked_account_an_unknown_name_and_a_wrong_password_get_the_same_answer() throws Exception {
        account("locked-one", "Locked-2024x");
        jdbc.update("update app_user set locked_until = ? where username = 'locked-one'",
                java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(3600)));
        account("plain-one", "Plain-2024x");

        HttpResponse<String> locked = basic("locked-one", "Locked-2024x", null);
        HttpResponse<String> unknown = basic("nobody-here", "Locked-2024x", null);
        HttpResponse<String> wrong = basic("plain-one", "not-it-2024", null);

        assertThat(List.of(locked.statusCode(), unknown.statusCode(), wrong.statusCode())).containsOnly(401);
        assertThat(locked.body().replace("locked-one", "")).isEqualTo(unknown.body().replace("nobody-here", ""));
        assertThat(wrong.body()).isEqualTo(unknown.body());
        assertThat(formLogin("locked-one", "Locked-2024x")).endsWith("/login?error");
        assertThat(formLogin("nobody-else", "Locked-2024x")).endsWith("/login?error");
        assertThat(formLogin("plain-one", "not-it-2024")).endsWith("/login?error");
        assertThat(securityLogRows("locked-one", "LOGIN_LOCKED")).isEqualTo(2);
    }

    @Test
    void parallel_wrong_passwords_are_counted_one_by_one_and_never_answer_500() throws Exception {
        account("raced", "Raced-2024x");
        List<Future<Integer>> answers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            for (int i = 0; i < 24; i++) {
                int n = i;
                answers.add(pool.submit(() -> basic("raced", "guess-" + n, null).statusCode()));
            }
            for (Future<Integer> a : answers) {
                assertThat(a.get()).isEqualTo(401);
            }
        } finally {
            pool.shutdownNow();
        }

        // the first two guesses were checked; every later one came within the wait and was refused unchecked
        assertThat(securityLogRows("raced", "LOGIN_FAILED")).isEqualTo(2);
        Thread.sleep(1100);
        assertThat(basic("raced", "Raced-2024x", null).statusCode()).isEqualTo(200);
    }

    @Test
    void many_failures_from_one_address_slow_down_every_account_from_there_and_a_forged_forwarded_for_does_not_help()
            throws Exception {
        account("bystander", "Bystander-2024x");

        for (int i = 0; i < 20; i++) {
            basic("spray-" + i, "Spray-2024x", "203.0.113." + i);
        }

        assertThat(basic("bystander", "Bystander-2024x", "198.51.100.7").statusCode()).isEqualTo(401);
        Thread.sleep(1100);
        assertThat(basic("bystander", "Bystander-2024x", null).statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForList("select distinct client_address from security_log where username like 'spray-%'",
                String.class)).doesNotContain("203.0.113.1");
    }

    @Test
    void failed_logins_go_to_the_security_log_which_the_auditor_reads_and_not_to_the_audit_chain() throws Exception {
        account("careless", "Careless-2024x");
        long auditEvents = jdbc.queryForObject("select count(*) from audit_event", Long.class);

        basic("careless", "oops-2024", null);

        assertThat(jdbc.queryForObject("select count(*) from audit_event", Long.class)).isEqualTo(auditEvents);
        Api.Response log = api("auditor").get("/api/v1/security/log?username=careless");
        assertThat(log.status()).isEqualTo(200);
        assertThat(log.json().get("items").get(0).get("kind").asString()).isEqualTo("LOGIN_FAILED");
        assertThat(api("leader").get("/api/v1/security/log").status()).isEqualTo(403);
        assertThat(api("secadmin").get("/api/v1/security/log").status()).isEqualTo(403);
    }
}
