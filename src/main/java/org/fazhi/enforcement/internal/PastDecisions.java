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
 * 历史处罚决定 — a checked row of the 行政处罚决定台账 is kept and published at once through the publication desk, with
 * the desk's redaction and due date, and the import date as publication date ({@link DecisionImport}).
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

    /** Keeps one checked row and publishes it today. */
    void record(DecisionLedger.Entry e) {
        if (decisions.existsByCaseNumber(e.caseNumber())
                || cases.existsByCaseNumberOrDecisionNumber(e.caseNumber(), e.caseNumber())) {
            throw RuleViolation.onField("caseNumber", "enforcement.import.numberTaken", e.caseNumber());
        }
        String penalty = Penalty.describe(e.kinds(), e.fine());
        String importer = DataScope.currentUser().map(FazhiUser::getUsername).orElse("system");
        decisions.save(new PastDecision(e, penalty, importer, e.holder()));
        desk.prepareAndPublish(new DecisionToPublish(e.holder().id(), DecisionKind.PENALTY, e.caseNumber(),
                e.caseNumber(), e.title(), e.partyType(), e.partyName(), e.partyIdNumber(), e.partyPhone(),
                e.partyAddress(), List.of(), e.violation(), e.legalBasis(), penalty, e.fine(), e.decidedOn()),
                LocalDate.now(clock));
    }
}
