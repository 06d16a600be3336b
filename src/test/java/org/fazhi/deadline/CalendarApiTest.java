package org.fazhi.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Reading the official calendar over the API: what kind of day a date is, counting working days. */
class CalendarApiTest extends IntegrationTest {

    @Test
    void national_day_2024_10_01_is_a_holiday_and_no_working_day() {
        Api.Response r = api("officer1").get("/api/v1/calendar/days/2024-10-01");

        assertThat(r.status()).isEqualTo(200);
        JsonNode day = r.json();
        assertThat(day.get("date").asString()).isEqualTo("2024-10-01");
        assertThat(day.get("workingDay").asBoolean()).isFalse();
        assertThat(day.get("kind").asString()).isEqualTo("HOLIDAY");
        assertThat(day.has("warning")).isFalse();
    }

    @Test
    void sunday_2024_09_29_is_an_adjusted_working_day() {
        JsonNode day = api("clerk").get("/api/v1/calendar/days/2024-09-29").json();

        assertThat(day.get("workingDay").asBoolean()).isTrue();
        assertThat(day.get("kind").asString()).isEqualTo("ADJUSTED_WORKDAY");
    }

    @Test
    void a_plain_saturday_is_a_weekend_and_a_plain_monday_a_workday() {
        assertThat(api("leader").get("/api/v1/calendar/days/2025-03-08").json().get("kind").asString())
                .isEqualTo("WEEKEND");
        assertThat(api("leader").get("/api/v1/calendar/days/2025-03-10").json().get("kind").asString())
                .isEqualTo("WORKDAY");
    }

    @Test
    void a_day_of_a_year_without_calendar_counts_as_a_weekday_and_carries_a_warning() {
        JsonNode day = api("leader").get("/api/v1/calendar/days/2032-10-01").json();

        assertThat(day.get("kind").asString()).isEqualTo("WORKDAY");
        assertThat(day.get("warning").asString()).contains("2032").contains("尚未录入");
    }

    @Test
    void the_first_working_day_after_friday_2024_09_13_is_the_adjusted_saturday() {
        Api.Response r = api("officer1").get("/api/v1/calendar/add-working-days?from=2024-09-13&days=1");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("date").asString()).isEqualTo("2024-09-14");
        assertThat(r.json().has("warning")).isFalse();
    }

    @Test
    void counting_across_new_year_2025_skips_the_holiday() {
        JsonNode r = api("officer1").get("/api/v1/calendar/add-working-days?from=2024-12-31&days=1").json();

        assertThat(r.get("date").asString()).isEqualTo("2025-01-02");
    }

    @Test
    void counting_into_a_year_without_calendar_warns() {
        JsonNode r = api("officer1").get("/api/v1/calendar/add-working-days?from=2032-12-30&days=5").json();

        assertThat(r.get("date").asString()).isEqualTo("2033-01-06");
        assertThat(r.get("warning").asString()).contains("2032").contains("2033");
    }

    @Test
    void an_impossible_date_is_answered_400_as_problem_details_in_chinese() {
        Api.Response r = api("officer1").get("/api/v1/calendar/days/2024-13-45");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("detail").asString()).contains("提交的内容有误");
    }

    @Test
    void a_number_of_days_that_is_no_number_is_answered_400() {
        Api.Response r = api("officer1").get("/api/v1/calendar/add-working-days?from=2024-09-13&days=abc");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("detail").asString()).contains("提交的内容有误");
        assertThat(r.json().get("violations").get(0).get("field").asString()).isEqualTo("days");
    }

    @Test
    void zero_days_or_a_missing_start_is_answered_400() {
        assertThat(api("officer1").get("/api/v1/calendar/add-working-days?from=2024-09-13&days=0").status())
                .isEqualTo(400);
        assertThat(api("officer1").get("/api/v1/calendar/add-working-days?days=3").status()).isEqualTo(400);
    }

    @Test
    void reading_the_calendar_needs_a_sign_in() {
        Api.Response r = anonymous().get("/api/v1/calendar/days/2024-10-01");

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void staff_read_the_shipped_years_and_the_days_of_2025() {
        Api.Response years = api("mediator").get("/api/v1/calendar/years");
        assertThat(years.status()).isEqualTo(200);
        assertThat(years.json().findValuesAsString("year")).isNotEmpty();

        JsonNode y2025 = api("mediator").get("/api/v1/calendar/years/2025").json();
        assertThat(y2025.get("holidays")).hasSize(28);
        assertThat(y2025.get("adjustedWorkdays")).hasSize(5);
        assertThat(y2025.get("adjustedWorkdays").get(0).asString()).isEqualTo("2025-01-26");
    }

    @Test
    void a_year_never_entered_is_not_found() {
        Api.Response r = api("mediator").get("/api/v1/calendar/years/2019");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }
}
