package org.fazhi.deadline.internal;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.fazhi.organization.scope.DataScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduled job of the deadline engine: warnings before and alarms after due dates, on one node of a cluster at a
 * time. It runs as the platform (every town's clocks), so the scope is set before its transaction begins.
 */
@Component
public class DeadlineAlertJob {

    private static final Logger log = LoggerFactory.getLogger(DeadlineAlertJob.class);

    private final DeadlineAlerts alerts;
    private final Clock clock;

    DeadlineAlertJob(DeadlineAlerts alerts, Clock clock) {
        this.alerts = alerts;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${fazhi.deadlines.alert-interval:PT15M}",
            initialDelayString = "${fazhi.deadlines.alert-initial-delay:PT1M}")
    @SchedulerLock(name = "deadline-alerts", lockAtMostFor = "PT10M")
    public void raiseAlerts() {
        LocalDate today = LocalDate.now(clock);
        int raised = DataScope.asSystem(() -> alerts.raise(today));
        if (raised > 0) {
            log.info("deadline alerts raised for {}: {}", today, raised);
        }
    }
}
