package org.fazhi.enforcement.internal;

import java.time.Clock;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.FazhiUser;
import org.fazhi.organization.OrgDirectory;
import org.springframework.stereotype.Component;

/**
 * 查阅记录 — notes who opened which record of a case, whichever way it was opened: the case's own pages and API, or
 * the platform's file download.
 */
@Component
class EvidenceLog {

    private final EvidenceAccessRepository accesses;
    private final OrgDirectory directory;
    private final Clock clock;

    EvidenceLog(EvidenceAccessRepository accesses, OrgDirectory directory, Clock clock) {
        this.accesses = accesses;
        this.directory = directory;
        this.clock = clock;
    }

    /** Written as the platform, in the caller's transaction: a read-only viewer leaves a trace too. */
    void opened(long caseId, long stepId, long fileId, long holderUnitId, EvidenceAccess.Kind kind) {
        String viewer = DataScope.currentUser().map(FazhiUser::getUsername).orElse("system");
        DataScope.asSystem(() -> {
            accesses.save(new EvidenceAccess(caseId, stepId, fileId, viewer, kind, clock.instant(),
                    directory.get(holderUnitId)));
        });
    }
}
