package org.fazhi.publication;

import java.time.LocalDate;
import java.util.List;

/**
 * What other modules (enforcement, the ledger of past decisions) ask of the publication desk. Each call joins the
 * caller's transaction and scope.
 */
public interface PublicationDesk {

    /**
     * Registers a decision for publication: redacts it, computes its due date and starts its clock; it waits for a
     * reviewer's confirmation. A decision whose party was a minor on the day of the violation is recorded as withheld
     * and never published. Returns the publication id.
     */
    long prepare(DecisionToPublish decision);

    /**
     * As {@link #prepare}, with the redaction confirmed at once by the current user, who must hold the reviewer's
     * authority ({@code LEGAL_REVIEW}): the decision is published on {@code publishedOn} and the audit trail keeps
     * {@code confirmation} (what the reviewer confirmed, e.g. that they reviewed the whole imported file).
     */
    long prepareConfirmed(DecisionToPublish decision, LocalDate publishedOn, String confirmation);

    /**
     * The decision was changed, revoked, confirmed unlawful or void on {@code on} (《行政处罚法》第48条), whatever the
     * state of its publication: pending, it is cancelled; public, it is withdrawn within 3 working days (第85条) and
     * stays listed as a stub with the reason; withheld or taken down, there is nothing to withdraw and the revocation
     * is kept with its reason; already revoked, nothing changes. Never refuses for the publication's state.
     */
    void decisionRevoked(String caseNumber, LocalDate on, String reason);

    /**
     * The deciding module learnt of more persons named in a decision (agents, witnesses, victims): their names are
     * masked in its publication's texts as they stand, whatever its state.
     */
    void maskNames(String caseNumber, List<String> names);

    /**
     * Publications of natural persons made before the minor rule took the party's age on the day of the violation
     * (it took the decision date): the deciding module answers each with {@link #recheckAge}.
     */
    List<PublicationRef> awaitingAgeRecheck();

    /**
     * Applies the minor rule to a publication made before it took the day of the violation, with the decision as the
     * deciding module holds it ({@code null} when it holds none: nothing to apply). A party who was a minor then is
     * withheld now, taken off the portal if it was public. Returns whether it was withheld.
     */
    boolean recheckAge(PublicationRef publication, DecisionToPublish decision);

    /** The period within which a decision of that kind is published (国办发〔2018〕118号). */
    org.fazhi.deadline.StatutoryPeriod publicationPeriod(DecisionKind kind);
}
