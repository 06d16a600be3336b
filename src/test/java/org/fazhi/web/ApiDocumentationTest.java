package org.fazhi.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;

/**
 * The API description lists every staff endpoint, so it and Swagger UI are for signed-in staff; the public API has
 * its own description, open to everyone and linked from the portal.
 */
class ApiDocumentationTest extends IntegrationTest {

    @Test
    void anonymous_callers_get_neither_the_staff_description_nor_swagger_ui() {
        assertThat(anonymous().get("/v3/api-docs").status()).isEqualTo(401);
        assertThat(anonymous().get("/v3/api-docs/staff").status()).isEqualTo(401);
        assertThat(anonymous().get("/v3/api-docs/swagger-config").status()).isEqualTo(401);
        assertThat(anonymous().get("/swagger-ui.html").status()).isIn(302, 401);
        assertThat(anonymous().get("/swagger-ui/index.html").status()).isIn(302, 401);
    }

    @Test
    void signed_in_staff_read_the_staff_description() {
        Api.Response r = api("leader").get("/v3/api-docs/staff");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("paths").has("/api/v1/deadlines")).isTrue();
        assertThat(StaffSession.signIn(baseUrl(), "leader", PASSWORD).get("/swagger-ui/index.html").statusCode())
                .isEqualTo(200);
    }

    @Test
    void everyone_reads_the_public_description_which_lists_only_public_endpoints() {
        Api.Response r = anonymous().get("/v3/api-docs/public");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("paths").propertyNames()).isNotEmpty()
                .allSatisfy(path -> assertThat(path).startsWith("/api/public/"));
    }

    @Test
    void the_portal_links_the_public_description() {
        assertThat(anonymous().get("/").body()).contains("href=\"/v3/api-docs/public\"");
    }
}
