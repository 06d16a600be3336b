package org.fazhi.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OrgUnitApiTest extends IntegrationTest {

    private static List<String> names(Api.Response r) {
        List<String> names = new ArrayList<>();
        for (JsonNode n : r.json()) {
            names.add(n.get("name").asString());
        }
        return names;
    }

    @Test
    void the_district_administrator_sees_the_whole_tree_of_haimen() {
        Api.Response r = api("admin").get("/api/v1/org-units");

        assertThat(r.status()).isEqualTo(200);
        assertThat(names(r)).contains("海门区", "三星镇", "林西村", "司法所", "综合行政执法局", "示例镇");
        List<String> sanxingVillages = new ArrayList<>();
        for (JsonNode n : r.json()) {
            if ("VILLAGE".equals(n.get("type").asString())
                    && n.get("parentId").asLong() == data.sanxing().id()) {
                sanxingVillages.add(n.get("name").asString());
            }
        }
        // other tests may import further villages into the shared test database: the demo's 26 are all there
        assertThat(sanxingVillages).contains("林西村", "叠石桥社区", "家纺城社区").hasSizeGreaterThanOrEqualTo(26);
    }

    @Test
    void a_town_user_sees_only_the_units_of_their_town() {
        List<String> names = names(api("leader").get("/api/v1/org-units"));

        assertThat(names).contains("三星镇", "林西村", "司法所").doesNotContain("示例镇", "示例一村", "海门区");
    }

    @Test
    void a_village_user_sees_only_their_village() {
        assertThat(names(api("village-mediator").get("/api/v1/org-units"))).containsExactly("林西村");
    }

    @Test
    void a_user_of_the_second_town_sees_none_of_sanxing() {
        List<String> names = names(api("t2-clerk").get("/api/v1/org-units"));

        assertThat(names).contains("示例镇").doesNotContain("三星镇", "林西村");
    }

    @Test
    void each_unit_carries_id_name_type_and_parent() {
        JsonNode first = api("leader").get("/api/v1/org-units").json().get(0);

        assertThat(first.has("id")).isTrue();
        assertThat(first.get("name").asString()).isEqualTo("三星镇");
        assertThat(first.get("type").asString()).isEqualTo("TOWN");
        assertThat(first.get("parentId").asLong()).isEqualTo(data.district().id());
    }

    @Test
    void an_api_call_without_credentials_is_answered_401_as_problem_details_without_a_basic_challenge() {
        Api.Response r = anonymous().get("/api/v1/org-units");

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.header("WWW-Authenticate")).isNull();
        assertThat(r.json().get("detail").asString()).contains("请先登录");
    }

    @Test
    void a_wrong_password_is_answered_401() {
        Api.Response r = new Api.Builder(port).basic("leader", "wrong-password").build().get("/api/v1/org-units");

        assertThat(r.status()).isEqualTo(401);
    }
}
