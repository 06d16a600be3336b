package org.fazhi.deadline.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.fazhi.organization.OrgDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises the warnings (预警) of clocks that entered their warning window and the alarms (告警) of clocks past their due
 * date, each once per due date: the candidates are selected without an alert for their current due date, and the
 * alert table's unique key holds even against a second node.
 */
@Service
public class DeadlineAlerts {

    private final DeadlineClockRepository clocks;
    private final DeadlineAlertRepository alerts;
    private final OrgDirectory directory;
    private final Clock clock;

    DeadlineAlerts(DeadlineClockRepository clocks, DeadlineAlertRepository alerts, OrgDirectory directory,
                   Clock clock) {
        this.clocks = clocks;
        this.alerts = alerts;
        this.directory = directory;
        this.clock = clock;
    }

    /** Raises what is due on {@code today}; returns how many alerts were raised. */
    @Transactional
    public int raise(LocalDate today) {
        int raised = 0;
        for (DeadlineClock c : clocks.needingWarning(today)) {
            raise(c, AlertLevel.WARNING);
            raised++;
        }
        for (DeadlineClock c : clocks.needingAlarm(today)) {
            raise(c, AlertLevel.ALARM);
            raised++;
        }
        return raised;
    }

    private void raise(DeadlineClock c, AlertLevel level) {
        alerts.save(new DeadlineAlert(c, directory.get(c.getHolderUnitId()), level, clock.instant()));
    }
}
