package org.fazhi.study.internal;

import org.fazhi.files.AttachmentOwner;
import org.fazhi.files.AttachmentOwners;
import org.fazhi.organization.Permission;
import org.fazhi.shared.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's navigation entry and the attachment of a 述法 statement (its signed copy). */
@Configuration(proxyBeanMethods = false)
class StudyModuleConfig {

    @Bean
    NavItem studyNav() {
        return new NavItem("nav.group.study", "study.nav.sessions", "/study", "STUDY_READ", "study", 10);
    }

    @Bean
    AttachmentOwner studyStatementAttachmentOwner(AttachmentOwners owners, StudySessions sessions) {
        return owners.of(DutyStatement.FILES, sessions::statement, Permission.STUDY_READ, Permission.STUDY_MANAGE);
    }
}
