package org.fazhi.enforcement.internal;

import java.util.Optional;
import org.fazhi.deadline.StatutoryPeriod;

/**
 * 行政强制措施的种类 (《行政强制法》第9条) — those a town's enforcement may record on a case. Restricting a citizen's
 * personal freedom (第9条第1项) is not a town's power and is not listed.
 */
public enum CoerciveMeasureKind {
    /** 查封场所、设施或者财物 (第9条第2项) */
    SEAL_UP(PenaltyPeriods.SEIZURE_TERM),
    /** 扣押财物 (第9条第3项) */
    SEIZE(PenaltyPeriods.SEIZURE_TERM),
    /** 冻结存款、汇款 (第9条第4项) */
    FREEZE(PenaltyPeriods.FREEZE_TERM),
    /** 其他行政强制措施 (第9条第5项): the law sets no general term for them */
    OTHER(null);

    private final StatutoryPeriod term;

    CoerciveMeasureKind(StatutoryPeriod term) {
        this.term = term;
    }

    /** The longest the measure may last before it is decided on or lifted, where the law sets one. */
    public Optional<StatutoryPeriod> term() {
        return Optional.ofNullable(term);
    }
}
