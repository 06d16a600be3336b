package org.fazhi.enforcement.internal;

import org.fazhi.organization.scope.DataScope;
import org.fazhi.publication.DecisionToPublish;
import org.fazhi.publication.PublicationDesk;
import org.fazhi.publication.PublicationRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies the minor rule as it now stands — the party's age on the day of the violation, not on the decision date —
 * to the publications made before it: the desk names the natural persons' publications still pending or public that
 * were checked under the old rule (V70), and this module answers each with the decision as it holds it (case or
 * imported past decision). A party who was a minor when the violation was committed is withheld now, off the portal
 * if it was public, through the entity (audited). Each publication is checked once, so later starts cost one query.
 */
@Component
public class PublicationAgeRecheck {

    private static final Logger log = LoggerFactory.getLogger(PublicationAgeRecheck.class);

    private final PublicationDesk desk;
    private final PenaltyCaseRepository cases;
    private final PastDecisionRepository pastDecisions;
    private final DecisionDisclosure disclosure;
    private final TransactionTemplate tx;

    PublicationAgeRecheck(PublicationDesk desk, PenaltyCaseRepository cases, PastDecisionRepository pastDecisions,
                          DecisionDisclosure disclosure, TransactionTemplate tx) {
        this.desk = desk;
        this.cases = cases;
        this.pastDecisions = pastDecisions;
        this.disclosure = disclosure;
        this.tx = tx;
    }

    @EventListener(ApplicationReadyEvent.class)
    void recheckAtStart() {
        int n = DataScope.asSystem(this::recheck);
        if (n > 0) {
            log.info("按违法行为发生时的年龄复核，{} 条当事人为未成年人的决定改为不予公示", n);
        }
    }

    /** Rechecks every publication the desk names; returns how many were withheld. */
    public int recheck() {
        Integer withheld = tx.execute(s -> {
            int n = 0;
            for (PublicationRef ref : desk.awaitingAgeRecheck()) {
                if (desk.recheckAge(ref, decisionOf(ref))) {
                    n++;
                }
            }
            return n;
        });
        return withheld == null ? 0 : withheld;
    }

    /** The decision as this module holds it, or {@code null} when it holds none. */
    private DecisionToPublish decisionOf(PublicationRef ref) {
        return cases.findByTownIdAndCaseNumber(ref.townId(), ref.caseNumber())
                .filter(c -> c.getDecision().isMade())
                .map(disclosure::toPublish)
                .orElseGet(() -> pastDecisions.findByTownIdAndCaseNumber(ref.townId(), ref.caseNumber())
                        .map(PastDecisions::toPublish).orElse(null));
    }
}
