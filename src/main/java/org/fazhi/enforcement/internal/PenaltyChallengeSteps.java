package org.fazhi.enforcement.internal;

import java.time.LocalDate;
import org.fazhi.enforcement.PenaltyChallenges;
import org.fazhi.shared.NotFound;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The case's remedy steps taken for a challenge recorded by the module that answers it. */
@Component
@Transactional
class PenaltyChallengeSteps implements PenaltyChallenges {

    private final CaseService cases;
    private final PenaltyCaseRepository repository;

    PenaltyChallengeSteps(CaseService cases, PenaltyCaseRepository repository) {
        this.cases = cases;
        this.repository = repository;
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
