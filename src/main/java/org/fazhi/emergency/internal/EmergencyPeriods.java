package org.fazhi.emergency.internal;

import org.fazhi.deadline.StatutoryPeriod;
import org.fazhi.shared.LegalBasis;

/** The periods of emergency management: each a setting of {@link EmergencySettings}, with the rule it serves. */
final class EmergencyPeriods {

    /**
     * 《突发事件应对法》(2024), 信息报告: an incident is reported at once, as the rules of the level above say; the
     * minutes of the first call and of the written report are the province's and the district's (settings), so the
     * clock cites the statute, not an article that would fix a number.
     */
    static final LegalBasis REPORTING = LegalBasis.of("突发事件应对法");

    /**
     * 《突发事件应急预案管理办法》(国办发〔2024〕5号): plans are evaluated and revised periodically and drilled; the
     * intervals are the town's (settings).
     */
    static final LegalBasis PLANS = LegalBasis.of("突发事件应急预案管理办法");

    static StatutoryPeriod firstReport(EmergencySettings s) {
        return StatutoryPeriod.minutes(s.firstReportMinutes(), REPORTING);
    }

    static StatutoryPeriod writtenReport(EmergencySettings s) {
        return StatutoryPeriod.minutes(s.writtenReportMinutes(), REPORTING);
    }

    static StatutoryPeriod evaluation(EmergencySettings s) {
        return StatutoryPeriod.years(s.evaluationYears(), PLANS);
    }

    static StatutoryPeriod drill(EmergencySettings s) {
        return StatutoryPeriod.months(s.drillMonths(), PLANS);
    }

    private EmergencyPeriods() {
    }
}
