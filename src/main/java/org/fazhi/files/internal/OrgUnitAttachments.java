package org.fazhi.files.internal;

import java.util.Optional;
import org.fazhi.files.AttachmentOwner;
import org.fazhi.organization.DataScope;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.Permission;
import org.springframework.stereotype.Component;

/**
 * Files of an org unit itself (a village's rules, a department's duty list): readable within the caller's scope,
 * writable by holders of {@code FILE_WRITE} who may write records the unit holds. The district has no files of its
 * own, since every record belongs to a town.
 */
@Component
class OrgUnitAttachments implements AttachmentOwner {

    static final String TYPE = "org-unit";

    private final OrgDirectory directory;
    private final DataScope dataScope;

    OrgUnitAttachments(OrgDirectory directory, DataScope dataScope) {
        this.directory = directory;
        this.dataScope = dataScope;
    }

    @Override
    public String ownerType() {
        return TYPE;
    }

    @Override
    public Optional<OrgUnitView> readableHolder(long ownerId) {
        return directory.find(ownerId).filter(u -> u.townId() != null && dataScope.canSee(u.id()));
    }

    @Override
    public Optional<OrgUnitView> writableHolder(long ownerId) {
        return readableHolder(ownerId).filter(u -> mayWriteFiles() && dataScope.canWriteHeldBy(u.id()));
    }

    private static boolean mayWriteFiles() {
        return DataScope.current().system() || DataScope.currentUser().map(u -> u.getAuthorities().stream()
                .anyMatch(a -> Permission.FILE_WRITE.name().equals(a.getAuthority()))).orElse(false);
    }
}
