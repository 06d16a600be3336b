package org.fazhi.enforcement;

import java.time.LocalDate;
import java.util.List;

/**
 * 已作出决定的处罚案件 — the penalty cases of a town decided in a year, each with the department (执法部门) that holds
 * it, for another module that examines them after the fact (the annual case-file review, 案卷评查). Reads follow the
 * caller's data scope: a town outside it is refused.
 */
public interface DecidedCases {

    /** The cases of the town decided (whatever the outcome) in the year, in the order of their ids. */
    List<DecidedCase> decidedIn(int year, long townId);

    /** A decided case as another module names it. */
    record DecidedCase(long id, String caseNumber, String title, long departmentId, LocalDate decidedOn) {
    }
}
