package org.fazhi.enforcement.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.FazhiUser;
import org.fazhi.publication.DecisionKind;
import org.fazhi.publication.DecisionToPublish;
import org.fazhi.publication.PublicationDesk;
import org.fazhi.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 历史处罚决定 — a checked row of the 行政处罚决定台账 is kept and handed to the publication desk, with the desk's
 * redaction and due date: it waits for the reviewer's confirmation, or, imported by a reviewer who confirmed the whole
 * file ({@link DecisionImport}), it is published at once with the import date as publication date.
 */
@Service
@Transactional
class PastDecisions {

    private final PastDecisionRepository decisions;
    private final PenaltyCaseRepository cases;
    private final PublicationDesk desk;
    private final Clock clock;

    PastDecisions(PastDecisionRepository decisions, PenaltyCaseRepository cases, PublicationDesk desk,
                  Clock clock) {
        this.decisions = decisions;
        this.cases = cases;
        this.desk = desk;
        this.clock = clock;
    }

    /** Keeps one checked row and hands it to the desk: to wait for review, or published today if reviewed. */
    void record(DecisionLedger.Entry e) {
        if (decisions.existsByCaseNumber(e.caseNumber())
                || cases.existsByCaseNumberOrDecisionNumber(e.caseNumber(), e.caseNumber())) {
            throw RuleViolation.onField("caseNumber", "enforcement.import.numberTaken", e.caseNumber());
        }
        String penalty = Penalty.describe(e.kinds(), e.fine());
        String importer = DataScope.currentUser().map(FazhiUser::getUsername).orElse("system");
        boolean reviewed = DecisionImport.reviewedWholeFile();
        PastDecision saved = decisions.save(new PastDecision(e, penalty, importer, reviewed, e.holder()));
        DecisionToPublish d = toPublish(saved);
        if (reviewed) {
            desk.prepareConfirmed(d, LocalDate.now(clock), DecisionImport.CONFIRMATION);
        } else {
            desk.prepare(d);
        }
    }

    /** A past decision as the desk needs it; its age is taken on the day of the violation, else the earliest day. */
    static DecisionToPublish toPublish(PastDecision p) {
        return new DecisionToPublish(p.getHolderUnitId(), DecisionKind.PENALTY, p.getCaseNumber(), p.getCaseNumber(),
                p.getTitle(), p.getPartyType(), p.getParty().name(), p.getParty().idNumber(), p.getPartyBirthDate(),
                p.getParty().phone(), p.getParty().address(), List.of(), p.getViolation(), p.getLegalBasis(),
                p.getPenalty(), p.getFineAmount(), p.getDecidedOn(), p.getAgeTakenOn());
    }
}
