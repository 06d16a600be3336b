package org.fazhi.counsel;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The year's legal-team figures (一村居一法律顾问 coverage, 法律明白人, 法治副校长), computed in one place for the API, the
 * dashboard and the annual report.
 */
public interface LegalTeamStatistics {

    /**
     * Figures of the org unit (a town with its villages; a village itself; the district: every town of the caller's
     * scope) for the year. The caller must be able to see the unit.
     */
    Figures of(int year, long orgUnitId);

    /**
     * @param villages             villages and communities of the unit
     * @param villagesWithAdvisor  of those, the ones with an advisor engaged on the reference day (the year's last
     *                             day, or today for the current year)
     * @param advisorCoverage      villagesWithAdvisor / villages × 100, half-up to two decimals (0 without villages)
     * @param advisors             distinct advisors (by licence number) engaged in those villages on the reference day
     * @param legalAwarePersons    法律明白人 registered in the unit's villages
     * @param schoolVicePrincipals 法治副校长 registered in the unit
     * @param counselOpinions      counsel's opinions on legality reviews written in the year, by review kind
     */
    record Figures(int year, long orgUnitId, long villages, long villagesWithAdvisor, BigDecimal advisorCoverage,
                   long advisors, long legalAwarePersons, long schoolVicePrincipals,
                   CounselOpinions counselOpinions) {
    }

    /** Counsel's opinions of the year by kind of matter. */
    record CounselOpinions(Map<String, Long> byKind) {
    }
}
