package org.fazhi.disclosure.internal;

import java.util.List;
import org.fazhi.deadline.DeadlineEngine;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.OrgDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the fee notices still awaiting payment in line with the fixed payment period (《政府信息公开条例》第42条,
 * 国办函〔2020〕109号: 20 working days from the day after the notice was received). A notice recorded before kept a
 * pay-by date typed by staff or taken from a setting; at start-up it gets its payment clock, counted from the day it
 * was received (the day it was sent, as V69 recorded), and the pay-by date of that clock. A notice that already has
 * its clock is left alone, so the check costs one query on later starts.
 */
@Component
class FeePeriodRecomputation {

    private static final Logger log = LoggerFactory.getLogger(FeePeriodRecomputation.class);

    private final ApplicationRepository applications;
    private final ApplicationService service;
    private final DeadlineEngine engine;
    private final OrgDirectory directory;
    private final TransactionTemplate tx;

    FeePeriodRecomputation(ApplicationRepository applications, ApplicationService service, DeadlineEngine engine,
                           OrgDirectory directory, TransactionTemplate tx) {
        this.applications = applications;
        this.service = service;
        this.engine = engine;
        this.directory = directory;
        this.tx = tx;
    }

    @EventListener(ApplicationReadyEvent.class)
    void recompute() {
        Integer moved = DataScope.asSystem(() -> tx.execute(s -> {
            int n = 0;
            StepContext ctx = service.context();
            for (DisclosureApplication a : applications.findByStatusInOrderByReceivedOnAsc(
                    List.of(ApplicationStatus.AWAITING_FEE))) {
                if (engine.clock(DisclosureApplication.CLOCK_SUBJECT, String.valueOf(a.getId()),
                        DisclosureClock.FEE_PAYMENT).isEmpty()) {
                    a.feePeriodFixed(directory.get(a.getHolderUnitId()), ctx);
                    n++;
                }
            }
            return n;
        }));
        if (moved != null && moved > 0) {
            log.info("按固定的缴费期限重新计算了 {} 个信息处理费缴费期限", moved);
        }
    }
}
