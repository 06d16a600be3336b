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

    @Test
    void every_statistic_refuses_a_year_out_of_range_in_the_same_words() {
        long town = data.sanxing().id();

        assertThat(yearProblem("leader", "/api/v1/litigation/statistics?year=1999&orgUnit=" + town))
                .contains("年度“1999”超出范围（2000—2100）");
        assertThat(yearProblem("leader", "/api/v1/study/statistics?year=2101&orgUnit=" + town))
                .contains("年度“2101”超出范围（2000—2100）");
        // the annual disclosure figures begin with the regulation's first year
        assertThat(yearProblem("clerk", "/api/v1/disclosure/statistics?year=2018&orgUnit=" + town))
                .contains("年度“2018”超出范围（2019—2100）");
    }

    private String yearProblem(String user, String path) {
        var answer = api(user).get(path);
        assertThat(answer.status()).isEqualTo(422);
        return answer.json().get("violations").get(0).get("message").asString();
    }
}
