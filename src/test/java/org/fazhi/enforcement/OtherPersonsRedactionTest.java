package org.fazhi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.fazhi.support.Api;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Provincial rules on publishing penalty decisions online: the names of natural persons other than the party are never
 * published. A case records its agents (委托代理人), witnesses (证人) and victims (被害人); when its decision goes to
 * publication, every name the case knows is masked in the texts like the party's (surname + 某), and ID and phone
 * numbers typed with full-width digits are hidden too.
 */
class OtherPersonsRedactionTest extends DecidedCaseTest {

    private static final String FACTS = "王五（测试）在示例路占道摆摊，推车撞伤路人钱多多，证人孙悟空在场目睹；"
            + "委托代理人周星驰代为陈述申辩，联系电话１３９１２３４５６７８，身份证号３２０６８４１９８８０８０８１２３Ｘ。";

    private Api.Response addPerson(String user, long id, String role, String name) {
        return api(user).postJson(CASES + "/" + id + "/persons", "{\"role\":\"" + role + "\",\"name\":\"" + name + "\"}");
    }

    @Test
    void the_names_of_agents_witnesses_and_victims_are_masked_in_the_published_facts_like_the_partys() {
        LocalDate filedOn = today.minusDays(40);
        long id = file("其他人员脱敏测试案", filedOn, ADULT, FACTS);
        assertThat(addPerson("officer1", id, "VICTIM", "钱多多").status()).isEqualTo(201);
        assertThat(addPerson("officer1", id, "WITNESS", "孙悟空").status()).isEqualTo(201);
        assertThat(addPerson("officer1", id, "AGENT", "周星驰").status()).isEqualTo(201);
        throughReview(id, filedOn);

        Api.Response decided = decide(id, filedOn.plusDays(6));

        ok(decided);
        JsonNode p = publicationOf(decided.json().get("caseNumber").asString());
        assertThat(p.get("violation").asString()).contains("王某", "路人钱某", "证人孙某", "委托代理人周某", "＊＊＊")
                .doesNotContain("钱多多", "孙悟空", "周星驰", "１３９１２３４５６７８", "３２０６８４");
        assertThat(api("leader").get(CASES + "/" + id).json().get("persons")).hasSize(3);
    }

    @Test
    void a_person_recorded_after_the_decision_is_masked_in_its_publication_at_once() {
        LocalDate filedOn = today.minusDays(40);
        long id = readyToDecide("补登记人员脱敏测试案", filedOn, ADULT, FACTS);
        Api.Response decided = decide(id, filedOn.plusDays(6));
        ok(decided);
        String caseNumber = decided.json().get("caseNumber").asString();
        assertThat(publicationOf(caseNumber).get("violation").asString()).contains("孙悟空");

        Api.Response added = addPerson("officer1", id, "WITNESS", "孙悟空");

        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("roleLabel").asString()).isEqualTo("证人");
        assertThat(publicationOf(caseNumber).get("violation").asString()).contains("证人孙某").doesNotContain("孙悟空");
    }

    @Test
    void the_case_page_lists_the_other_persons_and_refuses_one_without_a_name_next_to_the_field() {
        long id = file("人员页面测试案", today.minusDays(3), ADULT, "在示例路占道摆摊");
        StaffSession officer = StaffSession.signIn(baseUrl(), "officer1", PASSWORD);

        int added = officer.postForm("/enforcement/cases/" + id + "/persons",
                Map.of("role", "VICTIM", "name", "钱多多")).statusCode();
        String refused = officer.postForm("/enforcement/cases/" + id + "/persons",
                Map.of("role", "WITNESS", "name", " ")).body();

        assertThat(added).isEqualTo(302);
        assertThat(officer.get("/enforcement/cases/" + id).body()).contains("id=\"person-list\"", "被害人", "钱多多");
        assertThat(refused).contains("id=\"name-error\"", "请填写姓名");
        assertThat(api("counsel").postJson(CASES + "/" + id + "/persons", "{\"role\":\"WITNESS\",\"name\":\"赵云\"}")
                .status()).isEqualTo(403);
    }
}
