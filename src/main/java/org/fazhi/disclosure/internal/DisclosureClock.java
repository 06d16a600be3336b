package org.fazhi.disclosure.internal;

import org.fazhi.deadline.ClockPurpose;

/** The clocks of 政务公开 records in the deadline engine, named by the record and their purpose. */
enum DisclosureClock implements ClockPurpose {
    /** 答复期限 of an application (《政府信息公开条例》第33条) */
    ANSWER,
    /** 缴费期限 of an application's processing fee (第42条, 国办函〔2020〕109号): the applicant's, watched by staff */
    FEE_PAYMENT,
    /** 主动公开期限 of a catalogue item (第26条) */
    PUBLICATION;

    @Override
    public String code() {
        return ClockPurpose.codeOf(this);
    }

    /** The fee period is the applicant's: passed, it lapses (the application counts as withdrawn). */
    @Override
    public Owner owner() {
        return this == FEE_PAYMENT ? Owner.PARTY : Owner.AUTHORITY;
    }
}
