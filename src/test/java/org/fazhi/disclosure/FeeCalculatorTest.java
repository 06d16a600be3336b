package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.disclosure.internal.FeeCalculator;
import org.junit.jupiter.api.Test;

/** The processing fee of 国办函〔2020〕109号: per request of the same applicant in a month, or per page. */
class FeeCalculatorTest {

    @Test
    void the_first_ten_requests_of_a_month_are_free() {
        assertThat(FeeCalculator.perRequest(1)).isZero();
        assertThat(FeeCalculator.perRequest(10)).isZero();
    }

    @Test
    void the_11th_to_the_30th_request_cost_100_yuan_each() {
        assertThat(FeeCalculator.perRequest(11)).isEqualByComparingTo("100");
        assertThat(FeeCalculator.perRequest(30)).isEqualByComparingTo("100");
    }

    @Test
    void each_further_band_of_ten_requests_costs_100_yuan_more() {
        assertThat(FeeCalculator.perRequest(31)).isEqualByComparingTo("200");
        assertThat(FeeCalculator.perRequest(40)).isEqualByComparingTo("200");
        assertThat(FeeCalculator.perRequest(41)).isEqualByComparingTo("300");
    }

    @Test
    void up_to_30_pages_are_free() {
        assertThat(FeeCalculator.perPage(30)).isZero();
    }

    @Test
    void pages_are_priced_by_the_band_they_fall_in() {
        assertThat(FeeCalculator.perPage(31)).isEqualByComparingTo("10");
        assertThat(FeeCalculator.perPage(100)).isEqualByComparingTo("700");
        assertThat(FeeCalculator.perPage(101)).isEqualByComparingTo("720");
        assertThat(FeeCalculator.perPage(200)).isEqualByComparingTo("2700");
        assertThat(FeeCalculator.perPage(201)).isEqualByComparingTo("2740");
    }
}
