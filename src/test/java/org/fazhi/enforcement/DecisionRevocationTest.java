package org.fazhi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.deadline.OfficialCalendars;
import org.fazhi.deadline.WorkingCalendar;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.publication.internal.PublicationService;
import org.fazhi.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * 《行政处罚法》第48条: a decision changed, revoked, confirmed unlawful or void stops every clock of its case, whatever the
 * state of its publication — pending, published, withheld (a minor) or taken down — and the publication does what its
 * state allows: cancelled, withdrawn within 3 working days (第85条), or nothing to withdraw with the reason kept. The
 * year's publication figures count each as what it is.
 */
class DecisionRevocationTest extends DecidedCaseTest {

    private final WorkingCalendar cal = OfficialCalendars.shipped();

    @Autowired
    PublicationService publications;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    /** A case decided and served: decided 6 days after filing, served the day after. */
    private record Served(long id, String caseNumber, LocalDate decidedOn, LocalDate servedOn) {
    }

    private Served decidedAndServed(String title, String party) {
        LocalDate filedOn = today.minusDays(40);
        long id = readyToDecide(title, filedOn, party, "在示例路占道摆摊");
        LocalDate decidedOn = filedOn.plusDays(6);
        Api.Response decided = decide(id, decidedOn);
        ok(decided);
        serve(id, decidedOn.plusDays(1));
        assertThat(openClocks(id)).as("clocks running after service").isNotEmpty();
        return new Served(id, decided.json().get("caseNumber").asString(), decidedOn, decidedOn.plusDays(1));
    }

    /** The case's clocks that still run or may run again. */
    private List<String> openClocks(long id) {
        List<String> open = new ArrayList<>();
        for (JsonNode c : clocks(id)) {
            if (!List.of("MET", "STOPPED").contains(c.get("status").asString())) {
                open.add(c.get("title").asString() + ":" + c.get("status").asString());
            }
        }
        return open;
    }

    private void revokedAndStopped(Served c, LocalDate on, String reason) {
        Api.Response r = revoke(c.id(), on, reason);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(caseInfo(c.id()).get("revokedOn").asString()).isEqualTo(on.toString());
        assertThat(openClocks(c.id())).isEmpty();
    }

    /** The change of each figure of the year between two readings. */
    private static long delta(JsonNode before, JsonNode after, String figure) {
        return after.get(figure).asLong() - before.get(figure).asLong();
    }

