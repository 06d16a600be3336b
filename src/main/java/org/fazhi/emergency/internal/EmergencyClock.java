package org.fazhi.emergency.internal;

import org.fazhi.deadline.ClockPurpose;

/** The clocks of emergency records in the deadline engine, named by the record and their purpose. */
enum EmergencyClock implements ClockPurpose {
    /** 首报: minutes after the incident became known */
    FIRST_REPORT,
    /** 书面报告: minutes after the incident became known */
    WRITTEN_REPORT,
    /** 预案评估: years after adoption or the last evaluation */
    PLAN_EVALUATION,
    /** 预案演练: months after adoption or the last drill */
    PLAN_DRILL;

    /** The subject type of an incident's clocks. */
    static final String INCIDENT = "emergency.incident";
    /** The subject type of a plan's clocks. */
    static final String PLAN = "emergency.plan";

    @Override
    public String code() {
        return ClockPurpose.codeOf(this);
    }
}
