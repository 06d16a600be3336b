package org.fazhi.legality;

import java.util.Map;

/** Counsel's opinions on legality reviews, counted for the legal-team figures and, later, the annual report. */
public interface CounselOpinionCounts {

    /**
     * The opinions written in the year on reviews of the unit (a town: its reviews; the district: every town of the
     * caller's scope; a village: none, reviews are the town's), by review kind code ({@code NORMATIVE_DOCUMENT} …);
     * kinds without an opinion are left out.
     */
    Map<String, Long> byKind(int year, long orgUnitId);
}
