package org.fazhi.mediation.internal;

import org.fazhi.files.AttachmentOwner;
import org.fazhi.files.AttachmentOwners;
import org.fazhi.organization.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Files of a dispute (signed agreements, evidence, photos of the scene): read by holders of {@code MEDIATION_READ}
 * who may read the dispute, added by mediators ({@code MEDIATION_WRITE}) who may write it.
 */
@Configuration(proxyBeanMethods = false)
class DisputeAttachments {

    static final String TYPE = "dispute";

    @Bean
    AttachmentOwner disputeAttachmentOwner(AttachmentOwners owners, DisputeRepository disputes) {
        return owners.of(TYPE, disputes::findById, Permission.MEDIATION_READ, Permission.MEDIATION_WRITE);
    }
}
