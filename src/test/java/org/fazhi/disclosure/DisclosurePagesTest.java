package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;

/** The dashboard section and the portal pages of 政务公开, as people reach them. */
class DisclosurePagesTest extends IntegrationTest {

    @Test
    void the_clerks_dashboard_section_lists_open_applications_and_the_late_catalogue_item() {
        HttpResponse<String> r = StaffSession.signIn(baseUrl(), "clerk", PASSWORD).get("/disclosure/dashboard");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("section-disclosure", "依申请公开〔", "集体土地征收补偿安置方案");
    }

    @Test
    void the_second_towns_clerk_sees_nothing_of_sanxing_on_the_dashboard() {
        HttpResponse<String> r = StaffSession.signIn(baseUrl(), "t2-clerk", PASSWORD).get("/disclosure/dashboard");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("示例镇依申请公开").doesNotContain("三星镇依申请公开", "集体土地征收");
    }

    @Test
    void a_tracking_page_with_an_unknown_code_says_so() {
        HttpResponse<String> r = StaffSession.signIn(baseUrl(), "clerk", PASSWORD)
                .get(data.portal(data.sanxing(), "disclosure/track") + "?code=ZZZZ-ZZZZ-ZZZZ");

        assertThat(r.body()).contains("track-not-found");
    }
}
