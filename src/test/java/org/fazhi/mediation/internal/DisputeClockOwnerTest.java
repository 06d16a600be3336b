package org.fazhi.mediation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.deadline.ClockPurpose.Owner;
import org.junit.jupiter.api.Test;

/**
 * The 30 days to apply for court confirmation of a mediation agreement (《人民调解法》第33条) are the parties': passed,
 * they lapse. Concluding the mediation in time is the committee's duty: passed, it is overdue.
 */
class DisputeClockOwnerTest {

    @Test
    void the_parties_window_for_court_confirmation_lapses_and_the_conclusion_target_falls_overdue() {
        assertThat(DisputeClock.COURT_CONFIRMATION.owner()).isEqualTo(Owner.PARTY);
        assertThat(DisputeClock.CONCLUSION.owner()).isEqualTo(Owner.AUTHORITY);
    }
}
