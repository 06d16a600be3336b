package org.fazhi.publication.internal;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.fazhi.organization.scope.DataScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Takes publications down when their publication period ends; one node of a cluster at a time. */
@Component
public class TakeDownJob {

    private static final Logger log = LoggerFactory.getLogger(TakeDownJob.class);

    private final PublicationService service;
    private final TransactionTemplate tx;
    private final Clock clock;

    TakeDownJob(PublicationService service, TransactionTemplate tx, Clock clock) {
        this.service = service;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(cron = "${fazhi.publication.take-down-cron:0 30 1 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "publication-take-down")
    public void run() {
        int n = DataScope.asSystem(() -> tx.execute(s -> service.takeDownExpired(LocalDate.now(clock))));
        if (n > 0) {
            log.info("公示期满下架 {} 条", n);
        }
    }
}
