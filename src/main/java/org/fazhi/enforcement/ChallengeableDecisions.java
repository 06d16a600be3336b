package org.fazhi.enforcement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 可被诉的处罚决定 — lets another module (a lawsuit or reconsideration against the town) name a penalty case of the
 * platform or a past decision imported from the 行政处罚决定台账 by its id. Reads follow the caller's data scope: a
 * record of another town is not found.
 */
public interface ChallengeableDecisions {

    /** The 案号 of the penalty case, if the caller may read it. */
    Optional<String> penaltyCaseNumber(long caseId);

    /** The 决定书文号 of the imported past decision, if the caller may read it. */
    Optional<String> pastDecisionNumber(long decisionId);

    /** A served penalty decision as a lawsuit or reconsideration may name it. */
    record Served(long caseId, String caseNumber, String title, LocalDate servedOn) {
    }

    /**
     * The penalty decisions of the caller's scope that may be challenged now — served (or executed), not revoked, no
     * challenge pending and no suit recorded — in the order served.
     */
    List<Served> challengeable();
}
