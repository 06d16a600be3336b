package org.fazhi.disclosure.internal;

import java.time.LocalDate;
import org.fazhi.disclosure.DisclosureStatistics;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.Input;
import org.fazhi.shared.RuleViolation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The application figures of a town's year, counted by the database among the applications of the caller's scope
 * (an answer on time is one whose {@code decidedLate} is false, as {@link DisclosureApplication#decidedLate} says).
 */
@Component
class DisclosureStatisticsQuery implements DisclosureStatistics {

    private final ApplicationRepository applications;
    private final DataScope dataScope;

    DisclosureStatisticsQuery(ApplicationRepository applications, DataScope dataScope) {
        this.applications = applications;
        this.dataScope = dataScope;
    }

    @Override
    @Transactional(readOnly = true)
    public Figures of(int year, long orgUnitId) {
        Input.requireYear(year, AnnualReportService.FIRST_YEAR);
        OrgUnitView unit = dataScope.requireVisibleUnit(orgUnitId);
        if (unit.townId() == null) {
            throw RuleViolation.onField("orgUnit", "disclosure.report.town");
        }
        long town = unit.townId();
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Object[] counts = applications.figures(town, first, last).get(0);
        return new Figures(year, town, ((Number) counts[0]).longValue(), ((Number) counts[1]).longValue(),
                ((Number) counts[2]).longValue());
    }
}