    @Test
    void a_decision_revoked_while_its_publication_waits_for_review_stops_its_clocks_and_cancels_the_publication() {
        JsonNode before = figures(today.minusDays(34).getYear());
        Served c = decidedAndServed("撤销待审核公示测试案", ADULT);
        assertThat(publicationOf(c.caseNumber()).get("status").asString()).isEqualTo("PENDING_REVIEW");

        // revoked before the publication was due (7 working days after the decision)
        revokedAndStopped(c, c.servedOn().plusDays(1), "经行政复议撤销原处罚决定");

        JsonNode p = publicationOf(c.caseNumber());
        assertThat(p.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(p.get("withdrawalReason").asString()).isEqualTo("经行政复议撤销原处罚决定");
        assertThat(p.get("withdrawalDueOn").isNull()).isTrue();
        JsonNode after = figures(c.decidedOn().getYear());
        assertThat(delta(before, after, "revoked")).isEqualTo(1);
        assertThat(delta(before, after, "publishedOnTime") + delta(before, after, "publishedLate")).isZero();
        assertThat(delta(before, after, "withdrawn")).isZero();
        assertThat(delta(before, after, "withheld")).isZero();
    }

    @Test
    void a_published_decision_revoked_stops_its_clocks_and_is_withdrawn_within_three_working_days() {
        Served c = decidedAndServed("撤销已公示测试案", ADULT);
        long publication = publicationOf(c.caseNumber()).get("id").asLong();
        ok(api("reviewer").postJson("/api/v1/publications/" + publication + "/confirm", "{}"));
        JsonNode before = figures(c.decidedOn().getYear());

        revokedAndStopped(c, today, "原处罚决定被人民法院判决撤销");

        JsonNode p = publicationOf(c.caseNumber());
        assertThat(p.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(p.get("withdrawalDueOn").asString()).isEqualTo(cal.addWorkingDays(today, 3).toString());
        ok(api("reviewer").postJson("/api/v1/publications/" + publication + "/withdraw", "{}"));
        JsonNode stub = publicSearch(c.caseNumber()).get("items").get(0);
        assertThat(stub.get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(stub.get("withdrawalReason").asString()).isEqualTo("原处罚决定被人民法院判决撤销");
        JsonNode after = figures(c.decidedOn().getYear());
        assertThat(delta(before, after, "revoked")).isEqualTo(1);
        assertThat(delta(before, after, "withdrawn")).isEqualTo(1);
        assertThat(delta(before, after, "publishedOnTime") + delta(before, after, "publishedLate")).isZero();
        assertThat(delta(before, after, "withheld")).isZero();
    }

    @Test
    void a_decision_withheld_for_a_minor_and_revoked_stops_its_clocks_and_has_nothing_to_withdraw() {
        JsonNode before = figures(today.minusDays(34).getYear());
        // born 2010-03-03: a minor whatever the day of the violation
        Served c = decidedAndServed("撤销未成年人决定测试案", "\"partyIdNumber\": \"320602201003031234\"");
        assertThat(publicationOf(c.caseNumber()).get("status").asString()).isEqualTo("WITHHELD");

        revokedAndStopped(c, c.servedOn().plusDays(1), "原处罚决定被确认无效");

        JsonNode p = publicationOf(c.caseNumber());
        assertThat(p.get("status").asString()).isEqualTo("WITHHELD");
        assertThat(p.get("revokedOn").asString()).isEqualTo(c.servedOn().plusDays(1).toString());
        assertThat(p.get("withdrawalReason").asString()).isEqualTo("原处罚决定被确认无效");
        assertThat(p.get("withdrawalDueOn").isNull()).isTrue();
        assertThat(publicSearch(c.caseNumber()).get("total").asLong()).isZero();
        JsonNode after = figures(c.decidedOn().getYear());
        assertThat(delta(before, after, "revoked")).isEqualTo(1);
        assertThat(delta(before, after, "withheld")).isEqualTo(1);
        assertThat(delta(before, after, "withdrawn")).isZero();
        assertThat(delta(before, after, "publishedOnTime") + delta(before, after, "publishedLate")).isZero();
    }

    @Test
    void a_decision_revoked_after_its_publication_was_taken_down_stops_its_clocks_and_has_nothing_to_withdraw() {
        Served c = decidedAndServed("撤销已下架决定测试案", ADULT);
        long publication = publicationOf(c.caseNumber()).get("id").asLong();
        ok(api("reviewer").postJson("/api/v1/publications/" + publication + "/confirm", "{}"));
        // as if published on 2020-01-02: two years for a natural person, public through 2022-01-02
        jdbc.update("update publication set published_on = ? where id = ?", LocalDate.of(2020, 1, 2), publication);
        DataScope.asSystem(() -> new TransactionTemplate(transactionManager)
                .execute(s -> publications.takeDownExpired(LocalDate.of(2022, 1, 10))));
        assertThat(publicationOf(c.caseNumber()).get("status").asString()).isEqualTo("TAKEN_DOWN");
        JsonNode before = figures(c.decidedOn().getYear());

        revokedAndStopped(c, today, "经行政复议变更原处罚决定");

        JsonNode p = publicationOf(c.caseNumber());
        assertThat(p.get("status").asString()).isEqualTo("TAKEN_DOWN");
        assertThat(p.get("withdrawalReason").asString()).isEqualTo("经行政复议变更原处罚决定");
        assertThat(p.get("withdrawalDueOn").isNull()).isTrue();
        JsonNode after = figures(c.decidedOn().getYear());
        assertThat(delta(before, after, "revoked")).isEqualTo(1);
        assertThat(delta(before, after, "withdrawn")).isZero();
        assertThat(delta(before, after, "withheld")).isZero();
        assertThat(delta(before, after, "publishedOnTime") + delta(before, after, "publishedLate")).isZero();
        String page = org.fazhi.support.StaffSession.signIn(baseUrl(), "reviewer", PASSWORD)
                .get("/publications/" + publication).body();
        assertThat(page).contains("经行政复议变更原处罚决定", "无需撤回");
    }
}
