package org.fazhi.litigation;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The year's litigation and reconsideration figures (the annual report quotes 收案, 结案, 败诉 and 负责人出庭), computed
 * in one place for the API, the dashboard and the reports.
 */
public interface LitigationStatistics {

    /**
     * Figures of the org unit (a town: its cases; a department: the cases it holds; the district: every town of the
     * caller's scope) for the year. The caller must be able to see the unit.
     */
    Figures of(int year, long orgUnitId);

    /**
     * @param litigation      lawsuits (first and second instance)
     * @param reconsideration reconsiderations
     * @param byOutcome       cases concluded in the year per outcome label (驳回诉讼请求, 维持 …)
     */
    record Figures(int year, long orgUnitId, KindFigures litigation, KindFigures reconsideration,
                   Map<String, Long> byOutcome) {
    }

    /**
     * @param received       cases whose copy (起诉状或复议申请书副本) was received in the year
     * @param concluded      cases concluded in the year
     * @param lost           of those, cases lost (撤销, 部分撤销, 变更, 确认违法, 确认无效, 责令履行)
     * @param lossRate       败诉率: lost / concluded × 100, two decimals half up; {@code null} when none concluded
     * @param heard          cases with a hearing in the year
     * @param headAppeared   of those, cases where the head appeared at every hearing of the year
     * @param appearanceRate 出庭率: headAppeared / heard × 100, two decimals half up; {@code null} when none heard
     */
    record KindFigures(long received, long concluded, long lost, BigDecimal lossRate, long heard, long headAppeared,
                       BigDecimal appearanceRate) {
    }
}
