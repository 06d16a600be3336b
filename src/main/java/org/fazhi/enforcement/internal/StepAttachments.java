package org.fazhi.enforcement.internal;

import org.fazhi.files.AttachmentOwner;
import org.fazhi.files.AttachmentOwners;
import org.fazhi.organization.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The records of a case step (执法全过程记录) as attachments: read by holders of {@code ENFORCEMENT_READ} who may read
 * the case, added by those of them holding {@code FILE_WRITE} who may write it (officers, the reviewer with the
 * counsel's opinion). A record downloaded through the platform's file endpoint instead of the case page is logged
 * all the same.
 */
@Configuration(proxyBeanMethods = false)
class StepAttachments {

    static final String TYPE = "penalty-case-step";

    @Bean
    AttachmentOwner stepAttachmentOwner(AttachmentOwners owners, CaseStepRepository steps, EvidenceLog log) {
        return owners.of(TYPE, steps::findById, Permission.ENFORCEMENT_READ, Permission.FILE_WRITE)
                .onDownload((step, fileId) -> log.opened(step.getCaseId(), step.getId(), fileId,
                        step.getHolderUnitId(), EvidenceAccess.Kind.DOWNLOAD));
    }
}
