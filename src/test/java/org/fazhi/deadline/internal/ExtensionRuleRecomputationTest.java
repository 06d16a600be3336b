package org.fazhi.deadline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.fazhi.deadline.DeadlineEngine;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.deadline.NewDeadline;
import org.fazhi.deadline.StatutoryPeriod;
import org.fazhi.organization.RunAs;
import org.fazhi.shared.LegalBasis;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A clock extended before the extension rule was corrected gets the right due date when the platform starts. */
class ExtensionRuleRecomputationTest extends IntegrationTest {

    @Autowired
    RunAs runAs;

    @Autowired
    DeadlineEngine engine;

    @Autowired
    ExtensionRuleRecomputation recomputation;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_clock_extended_under_the_old_rule_is_moved_to_the_end_of_the_whole_period_at_start_up() {
        // given a 90-day clock triggered 2024-07-03 (due 2024-10-08 after the holiday) extended by 30 days
        StatutoryPeriod decision = StatutoryPeriod.calendarDays(90, LegalBasis.of("行政处罚法", 60));
        long id = runAs.as("officer1", () -> {
            DeadlineView clock = engine.start(NewDeadline.of("extension-rule-test", "1", () -> "test",
                    "决定期限（延长规则）", decision, LocalDate.of(2024, 7, 3), data.unit(data.sanxing(), "综合行政执法局")));
            return engine.extend(clock.id(), StatutoryPeriod.calendarDays(30, LegalBasis.of("行政处罚法", 60)), "局长",
                    "案情复杂", LocalDate.of(2024, 9, 30)).id();
        });
        // and its stored due date as the old rule counted it: 30 days after the rolled 2024-10-08
        jdbc.update("update deadline_clock set due_date = ? where id = ?", LocalDate.of(2024, 11, 7), id);

        // when the platform starts
        recomputation.recompute();

        // then the due date is 120 days after filing
        DeadlineView after = runAs.as("officer1", () -> engine.find(id).orElseThrow());
        assertThat(after.dueDate()).isEqualTo(LocalDate.of(2024, 10, 31));
    }
}
