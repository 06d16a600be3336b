package org.fazhi.publication.internal;

import java.util.EnumSet;
import java.util.Set;
import org.fazhi.shared.RuleViolation;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The steps of a publication allowed from some statuses only, and those statuses; the step itself, and the status it
 * leads to, is the method of {@link Publication} of the same name. A revocation is recorded from any status, and only
 * a revoked public decision is withdrawn: those two check their own.
 */
enum PublicationStep {
    REVISE("publication.revise", EnumSet.of(PublicationStatus.PENDING_REVIEW)),
    CONFIRM("publication.confirm", EnumSet.of(PublicationStatus.PENDING_REVIEW)),
    /** 不予公示: before publication, or taking a public one off the portal. */
    WITHHOLD("publication.withhold", EnumSet.of(PublicationStatus.PENDING_REVIEW, PublicationStatus.PUBLISHED)),
    /** The publication period ended: a withdrawn decision's stub goes too. */
    TAKE_DOWN("publication.action.takeDown", EnumSet.of(PublicationStatus.PUBLISHED, PublicationStatus.WITHDRAWN));

    /** The message key of the step's name, for the refusal. */
    private final String label;
    private final Set<PublicationStatus> from;

    PublicationStep(String label, Set<PublicationStatus> from) {
        this.label = label;
        this.from = from;
    }

    boolean allowedFrom(PublicationStatus status) {
        return from.contains(status);
    }

    /** Refuses the step from {@code status}, naming the status and the step in the reader's language. */
    void require(PublicationStatus status) {
        if (!allowedFrom(status)) {
            throw new RuleViolation("publication.step.notAllowed",
                    new DefaultMessageSourceResolvable("publication.status." + status.name()),
                    new DefaultMessageSourceResolvable(label));
        }
    }
}
