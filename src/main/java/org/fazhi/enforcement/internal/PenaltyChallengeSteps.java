package org.fazhi.enforcement.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.fazhi.enforcement.ChallengeableDecisions;
import org.fazhi.enforcement.PenaltyChallenges;
import org.fazhi.shared.NotFound;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Penalty decisions as the module answering a lawsuit or reconsideration sees them: found by id within the caller's
 * scope (the repositories' loads are scoped), and the case's remedy steps taken for the challenge it records.
 */
@Component
@Transactional
class PenaltyChallengeSteps implements ChallengeableDecisions, PenaltyChallenges {

    private final CaseService cases;
    private final PenaltyCaseRepository repository;
    private final PastDecisionRepository pastDecisions;

    PenaltyChallengeSteps(CaseService cases, PenaltyCaseRepository repository, PastDecisionRepository pastDecisions) {
        this.cases = cases;
        this.repository = repository;
        this.pastDecisions = pastDecisions;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> penaltyCaseNumber(long caseId) {
        return repository.findById(caseId).map(PenaltyCase::getCaseNumber);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> pastDecisionNumber(long decisionId) {
        return pastDecisions.findById(decisionId).map(PastDecision::getCaseNumber);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Served> challengeable() {
        return repository.findByStateInOrderByIdAsc(EnumSet.of(CaseState.SERVED, CaseState.EXECUTED)).stream()
                .filter(c -> !c.getRevocation().isRevoked() && !c.getRemedies().isPending()
                        && !c.getRemedies().isSued() && c.getService().getServedOn() != null)
                .map(c -> new Served(c.getId(), c.getCaseNumber(), c.getTitle(), c.getService().getServedOn()))
                .sorted(Comparator.comparing(Served::servedOn).thenComparing(Served::caseId)).toList();
    }

    @Override
    public boolean challenged(long caseId, boolean reconsideration, LocalDate on, String note) {
        PenaltyCase c = repository.findById(caseId).orElseThrow(() -> new NotFound("case", caseId));
        RemedyKind kind = reconsideration ? RemedyKind.RECONSIDERATION : RemedyKind.SUIT;
        if (c.getRemedies().isPending() && c.getRemedies().pendingKind() == kind) {
            return false;
        }
        cases.reported(c, Step.RECORD_REMEDY, CaseService.StepInput.on(on).withRemedy(kind).withNote(note));
        return true;
    }

    @Override
    public boolean decided(long caseId, Result result, LocalDate on, String note) {
        PenaltyCase c = repository.findById(caseId).orElseThrow(() -> new NotFound("case", caseId));
        if (!c.getRemedies().isPending()) {
            return false;
        }
        RemedyResult r = switch (result) {
            case UPHELD -> RemedyResult.UPHELD;
            case CHANGED -> RemedyResult.CHANGED;
            case REVOKED -> RemedyResult.REVOKED;
        };
        cases.reported(c, Step.REMEDY_OUTCOME, CaseService.StepInput.on(on).withResult(r).withNote(note));
        return true;
    }
}
