package org.fazhi.mediation.internal;

import org.fazhi.deadline.ClockPurpose;

/** The clocks a dispute keeps in the deadline engine, named by the dispute and their purpose. */
enum DisputeClock implements ClockPurpose {
    /** 调解办结期限: the conclusion target of the town's settings (司法部令第75号第33条) */
    CONCLUSION,
    /**
     * 司法确认申请期限: 30 days from the written agreement taking effect (《人民调解法》第33条) — the parties'
     * window; passed, it lapses.
     */
    COURT_CONFIRMATION;

    /** The subject type of a dispute's clocks. */
    static final String SUBJECT = "mediation.dispute";

    @Override
    public String code() {
        return ClockPurpose.codeOf(this);
    }

    @Override
    public Owner owner() {
        return this == COURT_CONFIRMATION ? Owner.PARTY : Owner.AUTHORITY;
    }
}
