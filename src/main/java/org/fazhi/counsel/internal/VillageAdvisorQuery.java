package org.fazhi.counsel.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.fazhi.counsel.VillageAdvisors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers {@link VillageAdvisors} from the engagements and the accounts linked to their advisors. */
@Component
class VillageAdvisorQuery implements VillageAdvisors {

    private final EngagementRepository engagements;

    VillageAdvisorQuery(EngagementRepository engagements) {
        this.engagements = engagements;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> accountOn(long villageId, LocalDate day) {
        return engagements.accountsServing(villageId, day).stream().findFirst();
    }
}
