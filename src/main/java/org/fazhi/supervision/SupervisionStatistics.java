package org.fazhi.supervision;

/**
 * The year's supervision figures, computed in one place for the annual report: findings raised from the data in the
 * year, and how many of them were closed by the year's last day. Both are read from dates the findings keep (when
 * detected, when closed), so a past year's figures do not move when a finding is closed later.
 */
public interface SupervisionStatistics {

    /** Figures of a town (or the district: every town of the caller's scope) for the year. */
    Figures of(int year, long orgUnitId);

    /**
     * @param findings      findings detected in the year
     * @param closed        of those, closed by the year's last day
     * @param openAtYearEnd of those, still open on the year's last day
     */
    record Figures(int year, long orgUnitId, long findings, long closed, long openAtYearEnd) {
    }
}
