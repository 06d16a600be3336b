package org.fazhi.emergency.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.deadline.DeadlineEngine;
import org.fazhi.deadline.DeadlineStatus;
import org.fazhi.emergency.EmergencyStatistics;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.scope.ScopedSql;
import org.fazhi.organization.scope.ScopedStatements;
import org.fazhi.shared.Input;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's emergency figures, counted by the database among the incidents, reports, warnings, drills and plans of
 * the caller's scope (a town counts its own records; a department or village those it holds; the district every
 * record in scope: {@link ScopedSql#countedFor}) in one statement; only the plans' evaluation clocks are read one plan
 * at a time.
 */
@Component
class EmergencyStatisticsQuery implements EmergencyStatistics {

    /**
     * The year's incidents per severity and kind (tag 0); the first and written reports of those incidents and how
     * many were late (follow-ups have no due minute), the warnings issued and the drills held (tag 1); the unit's
     * plans, one row each (tag 2). The reports are held to the caller's scope as their incidents are.
     */
    private static final String FIGURES = "select 0, i.severity, i.kind, count(*), 0, 0, 0 "
            + "from emergency_incident i where i.known_at >= :from and i.known_at < :to {scope:i} "
            + "group by i.severity, i.kind "
            + "union all select 1, null, null, t.reports, t.late, "
            + "(select count(*) from emergency_warning w where w.issued_at >= :from and w.issued_at < :to {scope:w}), "
            + "(select count(*) from emergency_plan_drill d where d.held_on between :first and :last {scope:d}) "
            + "from (select count(*) as reports, count(*) filter (where r.late = true) as late "
            + "from emergency_report r where r.kind <> '" + ReportKind.FOLLOW_UP.name() + "' "
            + "and r.incident_id in (select i.id from emergency_incident i "
            + "where i.known_at >= :from and i.known_at < :to {scope:i}) {within:r}) t "
            + "union all select 2, null, null, p.id, 0, 0, 0 from emergency_plan p where 1 = 1 {scope:p}";

    private final DeadlineEngine deadlines;
    private final DataScope dataScope;
    private final ScopedStatements statements;
    private final Clock clock;

    EmergencyStatisticsQuery(DeadlineEngine deadlines, DataScope dataScope, ScopedStatements statements,
                             Clock clock) {
        this.deadlines = deadlines;
        this.dataScope = dataScope;
        this.statements = statements;
        this.clock = clock;
    }

    /** One statement, then the evaluation clock of each plan (read in the transaction). */
    @Override
    @Transactional(readOnly = true)
    public Figures of(int year, long orgUnitId) {
        Input.requireYear(year);
        OrgUnitView unit = dataScope.requireVisibleUnit(orgUnitId);
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Map<String, Object> period = Map.of("from", first.atStartOfDay(clock.getZone()).toOffsetDateTime(),
                "to", last.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime(), "first", first, "last", last);
        Map<Severity, Long> severities = new EnumMap<>(Severity.class);
        Map<IncidentKind, Long> kinds = new EnumMap<>(IncidentKind.class);
        long[] totals = new long[5];
        List<Long> plans = new ArrayList<>();
        statements.query(FIGURES, ScopedSql.countedFor(unit), period, rs -> {
            while (rs.next()) {
                switch (rs.getInt(1)) {
                    case 0 -> {
                        long n = rs.getLong(4);
                        severities.merge(Severity.valueOf(rs.getString(2)), n, Long::sum);
                        kinds.merge(IncidentKind.valueOf(rs.getString(3)), n, Long::sum);
                        totals[0] += n;
                    }
                    case 1 -> {
                        for (int i = 1; i < totals.length; i++) {
                            totals[i] = rs.getLong(i + 3);
                        }
                    }
                    default -> plans.add(rs.getLong(4));
                }
            }
            return null;
        });
        Map<String, Long> bySeverity = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            bySeverity.put(s.name(), severities.getOrDefault(s, 0L));
        }
        Map<String, Long> byKind = new LinkedHashMap<>();
        for (IncidentKind k : IncidentKind.values()) {
            byKind.put(k.name(), kinds.getOrDefault(k, 0L));
        }
        long overdue = plans.stream()
                .filter(id -> deadlines.clock(EmergencyClock.PLAN, String.valueOf(id),
                        EmergencyClock.PLAN_EVALUATION).map(d -> d.status() == DeadlineStatus.OVERDUE).orElse(false))
                .count();
        // [incidents, reports, late, issued, held]
        return new Figures(year, orgUnitId, totals[0], bySeverity, byKind, totals[1] - totals[2], totals[2], totals[3],
                totals[4], overdue);
    }
}
