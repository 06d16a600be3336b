package org.fazhi.mediation.internal;

import org.fazhi.deadline.StatutoryPeriod;
import org.fazhi.shared.LegalBasis;

/** The periods of people's mediation. */
final class MediationPeriods {

    /** 《人民调解法》第33条: the parties may jointly apply for court confirmation within 30 days of the agreement taking effect. */
    static final StatutoryPeriod COURT_CONFIRMATION = StatutoryPeriod.calendarDays(30, LegalBasis.of("人民调解法", 33));

    /** 司法部令第75号《人民调解工作若干规定》第33条: the basis of the conclusion target ({@link MediationSettings#conclusionMonths}). */
    static final LegalBasis CONCLUSION_TARGET = LegalBasis.of("人民调解工作若干规定", 33);

    /** 《人民调解法》第25条: a dispute that may turn into a public-security or criminal case is reported to the police. */
    static final LegalBasis POLICE_REPORT = LegalBasis.of("人民调解法", 25);

    /** 《人民调解法》第26条: failed mediation ends and the parties are told their other routes. */
    static final LegalBasis FAILED_ROUTES = LegalBasis.of("人民调解法", 26);

    /** 《人民调解法》第29条: a written agreement takes effect when the parties and the mediator sign and the seal is applied. */
    static final LegalBasis WRITTEN_AGREEMENT = LegalBasis.of("人民调解法", 29);

    static StatutoryPeriod conclusion(MediationSettings settings) {
        return StatutoryPeriod.months(settings.conclusionMonths(), CONCLUSION_TARGET);
    }

    private MediationPeriods() {
    }
}
