package org.fazhi.disclosure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 依申请公开的申请 as other modules may name one (a reconsideration or lawsuit about a reply): found by id within the
 * caller's data scope, an application of another town is not found.
 */
public interface DisclosureApplications {

    /** The 申请编号 of the application, if the caller may read it. */
    Optional<String> applicationNumber(long applicationId);

    /** An application answered on a day: the reply a reconsideration or lawsuit may challenge. */
    record Answered(long id, String applicationNumber, LocalDate answeredOn) {
    }

    /** The applications of the caller's scope answered between the two days (inclusive), in the order answered. */
    List<Answered> answeredBetween(LocalDate from, LocalDate to);
}
