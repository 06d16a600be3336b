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

    @Test
    void a_consultation_left_open_ended_before_pauses_had_a_limit_gets_its_15_working_days_and_due_date()
            throws java.io.IOException {
        // given an application received Mon 2024-09-02 whose consultation of another agency began on 9/5, paused
        // open-ended as it was before (no limit, no due date)
        StatutoryPeriod answer = StatutoryPeriod.workingDays(20, LegalBasis.of("政府信息公开条例", 33));
        long id = runAs.as("officer1", () -> {
            DeadlineView clock = engine.start(NewDeadline.of("disclosure.application", "pause-limit-test",
                    () -> "answer", "答复期限（暂停上限）", answer, LocalDate.of(2024, 9, 2),
                    data.unit(data.sanxing(), "综合行政执法局")));
            return engine.pause(clock.id(), LocalDate.of(2024, 9, 6), "征求意见：区住房和城乡建设局（《政府信息公开条例》第34条）")
                    .id();
        });
        assertThat(runAs.as("officer1", () -> engine.find(id).orElseThrow()).dueDate()).isNull();

        // when V69_1 gives the open consultation its limit and the platform starts
        jdbc.update(migrationUpdate("db/migration/common/V69_1__clock_pause_limit.sql"));
        recomputation.recompute();

        // then the 15 working days from 9/5 end 9/27 (9/14 an adjusted Saturday, 9/15–9/17 holidays) and the due
        // date is that of a clock resumed 9/28: 17 working days left, across 9/29 (adjusted Sunday), national day
        // and 10/12 (adjusted Saturday) → 2024-10-25
        DeadlineView after = runAs.as("officer1", () -> engine.find(id).orElseThrow());
        assertThat(after.dueDate()).isEqualTo(LocalDate.of(2024, 10, 25));
        assertThat(after.pauses().get(0).endsBy()).isEqualTo(LocalDate.of(2024, 9, 27));
    }

    /** The data step of a migration (its schema steps have run already). */
    private static String migrationUpdate(String path) throws java.io.IOException {
        String script = new org.springframework.core.io.ClassPathResource(path).getContentAsString(
                java.nio.charset.StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
        return java.util.Arrays.stream(script.split(";")).map(String::strip)
                .filter(st -> st.startsWith("update")).findFirst().orElseThrow();
    }
}
