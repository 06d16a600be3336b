package org.fazhi.disclosure.internal;

import org.fazhi.disclosure.DisclosureStatistics;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.scope.ScopedSql;
import org.fazhi.organization.scope.ScopedStatements;
import org.fazhi.shared.Input;
import org.fazhi.shared.RuleViolation;
import org.springframework.stereotype.Component;

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
            select count(*) filter (where a.received_on between :first and :last),
                   count(*) filter (where a.decided_on between :first and :last),
                   count(*) filter (where a.decided_on between :first and :last and a.decided_late = false)
            from disclosure_application a
            where (a.received_on between :first and :last or a.decided_on between :first and :last) {scope:a}""";

    private final DataScope dataScope;
    private final ScopedStatements statements;

    DisclosureStatisticsQuery(DataScope dataScope, ScopedStatements statements) {
        this.dataScope = dataScope;
        this.statements = statements;
    }

    /** One statement, outside a transaction when called on its own ({@link ScopedStatements}). */
    @Override
    public Figures of(int year, long orgUnitId) {
        Input.requireYear(year, AnnualReportService.FIRST_YEAR);
        OrgUnitView unit = dataScope.requireVisibleUnit(orgUnitId);
        if (unit.townId() == null) {
            throw RuleViolation.onField("orgUnit", "disclosure.report.town");
        }
        long town = unit.townId();
        return statements.query(FIGURES, ScopedSql.where("town_id", town, unit), ScopedStatements.year(year), rs -> {
            rs.next();
            return new Figures(year, town, rs.getLong(1), rs.getLong(2), rs.getLong(3));
        });
    }
}
