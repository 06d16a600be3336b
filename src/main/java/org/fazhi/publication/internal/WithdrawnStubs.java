package org.fazhi.publication.internal;

import org.fazhi.organization.scope.DataScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Decisions withdrawn before withdrawal cut their search text to the stub's are still found by their withdrawn words;
 * at start-up they are cut and re-indexed (through the entity, so the change is in the audit trail).
 */
@Component
class WithdrawnStubs {

    private static final Logger log = LoggerFactory.getLogger(WithdrawnStubs.class);

    private final PublicationService publications;

    WithdrawnStubs(PublicationService publications) {
        this.publications = publications;
    }

    @EventListener(ApplicationReadyEvent.class)
    void cut() {
        int n = DataScope.asSystem(publications::cutWithdrawnToStubs);
        if (n > 0) {
            log.info("{} 条已撤回的公示改为只按其存根（案号、文号、标题）可查", n);
        }
    }
}
