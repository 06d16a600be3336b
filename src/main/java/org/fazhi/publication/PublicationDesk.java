package org.fazhi.publication;

import java.time.LocalDate;

/**
 * What other modules (enforcement, the ledger of past decisions) ask of the publication desk. Each call joins the
 * caller's transaction and scope.
 */
public interface PublicationDesk {

    /**
     * Registers a decision for publication: redacts it, computes its due date and starts its clock. A decision whose
     * party was a minor on the decision date is recorded as withheld and never published. Returns the publication id.
     */
    long prepare(DecisionToPublish decision);

    /** As {@link #prepare}, with the redaction confirmed at once and the decision published on {@code publishedOn}. */
    long prepareAndPublish(DecisionToPublish decision, LocalDate publishedOn);

    /**
     * The decision was changed, revoked, confirmed unlawful or void on {@code on}: its publication is withdrawn within 3
     * working days (《行政处罚法》第48条、第85条) and stays listed as a stub with the reason.
     */
    void decisionRevoked(String caseNumber, LocalDate on, String reason);
}
