package org.fazhi.litigation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.litigation.LitigationStatistics;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.scope.ScopedSql;
import org.fazhi.organization.scope.ScopedStatements;
import org.fazhi.shared.Input;
import org.springframework.stereotype.Component;

/**
 * The year's figures, counted by the database among the cases and hearings of the caller's scope: received by the day
 * the copy was received, concluded and lost by the day of conclusion, heard and the head's appearance by the hearings
 * held in the year (a case counts as attended when the head appeared at every hearing of the year). One aggregate
 * statement, the unit's condition from the scope component ({@link ScopedSql#countedFor}).
 */
@Component
class LitigationStatisticsQuery implements LitigationStatistics {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Per kind and outcome (tag 0): received, concluded in the year; per kind (tag 1): cases with a hearing held in
     * the year, and of those, cases where the head missed one. A hearing counts for the unit as a record of its own,
     * and only on a case that counts for it.
     */
    private static final String FIGURES = "select 0, c.kind, c.outcome, "
            + "count(*) filter (where c.copy_received_on between :first and :last), "
            + "count(*) filter (where c.concluded_on between :first and :last) from litigation_case c "
            + "where (c.copy_received_on between :first and :last or c.concluded_on between :first and :last) "
            + "{scope:c} group by c.kind, c.outcome "
            + "union all select 1, c.kind, null, count(distinct h.case_id), "
            + "count(distinct h.case_id) filter (where h.head_appeared = false) "
            + "from litigation_hearing h join litigation_case c on c.id = h.case_id "
            + "where h.held_on between :first and :last {scope:h} {scope:c} group by c.kind";

    /** A row of {@link #FIGURES}: {@code outcome} {@code null} for the hearings' rows and cases not concluded. */
    private record Row(int tag, CaseKind kind, Outcome outcome, long first, long second) {
    }

    private final DataScope dataScope;
    private final ScopedStatements statements;

    LitigationStatisticsQuery(DataScope dataScope, ScopedStatements statements) {
        this.dataScope = dataScope;
        this.statements = statements;
    }

    /** One statement, outside a transaction when called on its own ({@link ScopedStatements}). */
    @Override
    public Figures of(int year, long orgUnitId) {
        Input.requireYear(year);
        OrgUnitView unit = dataScope.requireVisibleUnit(orgUnitId);
        List<Row> rows = statements.query(FIGURES, ScopedSql.countedFor(unit),
                ScopedStatements.year(year), rs -> {
                    List<Row> out = new ArrayList<>();
                    while (rs.next()) {
                        String outcome = rs.getString(3);
                        out.add(new Row(rs.getInt(1), CaseKind.valueOf(rs.getString(2)),
                                outcome == null ? null : Outcome.valueOf(outcome), rs.getLong(4), rs.getLong(5)));
                    }
                    return out;
                });
        Map<Outcome, Long> concluded = new EnumMap<>(Outcome.class);
        for (Row r : rows) {
            if (r.tag() == 0 && r.outcome() != null && r.second() > 0) {
                concluded.merge(r.outcome(), r.second(), Long::sum);
            }
        }
        Map<String, Long> byOutcome = new LinkedHashMap<>();
        concluded.forEach((o, n) -> byOutcome.put(o.label(), n));
        return new Figures(year, orgUnitId, figures(CaseKind.LITIGATION, rows), figures(CaseKind.RECONSIDERATION, rows),
                byOutcome);
    }

    private static KindFigures figures(CaseKind kind, List<Row> rows) {
        long received = 0;
        long concluded = 0;
        long lost = 0;
        long withHearing = 0;
        long attended = 0;
        for (Row r : rows) {
            if (r.kind() != kind) {
                continue;
            }
            if (r.tag() == 0) {
                received += r.first();
                concluded += r.second();
                if (r.outcome() != null && r.outcome().loss()) {
                    lost += r.second();
                }
            } else {
                withHearing = r.first();
                attended = withHearing - r.second();
            }
        }
        return new KindFigures(received, concluded, lost, rate(lost, concluded), withHearing, attended,
                rate(attended, withHearing));
    }

    /** part / whole × 100, two decimals half up; {@code null} when there is nothing to divide by. */
    static BigDecimal rate(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
