package org.fazhi.study;

import java.util.List;
import java.util.Map;

/** The year's leaders' study figures, computed in one place for the API, the pages and the annual report. */
public interface StudyStatistics {

    /** Figures of the org unit (a town, or the district: every town of the caller's scope) for the year. */
    Figures of(int year, long orgUnitId);

    /**
     * @param sessions     study sessions held in the year
     * @param byForm       sessions per form, by its label
     * @param participants attendances summed over the sessions
     * @param topics       the topics studied, in the order of the sessions
     * @param statements   述法 statements of the year's first responsible persons recorded (one per town and year)
     */
    record Figures(int year, long orgUnitId, long sessions, Map<String, Long> byForm, long participants,
                   List<String> topics, long statements) {
    }
}
