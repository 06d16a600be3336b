package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The year's application figures of a town: received as the annual disclosure report counts them (table 三, row 一,
 * total), the on-time rate from the answers of the year; another town's unit is refused.
 */
class DisclosureStatisticsTest extends IntegrationTest {

    private JsonNode statistics(String user, int year, long unit) {
        Api.Response r = api(user).get("/api/v1/disclosure/statistics?year=" + year + "&orgUnit=" + unit);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void applications_received_in_the_year_equal_the_annual_disclosure_reports_new_applications() {
        int year = data.reportYear();
        JsonNode report = api("clerk").get("/api/v1/disclosure/annual-report/" + year + "?orgUnit="
                + data.sanxing().id()).json();
        long received = 0;
        for (JsonNode row : report.get("table3").get("rows")) {
            if (row.get("label").asString().equals("一、本年新收政府信息公开申请数量")) {
                received = row.get("values").get(6).asLong();
            }
        }

        JsonNode f = statistics("clerk", year, data.sanxing().id());

        assertThat(f.get("received").asLong()).isEqualTo(received);
        assertThat(f.get("answeredOnTime").asLong()).isLessThanOrEqualTo(f.get("answered").asLong());
        if (f.get("answered").asLong() > 0) {
            assertThat(f.get("onTimeRate").decimalValue()).isEqualByComparingTo(java.math.BigDecimal.valueOf(
                    f.get("answeredOnTime").asLong() * 100).divide(java.math.BigDecimal.valueOf(
                    f.get("answered").asLong()), 2, java.math.RoundingMode.HALF_UP));
        }
    }

    @Test
    void a_clerk_of_the_second_town_is_refused_the_first_towns_figures() {
        Api.Response r = api("t2-clerk").get("/api/v1/disclosure/statistics?year=" + data.reportYear()
                + "&orgUnit=" + data.sanxing().id());

        assertThat(r.status()).isEqualTo(403);
    }
}
