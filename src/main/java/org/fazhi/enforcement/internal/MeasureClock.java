package org.fazhi.enforcement.internal;

import org.fazhi.deadline.ClockPurpose;

/**
 * 强制措施期限 — the clock of a coercive measure in the deadline engine: the term of a 查封、扣押 (《行政强制法》第25条) or
 * 冻结 (第32条), running from the day it was applied. It is the authority's duty: by its end the town decides (处理决定)
 * or lifts the measure; a measure still in force after it is overdue.
 */
public enum MeasureClock implements ClockPurpose {
    TERM;

    /** The subject type of a measure's clock; the subject id is the measure's id. */
    public static final String SUBJECT = "coercive.measure";

    @Override
    public String code() {
        return ClockPurpose.codeOf(this);
    }
}
