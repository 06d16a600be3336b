package org.fazhi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.fazhi.enforcement.internal.PublicationAgeRecheck;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Publications made while the minor rule took the party's age on the decision date are checked again with the age on
 * the day of the violation: a party who was a minor then is withheld, off the portal if public; others stay as they
 * are; each is checked once.
 */
class PublicationAgeRecheckTest extends DecidedCaseTest {

    @Autowired
    PublicationAgeRecheck recheck;

    @Autowired
    JdbcTemplate jdbc;

    /** Decides a case and makes its publication look as the old rule left it: published, not checked on the violation. */
    private long publishedUnderTheOldRule(String title, String party) {
        LocalDate filedOn = today.minusDays(40);
        long id = readyToDecide(title, filedOn, party, "在示例路占道摆摊");
        Api.Response decided = decide(id, filedOn.plusDays(6));
        ok(decided);
        long publication = publicationOf(decided.json().get("caseNumber").asString()).get("id").asLong();
        jdbc.update("update publication set status = 'PUBLISHED', published_on = ?, confirmed_by = 'reviewer', "
                + "withheld_ground = null, withheld_reason = null, withheld_on = null, withheld_by = null, "
                + "age_on_violation = false where id = ?", today, publication);
        return publication;
    }

    private String status(long publication) {
        return api("reviewer").get("/api/v1/publications/" + publication).json().get("status").asString();
    }

    @Test
    void a_decision_published_under_the_decision_date_rule_is_withheld_when_the_party_was_a_minor_at_the_violation() {
        LocalDate violationOn = today.minusDays(60);
        LocalDate birth = violationOn.minusYears(18).plusDays(5);
        long minor = publishedUnderTheOldRule("复核违法时未成年测试案", "\"partyIdNumber\": \""
                + org.fazhi.shared.ResidentIdNumber.withCheckCharacter("320684"
                        + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + "123")
                + "\", \"violationOn\": \"" + violationOn + "\"");
        long adult = publishedUnderTheOldRule("复核成年人测试案", ADULT);

        int withheld = DataScope.asSystem(recheck::recheck);

        assertThat(withheld).isGreaterThanOrEqualTo(1);
        assertThat(status(minor)).isEqualTo("WITHHELD");
        assertThat(api("reviewer").get("/api/v1/publications/" + minor).json().get("withheldGround").asString())
                .isEqualTo("MINOR");
        assertThat(publicSearch("复核违法时未成年测试案").get("total").asLong()).isZero();
        assertThat(status(adult)).isEqualTo("PUBLISHED");
        assertThat(jdbc.queryForObject("select count(*) from publication where age_on_violation = false "
                + "and id in (?, ?)", Long.class, minor, adult)).isZero();
        assertThat(DataScope.asSystem(recheck::recheck)).isZero();
    }
}
