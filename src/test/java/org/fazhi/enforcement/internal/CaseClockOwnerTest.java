package org.fazhi.enforcement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.fazhi.deadline.ClockPurpose.Owner;
import org.junit.jupiter.api.Test;

/**
 * The party's windows of a penalty case lapse when they pass (届满): the time to state a defence or ask for a hearing
 * (《行政处罚法》第44、45、64条), to pay the fine (第67条) and to perform after the reminder (《行政强制法》第54条). The
 * town's own duties — to decide, to notify the hearing, to decide on preserved evidence, to serve, to apply to the
 * court — are overdue when they pass.
 */
class CaseClockOwnerTest {

    @Test
    void the_partys_windows_of_a_case_lapse_and_the_towns_duties_fall_overdue() {
        assertThat(Arrays.stream(CaseClock.values()).filter(c -> c.owner() == Owner.PARTY))
                .containsExactlyInAnyOrder(CaseClock.STATEMENT_WINDOW, CaseClock.PAYMENT, CaseClock.REMINDER);
        assertThat(Arrays.stream(CaseClock.values()).filter(c -> c.owner() == Owner.AUTHORITY))
                .containsExactlyInAnyOrder(CaseClock.DECISION, CaseClock.HEARING_NOTICE,
                        CaseClock.EVIDENCE_PRESERVATION, CaseClock.SERVICE, CaseClock.COURT_APPLICATION);
    }
}
