package org.fazhi.emergency.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.deadline.DeadlineEngine;
import org.fazhi.deadline.DeadlineStatus;
import org.fazhi.emergency.EmergencyStatistics;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.Input;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The year's emergency figures, from the incidents, reports, warnings, drills and plan clocks of the caller's scope. */
@Component
class EmergencyStatisticsQuery implements EmergencyStatistics {

    private final IncidentRepository incidents;
    private final IncidentReportRepository reports;
    private final WarningRepository warnings;
    private final PlanDrillRepository drills;
    private final PlanRepository plans;
    private final DeadlineEngine deadlines;
    private final DataScope dataScope;
    private final Clock clock;

    EmergencyStatisticsQuery(IncidentRepository incidents, IncidentReportRepository reports,
                             WarningRepository warnings, PlanDrillRepository drills, PlanRepository plans,
                             DeadlineEngine deadlines, DataScope dataScope, Clock clock) {
        this.incidents = incidents;
        this.reports = reports;
        this.warnings = warnings;
        this.drills = drills;
        this.plans = plans;
        this.deadlines = deadlines;
        this.dataScope = dataScope;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Figures of(int year, long orgUnitId) {
        Input.requireYear(year);
        OrgUnitView unit = dataScope.requireVisibleUnit(orgUnitId);
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(clock.getZone()).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(clock.getZone()).toInstant();

        List<Incident> ofYear = incidents.findAll().stream().filter(i -> belongs(i, unit))
                .filter(i -> !i.getKnownAt().isBefore(from) && i.getKnownAt().isBefore(to)).toList();
        Map<String, Long> bySeverity = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            bySeverity.put(s.name(), ofYear.stream().filter(i -> i.getSeverity() == s).count());
        }
        Map<String, Long> byKind = new LinkedHashMap<>();
        for (IncidentKind k : IncidentKind.values()) {
            byKind.put(k.name(), ofYear.stream().filter(i -> i.getKind() == k).count());
        }
        Set<Long> ids = ofYear.stream().map(Incident::getId).collect(Collectors.toSet());
        List<IncidentReport> timed = reports.findAll().stream().filter(r -> ids.contains(r.getIncidentId()))
                .filter(r -> r.getKind() != ReportKind.FOLLOW_UP).toList();
        long late = timed.stream().filter(IncidentReport::isLate).count();
        long issued = warnings.findAll().stream().filter(w -> belongs(w, unit))
                .filter(w -> !w.getIssuedAt().isBefore(from) && w.getIssuedAt().isBefore(to)).count();
        long held = drills.findAll().stream().filter(d -> belongs(d, unit))
                .filter(d -> d.getHeldOn().getYear() == year).count();
        long overdue = plans.findAll().stream().filter(p -> belongs(p, unit))
                .filter(p -> deadlines.clock(EmergencyClock.PLAN, String.valueOf(p.getId()),
                        EmergencyClock.PLAN_EVALUATION).map(d -> d.status() == DeadlineStatus.OVERDUE).orElse(false))
                .count();
        return new Figures(year, orgUnitId, ofYear.size(), bySeverity, byKind, timed.size() - late, late, issued,
                held, overdue);
    }

    /** A town counts its own records; a department or village those it holds; the district every record in scope. */
    private static boolean belongs(ScopedRecord record, OrgUnitView unit) {
        if (unit.type() == OrgUnitType.DISTRICT) {
            return true;
        }
        if (unit.type() == OrgUnitType.TOWN) {
            return unit.townId().equals(record.getTownId());
        }
        return record.getHolderUnitId() == unit.id();
    }
}
