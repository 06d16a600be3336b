package org.fazhi.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.RunAs;
import org.fazhi.shared.LegalBasis;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A record's clock is found by the record and its purpose: the newest of that purpose, within the caller's scope. */
class ClockBySubjectTest extends IntegrationTest {

    enum TestClock implements ClockPurpose {
        REPLY, HEARING_NOTICE;

        @Override
        public String code() {
            return ClockPurpose.codeOf(this);
        }
    }

    static final StatutoryPeriod FIVE_DAYS = StatutoryPeriod.workingDays(5, LegalBasis.of("测试", 1));

    @Autowired
    DeadlineEngine engine;

    @Autowired
    RunAs runAs;

    private DeadlineView start(String subjectId, TestClock purpose, LocalDate trigger) {
        return runAs.as("clerk", () -> engine.start(NewDeadline.of("test.subject", subjectId, purpose,
                "用途测试", FIVE_DAYS, trigger, DataScope.currentUser().orElseThrow().homeUnit())));
    }

    @Test
    void the_newest_clock_of_the_purpose_answers_and_a_purpose_without_one_is_empty() {
        DeadlineView reply = start("A-1", TestClock.REPLY, LocalDate.of(2024, 9, 2));
        DeadlineView first = start("A-1", TestClock.HEARING_NOTICE, LocalDate.of(2024, 9, 2));
        DeadlineView second = start("A-1", TestClock.HEARING_NOTICE, LocalDate.of(2024, 11, 4));
        start("A-2", TestClock.REPLY, LocalDate.of(2024, 9, 2));

        assertThat(runAs.as("clerk", () -> engine.clock("test.subject", "A-1", TestClock.HEARING_NOTICE)))
                .hasValueSatisfying(v -> {
                    assertThat(v.id()).isEqualTo(second.id()).isNotEqualTo(first.id());
                    assertThat(v.purpose()).isEqualTo("hearing-notice");
                    assertThat(v.serves(TestClock.HEARING_NOTICE)).isTrue();
                    assertThat(v.dueDate()).isEqualTo(LocalDate.of(2024, 11, 11));
                });
        assertThat(runAs.as("clerk", () -> engine.clock("test.subject", "A-1", TestClock.REPLY)))
                .hasValueSatisfying(v -> assertThat(v.id()).isEqualTo(reply.id()));
        assertThat(runAs.as("clerk", () -> engine.clock("test.subject", "A-3", TestClock.REPLY))).isEmpty();
        assertThat(runAs.as("t2-clerk", () -> engine.clock("test.subject", "A-1", TestClock.REPLY))).isEmpty();
    }

    @Test
    void every_overdue_clock_of_any_subject_is_listed_within_the_scope_and_a_met_one_is_not() {
        // due Monday 2024-09-09 (5 working days after Monday 2024-09-02), long past
        DeadlineView late = start("O-1", TestClock.REPLY, LocalDate.of(2024, 9, 2));
        DeadlineView met = start("O-2", TestClock.REPLY, LocalDate.of(2024, 9, 2));
        runAs.as("clerk", () -> engine.meet(met.id(), LocalDate.of(2024, 9, 6)));

        assertThat(runAs.as("clerk", () -> engine.overdue())).extracting(DeadlineView::id)
                .contains(late.id()).doesNotContain(met.id());
        assertThat(runAs.as("t2-clerk", () -> engine.overdue())).extracting(DeadlineView::id)
                .doesNotContain(late.id());
    }
}
