package org.fazhi.enforcement.internal;

import java.util.Optional;
import org.fazhi.files.AttachmentOwner;
import org.fazhi.organization.DataScope;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The records of a case step (执法全过程记录) as attachments: readable by whoever may read the case, added by holders of
 * {@code FILE_WRITE} who may write it (officers, the reviewer with the counsel's opinion).
 */
@Component
class StepAttachments implements AttachmentOwner {

    static final String TYPE = "penalty-case-step";

    private final CaseStepRepository steps;
    private final OrgDirectory directory;
    private final DataScope dataScope;
    private final EvidenceLog log;

    StepAttachments(CaseStepRepository steps, OrgDirectory directory, DataScope dataScope, EvidenceLog log) {
        this.steps = steps;
        this.directory = directory;
        this.dataScope = dataScope;
        this.log = log;
    }

    @Override
    public String ownerType() {
        return TYPE;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrgUnitView> readableHolder(long ownerId) {
        return steps.findById(ownerId).flatMap(s -> directory.find(s.getHolderUnitId()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrgUnitView> writableHolder(long ownerId) {
        return readableHolder(ownerId).filter(u -> mayWriteFiles() && dataScope.canWriteHeldBy(u.id()));
    }

    /** A record downloaded through the platform's file endpoint instead of the case page is logged all the same. */
    @Override
    public void downloaded(long ownerId, long fileId) {
        CaseStep step = steps.findById(ownerId).orElseThrow();
        log.opened(step.getCaseId(), ownerId, fileId, step.getHolderUnitId(), EvidenceAccess.Kind.DOWNLOAD);
    }

    private static boolean mayWriteFiles() {
        return DataScope.current().system() || DataScope.currentUser().map(u -> u.getAuthorities().stream()
                .anyMatch(a -> "FILE_WRITE".equals(a.getAuthority()))).orElse(false);
    }
}
