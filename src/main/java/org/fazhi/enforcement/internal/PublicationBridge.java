package org.fazhi.enforcement.internal;

import org.fazhi.enforcement.DecisionChanged;
import org.fazhi.enforcement.PenaltyDecided;
import org.fazhi.publication.DecisionKind;
import org.fazhi.publication.DecisionToPublish;
import org.fazhi.publication.PartyType;
import org.fazhi.publication.PublicationDesk;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hands every penalty decision to the disclosure desk (执法公示, 三项制度) in the deciding transaction, and its
 * withdrawal when the decision is changed or revoked. Decisions without a penalty are not published.
 */
@Component
class PublicationBridge {

    private final PublicationDesk desk;

    PublicationBridge(PublicationDesk desk) {
        this.desk = desk;
    }

    @EventListener
    void on(PenaltyDecided d) {
        if (!Outcome.PENALTY.name().equals(d.outcome())) {
            return;
        }
        desk.prepare(new DecisionToPublish(d.holderUnitId(), DecisionKind.PENALTY, d.caseNumber(), d.decisionNumber(),
                d.title(), PartyType.valueOf(d.partyType()), d.partyName(), d.partyIdNumber(), d.partyPhone(),
                d.partyAddress(), java.util.List.of(), d.violation(), d.basis(), d.penaltyText(), d.fineAmount(),
                d.decidedOn()));
    }

    @EventListener
    void on(DecisionChanged d) {
        desk.decisionRevoked(d.caseNumber(), d.on(), d.reason());
    }
}
