package org.fazhi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Requests an attacker sends to make the server stumble: the firewall's refusals ({@code ;}, {@code ..}), the error
 * page asked for directly, a NUL byte in a search, LIKE wildcards. Each is a complete 4xx answer — problem details
 * for the API, the error page for people — with one log line and no stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class RequestsThatBreakTheServerTest extends IntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    /** A response read whole, as sent: a cut-off body fails here (the client reports it, or the length differs). */
    private record Raw(int status, String contentType, String body) {
    }

    private Raw raw(String path, String accept, String user) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Accept", accept);
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<byte[]> r = http.send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        r.headers().firstValueAsLong("Content-Length").ifPresent(n -> assertThat((long) r.body().length)
                .as("the whole body announced").isEqualTo(n));
        return new Raw(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                new String(r.body(), StandardCharsets.UTF_8));
    }

    private static void assertCompleteProblem(Raw r, int status) {
        assertThat(r.status()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        Api.Response parsed = new Api.Response(r.status(), r.contentType(), r.body(), null);
        assertThat(parsed.json().get("status").asInt()).isEqualTo(status);
        assertThat(parsed.json().get("detail").asString()).matches(".*\\p{IsHan}.*");
        assertThat(r.body()).endsWith("}").doesNotContain("Exception");
    }

    private static void assertQuietLog(CapturedOutput output, int before) {
        String during = output.getAll().substring(before);
        assertThat(during).doesNotContain(" ERROR ").doesNotContain("\tat ");
        assertThat(during.lines().count()).as(during).isLessThanOrEqualTo(1);
    }

    @Test
    void a_semicolon_or_dot_dot_in_an_api_url_is_a_complete_400_problem_with_one_log_line(CapturedOutput output)
            throws Exception {
        for (String path : new String[] {"/api/v1/org-units;jsessionid=x", "/api/v1/org-units/%2e%2e/users"}) {
            int before = output.getAll().length();

            Raw r = raw(path, "application/json", "admin");

            assertCompleteProblem(r, 400);
            assertQuietLog(output, before);
        }
    }

    @Test
    void a_semicolon_in_a_page_url_is_the_friendly_error_page(CapturedOutput output) throws Exception {
        int before = output.getAll().length();

        Raw r = raw("/portal;x=1", "text/html", null);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("text/html");
        assertThat(r.body()).contains("请求有误").contains("</html>").doesNotContain("Whitelabel");
        assertQuietLog(output, before);
    }

    @Test
    void the_error_page_asked_for_directly_is_not_found_not_a_server_error(CapturedOutput output)
            throws Exception {
        int before = output.getAll().length();

        Raw page = raw("/error", "text/html", null);

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("</html>");
        assertThat(output.getAll().substring(before)).doesNotContain(" ERROR ").doesNotContain("\tat ");
    }

    @Test
    void a_nul_byte_in_a_search_is_400_not_a_data_conflict() throws Exception {
        assertCompleteProblem(raw("/api/v1/mediation/disputes?q=a%00b", "application/json", "mediator"), 400);
        assertCompleteProblem(raw("/api/v1/users?q=%00", "application/json", "admin"), 400);
    }

    @Test
    void like_wildcards_in_staff_searches_match_only_themselves() {
        assertThat(api("admin").get("/api/v1/users?q=%25").json().get("total").asLong()).isZero();
        assertThat(api("admin").get("/api/v1/users?q=_").json().get("total").asLong()).isZero();
        assertThat(api("admin").get("/api/v1/users?q=t2-").json().get("total").asLong()).isPositive();
        assertThat(api("leader").get("/api/v1/enforcement/cases?q=%25").json().get("total").asLong()).isZero();
        assertThat(api("leader").get("/api/v1/enforcement/cases?q=_").json().get("total").asLong()).isZero();
        assertThat(api("auditor").get("/api/v1/audit/events?action=%25").json().get("total").asLong()).isZero();
        assertThat(api("mediator").get("/api/v1/mediation/disputes?q=%25").json().get("total").asLong()).isZero();
        assertThat(api("reviewer").get("/api/v1/publications?q=%25").json().get("total").asLong()).isZero();
        assertThat(api("reviewer").get("/api/v1/publications?q=_").json().get("total").asLong()).isZero();
    }
}
