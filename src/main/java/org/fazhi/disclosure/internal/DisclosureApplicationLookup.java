package org.fazhi.disclosure.internal;

import java.util.Optional;
import org.fazhi.disclosure.DisclosureApplications;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds an application by id within the caller's scope (the repository's loads are scoped). */
@Component
class DisclosureApplicationLookup implements DisclosureApplications {

    private final ApplicationRepository applications;

    DisclosureApplicationLookup(ApplicationRepository applications) {
        this.applications = applications;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> applicationNumber(long applicationId) {
        return applications.findById(applicationId).map(DisclosureApplication::caseNumber);
    }
}
