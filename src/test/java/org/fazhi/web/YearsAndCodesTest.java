package org.fazhi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.fazhi.FazhiApplication;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;

/**
 * A year, an id or a code is printed as written — 2026, never "2,026" as an amount would be. A number argument of a
 * message pattern ({0}) is formatted with grouping, so years and ids are passed as text or as {0,number,#}.
 */
class YearsAndCodesTest extends IntegrationTest {

    private static final String GROUPED = ".*\\d,\\d{3}.*";

    @Test
    void the_leaders_publication_section_names_the_year_of_its_figures_as_written() {
        String year = String.valueOf(LocalDate.now(FazhiApplication.ZONE).getYear());

        String body = StaffSession.signIn(baseUrl(), "leader", PASSWORD).get("/dashboard/sections/publications")
                .body();

        assertThat(body).contains("本年（" + year + "年）").doesNotContain("2,0");
    }

    @Test
    void a_year_outside_the_mediation_statistics_range_is_named_as_written() {
        String detail = api("mediator").get("/api/v1/mediation/statistics?year=1999&orgUnit=" + data.sanxing().id())
                .json().get("violations").get(0).get("message").asString();

        assertThat(detail).contains("2000").contains("2100").doesNotMatch(GROUPED);
    }
}
