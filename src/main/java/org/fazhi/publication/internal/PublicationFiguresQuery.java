package org.fazhi.publication.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.publication.PublicationFigures;
import org.fazhi.publication.PublicationStatistics;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place the publication figures are computed (API, dashboards, enforcement statistics, annual report); what
 * each figure counts is said on {@link PublicationFigures}.
 */
@Component
class PublicationFiguresQuery implements PublicationStatistics {

    private final PublicationRepository publications;
    private final DataScope dataScope;
    private final Clock clock;

    PublicationFiguresQuery(PublicationRepository publications, DataScope dataScope, Clock clock) {
        this.publications = publications;
        this.dataScope = dataScope;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public PublicationFigures figures(int year, Long orgUnitId) {
        Long townId = null;
        if (orgUnitId != null) {
            OrgUnitView unit = dataScope.requireVisibleUnit(orgUnitId);
            townId = unit.townId();
        }
        LocalDate today = LocalDate.now(clock);
        long onTime = 0;
        long late = 0;
        long withdrawn = 0;
        long withheld = 0;
        long revoked = 0;
        for (Publication p : publications.decidedBetween(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))) {
            if (townId != null && !townId.equals(p.getTownId())) {
                continue;
            }
            if (p.getRevokedOn() != null) {
                revoked++;
            }
            if (p.getStatus() == PublicationStatus.WITHHELD) {
                // not published, whatever came before (a decision taken off the portal is counted here only)
                withheld++;
                continue;
            }
            if (p.getStatus() == PublicationStatus.WITHDRAWN) {
                withdrawn++;
            }
            if (p.lateOn(today)) {
                late++;
            } else if (p.getPublishedOn() != null) {
                onTime++;
            }
        }
        return new PublicationFigures(onTime, late, withdrawn, withheld, revoked);
    }
}
