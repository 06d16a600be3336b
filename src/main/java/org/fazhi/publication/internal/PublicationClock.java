package org.fazhi.publication.internal;

import org.fazhi.deadline.ClockPurpose;

/** The clocks a publication keeps in the deadline engine, named by the publication and their purpose. */
enum PublicationClock implements ClockPurpose {
    /** 执法决定公示期限: published within the period of its kind of decision */
    PUBLICATION,
    /** 撤回公示期限: a revoked decision is taken off the public list in time */
    WITHDRAWAL;

    /** The subject type of a publication's clocks. */
    static final String SUBJECT = "publication";

    @Override
    public String code() {
        return ClockPurpose.codeOf(this);
    }
}
