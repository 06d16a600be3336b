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

    StepAttachments(CaseStepRepository steps, OrgDirectory directory, DataScope dataScope) {
        this.steps = steps;
        this.directory = directory;
        this.dataScope = dataScope;
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

    private static boolean mayWriteFiles() {
        return DataScope.current().system() || DataScope.currentUser().map(u -> u.getAuthorities().stream()
                .anyMatch(a -> "FILE_WRITE".equals(a.getAuthority()))).orElse(false);
    }
}
