package org.fazhi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A date and time typed into a field: with or without its offset, answered in Beijing time to the minute. */
class InputDateTimeTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Test
    void a_time_without_offset_is_beijing_time_and_seconds_are_dropped() {
        Input in = new Input();
        assertThat(in.dateTime("knownAt", "2024-07-15T14:05:59", true, BEIJING))
                .isEqualTo(OffsetDateTime.of(2024, 7, 15, 14, 5, 0, 0, ZoneOffset.ofHours(8)));
        assertThat(in.dateTime("knownAt", "2024-07-15 14:05", true, BEIJING))
                .isEqualTo(OffsetDateTime.of(2024, 7, 15, 14, 5, 0, 0, ZoneOffset.ofHours(8)));
        in.check();
    }

    @Test
    void a_time_with_another_offset_is_the_same_instant_in_beijing_time() {
        assertThat(new Input().dateTime("knownAt", "2024-07-15T06:05Z", true, BEIJING))
                .isEqualTo(OffsetDateTime.of(2024, 7, 15, 14, 5, 0, 0, ZoneOffset.ofHours(8)));
    }

    @Test
    void a_time_that_does_not_exist_is_a_problem_of_its_field() {
        Input in = new Input();
        assertThat(in.dateTime("knownAt", "2024-02-30T10:00", true, BEIJING)).isNull();
        assertThat(in.dateTime("occurredAt", null, true, BEIJING)).isNull();
        assertThatThrownBy(in::check).isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).problems()).extracting(RuleViolation.FieldProblem::field)
                        .containsExactly("knownAt", "occurredAt"));
    }
}
