package org.fazhi.enforcement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.deadline.OfficialCalendars;
import org.fazhi.deadline.WorkingCalendar;
import org.fazhi.publication.PartyType;
import org.fazhi.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/**
 * 《行政处罚法》第36条: no penalty for a violation not discovered within two years (five where citizens' life and health
 * safety or financial safety was concerned with harmful consequences), counted from the day of the violation or, if it
 * continued, from the day it ended — and the test is the day of discovery, not of filing. Dates on the official
 * calendar; every last day below is a working day.
 */
class LimitationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private final WorkingCalendar cal = OfficialCalendars.shipped();

    private static FileCase filing(LocalDate violationOn, Boolean continuing, LocalDate endedOn, LocalDate discoveredOn,
                                   boolean harm, LocalDate filedOn) {
        return new FileCase(ProcedureKind.ORDINARY, "非法集资宣传案", PartyType.ORGANISATION, "示例投资咨询有限公司", null,
                null, null, null, "在示例路散发非法集资宣传单", "《防范和处置非法集资条例》第三十条", violationOn, continuing,
                endedOn, discoveredOn, harm, filedOn, false, false, false, false, false, List.of());
    }

    private List<String> problems(FileCase f) {
        return Limitation.check(f, cal, TODAY).stream()
                .map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    void a_violation_discovered_within_two_years_may_be_filed_after_them() {
        // committed 2022-03-01: two years end on 2024-03-01 (a Friday); discovered that day, filed in June
        FileCase f = filing(LocalDate.of(2022, 3, 1), false, null, LocalDate.of(2024, 3, 1), false,
                LocalDate.of(2024, 6, 3));

        assertThat(problems(f)).isEmpty();
        assertThat(f.limitation().endsOn(cal)).isEqualTo(LocalDate.of(2024, 3, 1));
    }

    @Test
    void a_violation_discovered_the_next_working_day_after_the_two_years_is_not_punished() {
        FileCase f = filing(LocalDate.of(2022, 3, 1), false, null, LocalDate.of(2024, 3, 4), false,
                LocalDate.of(2024, 3, 4));

        List<RuleViolation.FieldProblem> p = Limitation.check(f, cal, TODAY);

        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo("discoveredOn");
            assertThat(x.messageKey()).isEqualTo("enforcement.filing.limitation");
            assertThat(x.args()).containsExactly("2022-03-01", "2", "2024-03-04", "2024-03-01", "《行政处罚法》第36条");
        });
    }

    @Test
    void without_a_date_of_discovery_the_filing_date_stands_in() {
        FileCase inTime = filing(LocalDate.of(2022, 3, 1), false, null, null, false, LocalDate.of(2024, 3, 1));
        FileCase late = filing(LocalDate.of(2022, 3, 1), false, null, null, false, LocalDate.of(2024, 3, 4));

        assertThat(problems(inTime)).isEmpty();
        assertThat(problems(late)).containsExactly("discoveredOn:enforcement.filing.limitationAtFiling");
    }

    @Test
    void a_continuing_violation_counts_from_the_day_it_ended() {
        // began 2021-01-10, ended 2023-06-30: two years end on 2025-06-30 (a Monday)
        FileCase inTime = filing(LocalDate.of(2021, 1, 10), true, LocalDate.of(2023, 6, 30),
                LocalDate.of(2025, 6, 30), false, LocalDate.of(2025, 7, 2));
        FileCase late = filing(LocalDate.of(2021, 1, 10), true, LocalDate.of(2023, 6, 30),
                LocalDate.of(2025, 7, 1), false, LocalDate.of(2025, 7, 2));
        FileCase notContinuing = filing(LocalDate.of(2021, 1, 10), false, null, LocalDate.of(2025, 6, 30), false,
                LocalDate.of(2025, 7, 2));

        assertThat(problems(inTime)).isEmpty();
        assertThat(inTime.limitation().runsFrom()).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(problems(late)).containsExactly("discoveredOn:enforcement.filing.limitation");
        assertThat(problems(notContinuing)).containsExactly("discoveredOn:enforcement.filing.limitation");
    }

    @Test
    void a_violation_still_going_on_has_not_started_its_limitation() {
        FileCase f = filing(LocalDate.of(2019, 5, 6), true, null, LocalDate.of(2025, 6, 30), false,
                LocalDate.of(2025, 7, 2));

        assertThat(problems(f)).isEmpty();
        assertThat(f.limitation().isStillContinuing()).isTrue();
        assertThat(f.limitation().endsOn(cal)).isNull();
    }

    @Test
    void five_years_where_life_health_or_financial_safety_was_harmed() {
        // committed 2020-09-15: five years end on 2025-09-15 (a Monday); two would have ended on 2022-09-15
        FileCase harm = filing(LocalDate.of(2020, 9, 15), false, null, LocalDate.of(2025, 9, 15), true,
                LocalDate.of(2025, 9, 16));
        FileCase harmLate = filing(LocalDate.of(2020, 9, 15), false, null, LocalDate.of(2025, 9, 16), true,
                LocalDate.of(2025, 9, 16));
        FileCase noHarm = filing(LocalDate.of(2020, 9, 15), false, null, LocalDate.of(2025, 9, 15), false,
                LocalDate.of(2025, 9, 16));

        assertThat(problems(harm)).isEmpty();
        assertThat(harm.limitation().endsOn(cal)).isEqualTo(LocalDate.of(2025, 9, 15));
        assertThat(problems(harmLate)).containsExactly("discoveredOn:enforcement.filing.limitation");
        assertThat(problems(noHarm)).containsExactly("discoveredOn:enforcement.filing.limitation");
    }

    @Test
    void the_dates_must_follow_each_other() {
        assertThat(problems(filing(LocalDate.of(2024, 5, 6), false, null, LocalDate.of(2024, 5, 3), false,
                LocalDate.of(2024, 5, 7)))).containsExactly("discoveredOn:enforcement.filing.discoveredBeforeViolation");
        assertThat(problems(filing(LocalDate.of(2024, 5, 6), false, null, LocalDate.of(2024, 5, 8), false,
                LocalDate.of(2024, 5, 7)))).containsExactly("discoveredOn:enforcement.filing.discoveredAfterFiling");
        assertThat(problems(filing(LocalDate.of(2024, 5, 6), true, LocalDate.of(2024, 5, 5), null, false,
                LocalDate.of(2024, 5, 7)))).containsExactly("violationEndedOn:enforcement.filing.endedRange");
        assertThat(problems(filing(LocalDate.of(2024, 5, 6), false, LocalDate.of(2024, 5, 7), null, false,
                LocalDate.of(2024, 5, 7)))).containsExactly("violationEndedOn:enforcement.filing.endedNotContinuing");
        assertThat(problems(filing(null, true, LocalDate.of(2024, 5, 7), null, false, LocalDate.of(2024, 5, 7))))
                .containsExactly("violationOn:enforcement.filing.violationOnRequired");
    }

    @Test
    void a_case_without_the_violations_date_has_no_limitation_on_record() {
        FileCase f = filing(null, null, null, null, false, LocalDate.of(2024, 5, 7));

        assertThat(problems(f)).isEmpty();
        assertThat(f.limitation().isRecorded()).isFalse();
        assertThat(f.limitation().endsOn(cal)).isNull();
    }
}
