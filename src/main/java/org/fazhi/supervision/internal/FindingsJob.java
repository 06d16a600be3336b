package org.fazhi.supervision.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.fazhi.organization.scope.DataScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the supervision rules over every town's data each night, after the deadline alerts; one node of a cluster at a
 * time. Staff start the same run with the button on the findings page, within their own scope.
 */
@Component
public class FindingsJob {

    private static final Logger log = LoggerFactory.getLogger(FindingsJob.class);

    private final Findings findings;

    FindingsJob(Findings findings) {
        this.findings = findings;
    }

    @Scheduled(cron = "${fazhi.supervision.findings-cron:0 0 3 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "supervision-findings")
    public void run() {
        int n = DataScope.asSystem(() -> findings.run().size());
        if (n > 0) {
            log.info("执法监督发现 {} 条", n);
        }
    }
}
