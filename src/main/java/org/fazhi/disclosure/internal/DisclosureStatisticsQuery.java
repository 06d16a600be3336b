package org.fazhi.disclosure.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import org.fazhi.disclosure.DisclosureStatistics;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.scope.ScopedRecord;
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

    /**
     * The town's applications received in the period, answered in it, and of those answered on time, counted in one
     * statement (one row): the rows come from the town's two date indexes.
     */
    private static final String FIGURES = """
            select count(*) filter (where a.receivedOn between :from and :to),
                   count(*) filter (where a.reply.decidedOn between :from and :to),
                   count(*) filter (where a.reply.decidedOn between :from and :to and a.reply.late = false)
            from DisclosureApplication a
            where (a.receivedOn between :from and :to or a.reply.decidedOn between :from and :to)""";

    @PersistenceContext
    private EntityManager em;

    private final DataScope dataScope;

    DisclosureStatisticsQuery(DataScope dataScope) {
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
        ScopedRecord.CountedFor townOf = ScopedRecord.whereJpql("a", "townId", town, unit);
        Object[] counts = townOf.single(em.createQuery(FIGURES + townOf.jpql(), Object[].class)
                .setParameter("from", first).setParameter("to", last));
        return new Figures(year, town, ((Number) counts[0]).longValue(), ((Number) counts[1]).longValue(),
                ((Number) counts[2]).longValue());
    }
}
