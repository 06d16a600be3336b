package org.fazhi.supervision.internal;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.supervision.SupervisionStatistics;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The year's findings of a town or of the caller's whole scope, counted from their detection and closing dates. */
@Component
class SupervisionStatisticsQuery implements SupervisionStatistics {

    private final FindingRepository findings;
    private final DataScope dataScope;

    SupervisionStatisticsQuery(FindingRepository findings, DataScope dataScope) {
        this.findings = findings;
        this.dataScope = dataScope;
    }

    @Override
    @Transactional(readOnly = true)
    public Figures of(int year, long orgUnitId) {
        OrgUnitView unit = dataScope.requireVisibleUnit(orgUnitId);
        LocalDate last = LocalDate.of(year, 12, 31);
        List<SupervisionFinding> detected = findings.detectedBetween(
                unit.type() == OrgUnitType.DISTRICT ? null : unit.townId(), LocalDate.of(year, 1, 1), last);
        long closed = detected.stream().filter(f -> f.getClosedOn() != null && !f.getClosedOn().isAfter(last)).count();
        return new Figures(year, orgUnitId, detected.size(), closed, detected.size() - closed);
    }
}
