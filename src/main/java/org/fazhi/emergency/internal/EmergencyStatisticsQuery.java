package org.fazhi.emergency.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.deadline.DeadlineEngine;
import org.fazhi.deadline.DeadlineStatus;
import org.fazhi.emergency.EmergencyStatistics;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.Input;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's emergency figures, counted by the database among the incidents, reports, warnings, drills and plans of
 * the caller's scope (a town counts its own records; a department or village those it holds; the district every
 * record in scope: {@link ScopedRecord#countedForJpql}); only the plans' evaluation clocks are read one plan at a time.
 */
@Component
class EmergencyStatisticsQuery implements EmergencyStatistics {

    private static final String OF_YEAR = "i.knownAt >= :from and i.knownAt < :to";

    private final DeadlineEngine deadlines;
    private final DataScope dataScope;
    private final Clock clock;

    @PersistenceContext
    private EntityManager em;

    EmergencyStatisticsQuery(DeadlineEngine deadlines, DataScope dataScope, Clock clock) {
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

        ScopedRecord.CountedFor incident = ScopedRecord.countedForJpql("i", unit);
        List<Object[]> groups = incident.list(em.createQuery("select i.severity, i.kind, count(*) from Incident i "
                + "where " + OF_YEAR + incident.jpql() + " group by i.severity, i.kind", Object[].class)
                .setParameter("from", from).setParameter("to", to));
        Map<Severity, Long> severities = new EnumMap<>(Severity.class);
        Map<IncidentKind, Long> kinds = new EnumMap<>(IncidentKind.class);
        long incidents = 0;
        for (Object[] g : groups) {
            long n = ((Number) g[2]).longValue();
            severities.merge((Severity) g[0], n, Long::sum);
            kinds.merge((IncidentKind) g[1], n, Long::sum);
            incidents += n;
        }
        Map<String, Long> bySeverity = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            bySeverity.put(s.name(), severities.getOrDefault(s, 0L));
        }
        Map<String, Long> byKind = new LinkedHashMap<>();
        for (IncidentKind k : IncidentKind.values()) {
            byKind.put(k.name(), kinds.getOrDefault(k, 0L));
        }
        // the first and written reports of the year's incidents (follow-ups have no due minute)
        // the reports held to the scope as their incidents are: the statement runs without the session's filters
        ScopedRecord.CountedFor reportOf = ScopedRecord.whereJpql("r", null, null, unit);
        Object[] timed = incident.single(reportOf.bind(em.createQuery("select count(*), count(*) filter (where "
                + "r.late = true) from IncidentReport r where r.kind <> :followUp and r.incidentId in (select i.id "
                + "from Incident i where " + OF_YEAR + incident.jpql() + ")" + reportOf.jpql(), Object[].class))
                .setParameter("from", from).setParameter("to", to).setParameter("followUp", ReportKind.FOLLOW_UP));
        long reports = ((Number) timed[0]).longValue();
        long late = ((Number) timed[1]).longValue();
        long issued = count("select count(*) from Warning w where w.issuedAt >= :from and w.issuedAt < :to", "w",
                unit, from, to);
        long held = count("select count(*) from PlanDrill d where d.heldOn between :from and :to", "d", unit,
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        ScopedRecord.CountedFor plan = ScopedRecord.countedForJpql("p", unit);
        long overdue = plan.list(em.createQuery("select p.id from ContingencyPlan p where 1 = 1" + plan.jpql(),
                        Long.class)).stream()
                .filter(id -> deadlines.clock(EmergencyClock.PLAN, String.valueOf(id),
                        EmergencyClock.PLAN_EVALUATION).map(d -> d.status() == DeadlineStatus.OVERDUE).orElse(false))
                .count();
        return new Figures(year, orgUnitId, incidents, bySeverity, byKind, reports - late, late, issued, held,
                overdue);
    }

    /** A count of the unit's records of {@code alias} in the period [from, to] as the statement bounds it. */
    private long count(String jpql, String alias, OrgUnitView unit, Object from, Object to) {
        ScopedRecord.CountedFor counted = ScopedRecord.countedForJpql(alias, unit);
        return counted.single(em.createQuery(jpql + counted.jpql(), Long.class).setParameter("from", from)
                .setParameter("to", to));
    }
}
