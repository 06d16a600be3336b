package org.fazhi.enforcement;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The year's enforcement figures, computed in one place for the API, the dashboards and the annual report. Filed
 * cases count by filing date; decided, major, reviewed, fines and kinds by decision date (a decision with a fine and a
 * confiscation counts under both kinds); publication figures come from the disclosure of decisions by decision year.
 * Penalty decisions count the cases decided to penalise and the past decisions imported from the 行政处罚决定台账,
 * both by decision date: the annual disclosure report counts every decision made in the year, whenever it was entered.
 * Coercive measures (行政强制措施) count by the day they were applied: each is one decision of 行政强制.
 */
public interface EnforcementStatistics {

    /** Figures of the org unit (a town, or a department holding cases, or the district: every town in scope). */
    Figures of(int year, long orgUnitId);

    /**
     * @param casesDecided           cases of the platform decided in the year, whatever the outcome
     * @param penaltyDecisions       decisions to penalise (给予行政处罚) made in the year: cases of the platform and
     *                               past decisions imported from the 行政处罚决定台账
     * @param penaltiesByKind        decisions per kind, keyed by the art. 9 name (警告, 罚款 …)
     * @param majorCases             decided cases of art. 58 (legal review mandatory)
     * @param casesReviewed          decided cases that passed legal review
     * @param withheld               decisions not published (a minor, secrets, privacy, security)
     * @param revoked                decisions changed, revoked, confirmed unlawful or void, whatever their
     *                               publication's state
     * @param casesWithFullRecords   decided cases where every step reached carries at least one record
     * @param coerciveMeasures       coercive measures (查封、扣押、冻结存款汇款、其他, 《行政强制法》第9条) applied in the
     *                               year on the unit's cases — the 行政强制 decisions of the annual disclosure report
     */
    record Figures(int year, long orgUnitId, long casesFiled, long casesDecided, long penaltyDecisions,
                   Map<String, Long> penaltiesByKind, BigDecimal fineTotal, long majorCases, long casesReviewed,
                   long majorCasesReviewed, long collectivelyDiscussed, long publishedOnTime, long publishedLate,
                   long withdrawn, long withheld, long revoked, long casesWithFullRecords,
                   long coerciveMeasures) {
    }
}
