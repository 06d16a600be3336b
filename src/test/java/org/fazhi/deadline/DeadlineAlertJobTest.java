package org.fazhi.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.deadline.internal.DeadlineAlertJob;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.RunAs;
import org.fazhi.shared.LegalBasis;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The scheduled job warns before and alarms after a due date, once per clock, level and due date. */
class DeadlineAlertJobTest extends IntegrationTest {

    private static final LegalBasis BASIS = LegalBasis.of("测试", 1);

    @Autowired
    DeadlineAlertJob job;

    @Autowired
    DeadlineEngine engine;

    @Autowired
    RunAs runAs;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private DeadlineView start(String title, StatutoryPeriod period, LocalDate triggeredOn) {
        return runAs.as("clerk", () -> engine.start(NewDeadline.of("test.alert", title, () -> "test", title, period,
                triggeredOn, DataScope.currentUser().orElseThrow().homeUnit()).assignedTo("clerk")));
    }

    private List<String> alerts(long clockId) {
        return jdbc.queryForList("select alert_level from deadline_alert where clock_id = ? order by alert_level",
                String.class, clockId);
    }

    @Test
    void a_clock_due_within_its_warning_window_gets_one_warning_however_often_the_job_runs() {
        // given a clock due on the second working day after today: inside the default window of 3 working days
        DeadlineView clock = start("预警测试", StatutoryPeriod.workingDays(2, BASIS), LocalDate.now(clock()));
        assertThat(clock.status()).isEqualTo(DeadlineStatus.DUE_SOON);

        // when the job runs twice
        job.raiseAlerts();
        job.raiseAlerts();

        // then one warning, no alarm
        assertThat(alerts(clock.id())).containsExactly("WARNING");
    }

    @Test
    void an_overdue_clock_gets_one_alarm_and_one_warning() {
        // given a clock of 5 working days triggered 30 days ago
        DeadlineView clock = start("告警测试", StatutoryPeriod.workingDays(5, BASIS),
                LocalDate.now(clock()).minusDays(30));
        assertThat(clock.status()).isEqualTo(DeadlineStatus.OVERDUE);

        job.raiseAlerts();
        job.raiseAlerts();

        assertThat(alerts(clock.id())).containsExactly("ALARM", "WARNING");
    }

    @Test
    void a_clock_on_track_or_met_gets_no_alert() {
        DeadlineView far = start("正常测试", StatutoryPeriod.calendarDays(60, BASIS), LocalDate.now(clock()));
        DeadlineView met = start("办结测试", StatutoryPeriod.workingDays(1, BASIS), LocalDate.now(clock()).minusDays(20));
        runAs.as("clerk", () -> engine.meet(met.id(), LocalDate.now(clock()).minusDays(20)));

        job.raiseAlerts();

        assertThat(alerts(far.id())).isEmpty();
        assertThat(alerts(met.id())).isEmpty();
    }

    private Clock clock() {
        return clock;
    }
}
