package org.fazhi.mediation.internal;

import java.util.Optional;
import org.fazhi.files.AttachmentOwner;
import org.fazhi.organization.DataScope;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files of a dispute (signed agreements, evidence, photos of the scene): readable by whoever may read the dispute,
 * added by mediators (MEDIATION_WRITE) who may write it.
 */
@Component
class DisputeAttachments implements AttachmentOwner {

    static final String TYPE = "dispute";

    private final DisputeRepository disputes;
    private final OrgDirectory directory;
    private final DataScope dataScope;

    DisputeAttachments(DisputeRepository disputes, OrgDirectory directory, DataScope dataScope) {
        this.disputes = disputes;
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
        return disputes.findById(ownerId).map(d -> directory.get(d.getHolderUnitId()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrgUnitView> writableHolder(long ownerId) {
        return readableHolder(ownerId).filter(u -> MediationAccess.handles() && dataScope.canWriteHeldBy(u.id()));
    }
}
