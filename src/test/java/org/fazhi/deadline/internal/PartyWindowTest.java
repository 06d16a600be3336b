package org.fazhi.deadline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.fazhi.deadline.ClockPurpose;
import org.fazhi.deadline.DeadlineStatus;
import org.fazhi.deadline.NewDeadline;
import org.fazhi.deadline.OfficialCalendars;
import org.fazhi.deadline.StatutoryPeriod;
import org.fazhi.deadline.WorkingCalendar;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.shared.LegalBasis;
import org.fazhi.shared.web.WorkItem;
import org.junit.jupiter.api.Test;

/**
 * Whose period it is decides what a passed due date means, in the engine: a duty of the authority is overdue; a window
 * the law gives a party lapses (届满) and leaves the to-do lists. Worked on the shipped 2024 calendar.
 */
class PartyWindowTest {

    /** 《人民调解法》第33条: the parties may apply for court confirmation within 30 days. */
    private static final StatutoryPeriod CONFIRMATION = StatutoryPeriod.calendarDays(30, LegalBasis.of("人民调解法", 33));

    private static final OrgUnitView COMMITTEE = new OrgUnitView(30, "镇人民调解委员会", OrgUnitType.DEPARTMENT, 2L, 2L,
            null, null, false, 1);

    private static final ClockPurpose PARTY = new ClockPurpose() {
        @Override
        public String code() {
            return "party-window";
        }

        @Override
        public Owner owner() {
            return Owner.PARTY;
        }
    };

    private static final ClockPurpose DUTY = () -> "duty";

    private final WorkingCalendar calendar = OfficialCalendars.shipped();

    private DeadlineClock start(ClockPurpose purpose, LocalDate triggeredOn) {
        return DeadlineClock.start(NewDeadline.of("test", "1", purpose, "测试期限", CONFIRMATION, triggeredOn,
                COMMITTEE), 3, calendar, Instant.parse("2024-01-01T00:00:00Z"));
    }

    @Test
    void a_partys_window_lapses_the_day_after_its_last_day_and_is_never_overdue() {
        // given the parties' 30 days from an agreement of 2024-03-01: 03-31 is a Sunday, so the last day is 04-01
        DeadlineClock window = start(PARTY, LocalDate.of(2024, 3, 1));
        assertThat(window.dates().due()).isEqualTo(LocalDate.of(2024, 4, 1));

        // then on its last day it is still open, due soon; from the next day on it has lapsed
        assertThat(window.statusOn(LocalDate.of(2024, 4, 1))).isEqualTo(DeadlineStatus.DUE_SOON);
        assertThat(window.statusOn(LocalDate.of(2024, 4, 2))).isEqualTo(DeadlineStatus.LAPSED);
        assertThat(window.statusOn(LocalDate.of(2026, 4, 2))).isEqualTo(DeadlineStatus.LAPSED);
    }

    @Test
    void a_duty_of_the_authority_with_the_same_dates_is_overdue() {
        DeadlineClock duty = start(DUTY, LocalDate.of(2024, 3, 1));

        assertThat(duty.statusOn(LocalDate.of(2024, 4, 2))).isEqualTo(DeadlineStatus.OVERDUE);
    }

    @Test
    void a_lapsed_window_leaves_the_work_lists_while_an_overdue_duty_heads_them() {
        assertThat(DeadlineStatus.LAPSED.urgency()).isEmpty();
        assertThat(DeadlineStatus.OVERDUE.urgency()).contains(WorkItem.Urgency.OVERDUE);
        assertThat(DeadlineStatus.DUE_SOON.urgency()).contains(WorkItem.Urgency.DUE_SOON);
        assertThat(DeadlineStatus.PAUSED.urgency()).contains(WorkItem.Urgency.LATER);
    }

    @Test
    void a_lapsed_window_may_still_be_met_late_when_the_party_acts_after_all() {
        // given the window that lapsed after 2024-04-01; when the party pays (applies) on 04-03
        DeadlineClock window = start(PARTY, LocalDate.of(2024, 3, 1));
        window.meet(LocalDate.of(2024, 4, 3), calendar);

        // then the clock is met, and late
        assertThat(window.statusOn(LocalDate.of(2024, 4, 3))).isEqualTo(DeadlineStatus.MET);
        assertThat(window.metOn()).isAfter(window.dates().due());
    }
}
