package org.fazhi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * 《行政处罚法》第58条第2款: the legal reviewer's qualification is attested by the town's leader or the security
 * administrator, never by the reviewer; only an existing member of the town's staff can be registered.
 */
class LegalReviewerRegistrationTest extends IntegrationTest {

    private static final String QUALIFIED = "{\"legalQualification\":true,\"firstReviewOn\":\"2023-03-01\"}";

    @Test
    void a_reviewer_cannot_certify_themselves_or_a_colleague() {
        assertThat(api("reviewer").putJson("/api/v1/enforcement/reviewers/reviewer", QUALIFIED).status())
                .isEqualTo(403);
        assertThat(api("reviewer").putJson("/api/v1/enforcement/reviewers/counsel", QUALIFIED).status())
                .isEqualTo(403);
    }

    @Test
    void the_leader_cannot_certify_themselves() {
        assertThat(api("leader").putJson("/api/v1/enforcement/reviewers/leader", QUALIFIED).status())
                .isEqualTo(403);
    }

    @Test
    void a_user_of_another_town_or_no_user_at_all_is_refused_with_a_clear_422_and_nothing_is_stored() {
        Api.Response otherTown = api("leader").putJson("/api/v1/enforcement/reviewers/t2-officer1", QUALIFIED);
        Api.Response nobody = api("leader").putJson("/api/v1/enforcement/reviewers/no-such-user", QUALIFIED);
        Api.Response again = api("leader").putJson("/api/v1/enforcement/reviewers/t2-officer1", QUALIFIED);

        assertThat(otherTown.status()).isEqualTo(422);
        assertThat(otherTown.json().get("violations").get(0).get("message").asString()).contains("不属于本镇");
        assertThat(nobody.status()).isEqualTo(422);
        assertThat(nobody.json().get("violations").get(0).get("message").asString()).contains("no-such-user");
        assertThat(again.status()).isEqualTo(422);
    }

    @Test
    void the_leader_registers_a_member_of_the_towns_staff_and_the_security_administrator_any_towns() {
        Api.Response byLeader = api("leader").putJson("/api/v1/enforcement/reviewers/clerk", QUALIFIED);
        Api.Response bySecurity = api("secadmin").putJson("/api/v1/enforcement/reviewers/t2-clerk?town="
                + data.secondTown().id(), QUALIFIED);

        assertThat(byLeader.status()).isEqualTo(200);
        assertThat(bySecurity.status()).isEqualTo(200);
        assertThat(bySecurity.json().get("legalQualification").asBoolean()).isTrue();
    }
}
