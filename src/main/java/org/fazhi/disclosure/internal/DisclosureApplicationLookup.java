package org.fazhi.disclosure.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
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

    @Override
    @Transactional(readOnly = true)
    public List<Answered> answeredBetween(LocalDate from, LocalDate to) {
        return applications.decidedBetween(from, to).stream()
                .sorted(Comparator.comparing((DisclosureApplication a) -> a.reply().decidedOn())
                        .thenComparing(DisclosureApplication::getId))
                .map(a -> new Answered(a.getId(), a.caseNumber(), a.reply().decidedOn())).toList();
    }
}
