package org.fazhi.litigation.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.litigation.LitigationStatistics;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.Input;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's figures, counted by the database among the cases and hearings of the caller's scope: received by the day
 * the copy was received, concluded and lost by the day of conclusion, heard and the head's appearance by the hearings
 * held in the year (a case counts as attended when the head appeared at every hearing of the year). Two aggregate
 * statements, the unit's condition from the scope component ({@link ScopedRecord#countedForJpql}).
 */
@Component
class LitigationStatisticsQuery implements LitigationStatistics {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Per kind and outcome: received, concluded in the year. */
    private static final String CASES = "select c.kind, c.outcome, "
            + "count(*) filter (where c.copyReceivedOn between :first and :last), "
            + "count(*) filter (where c.concludedOn between :first and :last) from LitigationCase c "
            + "where (c.copyReceivedOn between :first and :last or c.concludedOn between :first and :last)";

    /** Per kind: cases with a hearing held in the year, and of those, cases where the head missed one. */
    private static final String HEARINGS = "select c.kind, count(distinct h.caseId), "
            + "count(distinct h.caseId) filter (where h.headAppeared = false) "
            + "from CourtHearing h join LitigationCase c on c.id = h.caseId "
            + "where h.heldOn between :first and :last";

    @PersistenceContext
    private EntityManager em;

    private final DataScope dataScope;

    LitigationStatisticsQuery(DataScope dataScope) {
        this.dataScope = dataScope;
    }

    @Override
    @Transactional(readOnly = true)
    public Figures of(int year, long orgUnitId) {
        Input.requireYear(year);
        OrgUnitView unit = dataScope.requireVisibleUnit(orgUnitId);
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        ScopedRecord.CountedFor caseOf = ScopedRecord.countedForJpql("c", unit);
        // a hearing counts for the unit as a record of its own, and only on a case that counts for it
        ScopedRecord.CountedFor hearingOf = ScopedRecord.countedForJpql("h", unit);
        List<Object[]> cases = caseOf.list(em.createQuery(CASES + caseOf.jpql() + " group by c.kind, c.outcome",
                Object[].class).setParameter("first", first).setParameter("last", last));
        List<Object[]> heard = caseOf.list(hearingOf.bind(em.createQuery(HEARINGS + caseOf.jpql() + hearingOf.jpql()
                + " group by c.kind", Object[].class)).setParameter("first", first).setParameter("last", last));
        Map<Outcome, Long> concluded = new EnumMap<>(Outcome.class);
        for (Object[] r : cases) {
            if (r[1] != null && ((Number) r[3]).longValue() > 0) {
                concluded.merge((Outcome) r[1], ((Number) r[3]).longValue(), Long::sum);
            }
        }
        Map<String, Long> byOutcome = new LinkedHashMap<>();
        concluded.forEach((o, n) -> byOutcome.put(o.label(), n));
        return new Figures(year, orgUnitId, figures(CaseKind.LITIGATION, cases, heard),
                figures(CaseKind.RECONSIDERATION, cases, heard), byOutcome);
    }

    private static KindFigures figures(CaseKind kind, List<Object[]> cases, List<Object[]> heard) {
        long received = 0;
        long concluded = 0;
        long lost = 0;
        for (Object[] r : cases) {
            if (r[0] == kind) {
                received += ((Number) r[2]).longValue();
                concluded += ((Number) r[3]).longValue();
                if (r[1] != null && ((Outcome) r[1]).loss()) {
                    lost += ((Number) r[3]).longValue();
                }
            }
        }
        long withHearing = 0;
        long attended = 0;
        for (Object[] r : heard) {
            if (r[0] == kind) {
                withHearing = ((Number) r[1]).longValue();
                attended = withHearing - ((Number) r[2]).longValue();
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
