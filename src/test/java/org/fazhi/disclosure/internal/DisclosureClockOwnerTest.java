package org.fazhi.disclosure.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.deadline.ClockPurpose.Owner;
import org.junit.jupiter.api.Test;

/**
 * The applicant's time to pay the processing fee (《政府信息公开条例》第42条) lapses when it passes; answering an
 * application (第33条) and publishing a catalogue item (第26条) are the government's duties and fall overdue.
 */
class DisclosureClockOwnerTest {

    @Test
    void the_applicants_fee_period_lapses_and_the_governments_duties_fall_overdue() {
        assertThat(DisclosureClock.FEE_PAYMENT.owner()).isEqualTo(Owner.PARTY);
        assertThat(DisclosureClock.ANSWER.owner()).isEqualTo(Owner.AUTHORITY);
        assertThat(DisclosureClock.PUBLICATION.owner()).isEqualTo(Owner.AUTHORITY);
    }
}
