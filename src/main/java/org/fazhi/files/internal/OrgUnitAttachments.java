package org.fazhi.files.internal;

import org.fazhi.files.AttachmentOwner;
import org.fazhi.files.AttachmentOwners;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Files of an org unit itself (a village's rules, a department's duty list): readable within the caller's scope by
 * holders of {@code FILE_READ}, added by holders of {@code FILE_WRITE} who may write records the unit holds. The
 * district has no files of its own, since every record belongs to a town.
 */
@Configuration(proxyBeanMethods = false)
class OrgUnitAttachments {

    static final String TYPE = "org-unit";

    @Bean
    AttachmentOwner orgUnitAttachmentOwner(AttachmentOwners owners, OrgDirectory directory, DataScope dataScope) {
        return owners.of(TYPE, id -> directory.find(id).filter(u -> u.townId() != null && dataScope.canSee(u.id())),
                OrgUnitView::id, Permission.FILE_READ, Permission.FILE_WRITE);
    }
}
