package org.fazhi.publication.internal;

import org.fazhi.deadline.StatutoryPeriod;
import org.fazhi.publication.DecisionKind;
import org.fazhi.shared.LegalBasis;

/** The statutory periods of enforcement disclosure. */
final class PublicationPeriods {

    /** 国办发〔2018〕118号: the guideline on the three systems (行政执法公示制度). */
    static final String GUIDELINE = "国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见";

    /** 国办发〔2018〕118号 (二)(三): penalty and licence decisions are published within 7 working days. */
    static final StatutoryPeriod PENALTY_OR_LICENCE = StatutoryPeriod.workingDays(7, LegalBasis.of(GUIDELINE));

    /** 国办发〔2018〕118号 (二)(三): other enforcement decisions within 20 working days. */
    static final StatutoryPeriod OTHER_DECISION = StatutoryPeriod.workingDays(20, LegalBasis.of(GUIDELINE));

    /**
     * 《行政处罚法》第48条: a decision changed, revoked, confirmed unlawful or void is withdrawn within 3 days — working
     * days, art. 85.
     */
    static final StatutoryPeriod WITHDRAWAL = StatutoryPeriod.workingDays(3, LegalBasis.of("行政处罚法", 48, 85));

    private PublicationPeriods() {
    }

    static StatutoryPeriod publication(DecisionKind kind) {
        return kind == DecisionKind.OTHER ? OTHER_DECISION : PENALTY_OR_LICENCE;
    }
}
