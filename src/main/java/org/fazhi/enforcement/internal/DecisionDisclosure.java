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
 * Decisions without a penalty (不予处罚, 移送) are not published. The revocation never fails for the publication's
 * state: the desk does what that state allows.
 */
@Component
class DecisionDisclosure {

    private final PublicationDesk desk;
    private final CasePersonRepository persons;

    DecisionDisclosure(PublicationDesk desk, CasePersonRepository persons) {
        this.desk = desk;
        this.persons = persons;
    }

    /** The case has just been decided (《行政处罚法》第57条). */
    void decided(PenaltyCase c) {
        if (c.getDecision().getOutcome() != Outcome.PENALTY) {
            return;
        }
        desk.prepare(toPublish(c));
    }

    /**
     * The decision as the desk needs it: the party's birth date (from the ID number or as recorded) and the day of the
     * violation decide the minor rule; the other persons' names are masked in the texts.
     */
    DecisionToPublish toPublish(PenaltyCase c) {
        Decision d = c.getDecision();
        List<String> others = persons.findByCaseIdOrderByIdAsc(c.getId()).stream().map(CasePerson::getName).toList();
        return new DecisionToPublish(c.getHolderUnitId(), DecisionKind.PENALTY, c.getCaseNumber(), d.getNumber(),
                c.getTitle(), c.getPartyType(), c.getPartyName(), c.getPartyIdNumber(), c.getPartyBirthDate(),
                c.getPartyPhone(), c.getPartyAddress(), others, c.getOffence().getViolation(),
                c.getOffence().getLegalBasis(), d.getPenalty().getText(), d.getPenalty().getFine(), d.getDecidedOn(),
                c.getAgeTakenOn());
    }

    /** The decision was changed, revoked, confirmed unlawful or void on {@code on} (《行政处罚法》第48条). */
    void revoked(PenaltyCase c, LocalDate on, String reason) {
        desk.decisionRevoked(c.getCaseNumber(), on, reason);
    }
}
