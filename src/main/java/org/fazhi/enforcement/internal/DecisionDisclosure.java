package org.fazhi.enforcement.internal;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.publication.DecisionKind;
import org.fazhi.publication.DecisionToPublish;
import org.fazhi.publication.PublicationDesk;
import org.springframework.stereotype.Component;

/**
 * Hands a penalty decision to the publication desk (执法公示, 三项制度) in the deciding transaction, and its withdrawal
 * when the decision is changed or revoked. A call, not an event: enforcement already depends on the publication
 * module (its {@code PartyType} and figures), so publication cannot listen to enforcement without a cycle, and the
 * desk must refuse in the same transaction — a decision the desk rejects is not recorded either.
 * Decisions without a penalty (不予处罚, 移送) are not published.
 */
@Component
class DecisionDisclosure {

    private final PublicationDesk desk;

    DecisionDisclosure(PublicationDesk desk) {
        this.desk = desk;
    }

    /** The case has just been decided (《行政处罚法》第57条). */
    void decided(PenaltyCase c) {
        Decision d = c.getDecision();
        if (d.getOutcome() != Outcome.PENALTY) {
            return;
        }
        desk.prepare(new DecisionToPublish(c.getHolderUnitId(), DecisionKind.PENALTY, c.getCaseNumber(),
                d.getNumber(), c.getTitle(), c.getPartyType(), c.getPartyName(), c.getPartyIdNumber(),
                c.getPartyPhone(), c.getPartyAddress(), List.of(), c.getOffence().getViolation(),
                c.getOffence().getLegalBasis(), d.getPenalty().getText(), d.getPenalty().getFine(), d.getDecidedOn()));
    }

    /** The decision was changed, revoked, confirmed unlawful or void on {@code on} (《行政处罚法》第48条). */
    void revoked(PenaltyCase c, LocalDate on, String reason) {
        desk.decisionRevoked(c.getCaseNumber(), on, reason);
    }
}
