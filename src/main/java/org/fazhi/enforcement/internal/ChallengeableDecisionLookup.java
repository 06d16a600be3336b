package org.fazhi.enforcement.internal;

import java.util.Optional;
import org.fazhi.enforcement.ChallengeableDecisions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds cases and past decisions by id within the caller's scope (the repositories' loads are scoped). */
@Component
class ChallengeableDecisionLookup implements ChallengeableDecisions {

    private final PenaltyCaseRepository cases;
    private final PastDecisionRepository pastDecisions;

    ChallengeableDecisionLookup(PenaltyCaseRepository cases, PastDecisionRepository pastDecisions) {
        this.cases = cases;
        this.pastDecisions = pastDecisions;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> penaltyCaseNumber(long caseId) {
        return cases.findById(caseId).map(PenaltyCase::getCaseNumber);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> pastDecisionNumber(long decisionId) {
        return pastDecisions.findById(decisionId).map(PastDecision::getCaseNumber);
    }
}
