package org.fazhi.deadline.internal;

import org.fazhi.organization.scope.DataScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the stored due dates of extended clocks in line with how an extension is counted (民法典 art. 203: the roll to
 * the next working day applies once, to the end of the extended period). Clocks extended before that rule was
 * corrected kept a due date counted from the rolled last day; recomputing them at start-up moves them — and, through
 * {@link org.fazhi.deadline.DeadlineMoved}, every copy a module keeps — without anyone having to touch the record.
 * A clock already right is not written, so the check costs one query on later starts.
 * <p>
 * Likewise the paused clocks whose pause has since been given a limit (V69_1: consultations of 《政府信息公开条例》
 * 第32条、第34条, at most 15 working days) get the due date they have as if they resumed at its end, so that their
 * alerts work.
 */
@Component
class ExtensionRuleRecomputation {

    private static final Logger log = LoggerFactory.getLogger(ExtensionRuleRecomputation.class);
    static final String PAUSE_LIMIT_REASON = "暂停设有最长期限，期满自动恢复计时（《政府信息公开条例》第32条、第34条）";
    static final String REASON = "期限延长的计算规则更正：延长的期间加入原期间，期间届满日为节假日的顺延一次（《民法典》第203条）";

    private final DeadlineService deadlines;
    private final CalendarService calendar;
    private final TransactionTemplate tx;

    ExtensionRuleRecomputation(DeadlineService deadlines, CalendarService calendar, TransactionTemplate tx) {
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.tx = tx;
    }

    @EventListener(ApplicationReadyEvent.class)
    void recompute() {
        Integer moved = DataScope.asSystem(() -> tx.execute(s -> deadlines.recomputeExtended(calendar.load(), REASON)));
        if (moved != null && moved > 0) {
            log.info("按更正后的延长规则重新计算了 {} 个期限", moved);
        }
        Integer limited = DataScope.asSystem(() -> tx.execute(s -> deadlines.recomputeLimitedPauses(calendar.load(),
                PAUSE_LIMIT_REASON)));
        if (limited != null && limited > 0) {
            log.info("为 {} 个设有最长暂停期限的期限计算了到期日", limited);
        }
    }
}
