package org.fazhi.emergency;

import java.util.Map;

/** The year's emergency figures, computed in one place for the API, the dashboard and the annual report. */
public interface EmergencyStatistics {

    /**
     * Figures of the org unit (a town: the whole town; a department or village: the records it holds; the district:
     * every town of the caller's scope) for the year. The caller must be able to see the unit.
     */
    Figures of(int year, long orgUnitId);

    /**
     * @param incidents     incidents that became known in the year
     * @param bySeverity    those incidents by severity (every severity listed, zero included), by constant name
     * @param byKind        those incidents by kind (every kind listed), by constant name
     * @param reportsOnTime first and written reports of those incidents made by their due minute
     * @param reportsLate   first and written reports of those incidents made after it
     * @param warnings      warnings issued in the year
     * @param drills        drills held in the year
     * @param plansOverdue  plans whose evaluation is overdue today
     */
    record Figures(int year, long orgUnitId, long incidents, Map<String, Long> bySeverity, Map<String, Long> byKind,
                   long reportsOnTime, long reportsLate, long warnings, long drills, long plansOverdue) {
    }
}
