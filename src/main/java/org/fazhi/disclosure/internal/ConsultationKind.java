package org.fazhi.disclosure.internal;

import org.fazhi.deadline.StatutoryPeriod;

/** 征求意见对象 — who is consulted on an application (arts. 32, 34), which fixes how long they have to answer. */
public enum ConsultationKind {
    /** 第三方 (art. 32) */
    THIRD_PARTY,
    /** 其他机关 (art. 34) */
    AGENCY;

    StatutoryPeriod replyPeriod() {
        return this == THIRD_PARTY ? DisclosurePeriods.THIRD_PARTY_OPINION : DisclosurePeriods.AGENCY_OPINION;
    }
}
