package org.fazhi.disclosure;

import java.util.Optional;

/**
 * 依申请公开的申请 as other modules may name one (a reconsideration or lawsuit about a reply): found by id within the
 * caller's data scope, an application of another town is not found.
 */
public interface DisclosureApplications {

    /** The 申请编号 of the application, if the caller may read it. */
    Optional<String> applicationNumber(long applicationId);
}
