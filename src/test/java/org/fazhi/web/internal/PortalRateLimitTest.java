package org.fazhi.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The portal's searches and tracking pages are limited per client address like the public API, in the same windows:
 * the N+1th request of a minute from one address gets a friendly page (429), other addresses are served; the client
 * address is never taken from {@code X-Forwarded-For} unless the request comes from a configured trusted proxy.
 */
class PortalRateLimitTest extends IntegrationTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    RateLimiter limiter;
    @Autowired
    Clock clock;
    @Autowired
    ServerProperties server;

    private MockMvc mvc;

    @BeforeEach
    void setUp() throws InterruptedException {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        // the windows are whole minutes: start well inside one, so that the N requests below fall into the same
        long intoMinute = clock.millis() % 60_000;
        if (intoMinute > 50_000) {
            Thread.sleep(60_000 - intoMinute + 200);
        }
    }

    private MockHttpServletResponse search(String address) throws Exception {
        String path = data.portal(data.sanxing(), "search") + "?q=" + URLEncoder.encode("罚款", StandardCharsets.UTF_8);
        return mvc.perform(get(URI.create(path)).header("Accept-Language", "zh-CN").with(rq -> {
            rq.setRemoteAddr(address);
            return rq;
        })).andReturn().getResponse();
    }

    /** Uses up all but the last of the address's reads of this minute, as N-1 earlier requests would have. */
    private void readAllButOne(String address) {
        for (int i = 1; i < limiter.readsPerMinute(); i++) {
            assertThat(limiter.allow(address, false)).isTrue();
        }
    }

    @Test
    void the_search_after_the_last_allowed_one_from_one_address_gets_a_friendly_page() throws Exception {
        readAllButOne("198.51.100.21");

        MockHttpServletResponse last = search("198.51.100.21");
        MockHttpServletResponse refused = search("198.51.100.21");

        assertThat(last.getStatus()).isEqualTo(200);
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentType()).startsWith("text/html");
        assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("请求过于频繁", "请稍等一分钟后再试",
                "返回首页", "fz-large-toggle", "lang-en").doesNotContain("\"status\"");
        assertThat(search("198.51.100.22").getStatus()).as("another address").isEqualTo(200);
    }

    @Test
    void the_portal_and_the_public_api_count_in_the_same_window() throws Exception {
        readAllButOne("198.51.100.31");

        assertThat(search("198.51.100.31").getStatus()).isEqualTo(200);
        MockHttpServletResponse api = mvc.perform(get("/api/public/v1/towns").with(rq -> {
            rq.setRemoteAddr("198.51.100.31");
            return rq;
        })).andReturn().getResponse();

        assertThat(api.getStatus()).isEqualTo(429);
        assertThat(api.getContentType()).startsWith("application/problem+json");
        assertThat(api.getContentAsString(StandardCharsets.UTF_8)).contains("查询过于频繁");
    }

    @Test
    void a_tracking_page_is_limited_too() throws Exception {
        readAllButOne("198.51.100.41");
        String track = data.portal(data.secondTown(), "mediation/track") + "?code=AAAA-BBBB-CCCC";

        int last = mvc.perform(get(URI.create(track)).with(rq -> {
            rq.setRemoteAddr("198.51.100.41");
            return rq;
        })).andReturn().getResponse().getStatus();
        int refused = mvc.perform(get(URI.create(track)).with(rq -> {
            rq.setRemoteAddr("198.51.100.41");
            return rq;
        })).andReturn().getResponse().getStatus();

        assertThat(last).isEqualTo(200);
        assertThat(refused).isEqualTo(429);
    }

    @Test
    void a_forwarded_address_from_a_client_that_is_no_trusted_proxy_is_ignored() throws Exception {
        // the address the header names has used up its minute; the request itself comes from 127.0.0.1
        readAllButOne("203.0.113.9");
        assertThat(limiter.allow("203.0.113.9", false)).isTrue();
        assertThat(limiter.allow("203.0.113.9", false)).isFalse();

        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl()
                        + data.portal(data.sanxing(), "search") + "?q=%E5%8D%A0%E9%81%93"))
                .header("X-Forwarded-For", "203.0.113.9").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(200);
        // nor does Spring Boot install a proxy valve of its own (it would on a detected cloud platform)
        assertThat(server.getForwardHeadersStrategy()).isEqualTo(ServerProperties.ForwardHeadersStrategy.NONE);
    }
}
