package org.fazhi.enforcement.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.disclosure.DisclosureFigures;
import org.fazhi.enforcement.EnforcementStatistics;
import org.fazhi.enforcement.PenaltyKind;
import org.fazhi.files.Attachments;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.scope.ScopedSql;
import org.fazhi.organization.scope.ScopedStatements;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.publication.PublicationFigures;
import org.fazhi.publication.PublicationStatistics;
import org.fazhi.shared.Input;
import org.springframework.stereotype.Component;

/**
 * The one place the enforcement figures are computed (API, dashboards, annual report). For table 二 of the annual
 * disclosure report ({@link DisclosureFigures}) it answers:
 * <ul>
 *   <li>行政处罚 — the town's decisions to penalise made in the calendar year
 *   ({@link EnforcementStatistics.Figures#penaltyDecisions()}): cases of the platform decided with outcome 给予行政处罚,
 *   and the past decisions imported from the 行政处罚决定台账 whose decision date falls in the year (they are
 *   decisions of the year all the same; the import refuses a number the platform already holds, so nothing counts
 *   twice). Decisions not to penalise and transfers
 *   to the judicial organs are no penalty decisions;</li>
 *   <li>行政强制 — the coercive measures (查封、扣押、冻结存款汇款、其他, 《行政强制法》第9条) recorded on the town's cases
 *   and applied in the calendar year ({@link EnforcementStatistics.Figures#coerciveMeasures()}): each measure has its
 *   own decision document, so each is one decision; lifting it later is no new one. The step 申请人民法院强制执行 is an
 *   application to the court, not a decision of the town, and is not counted.</li>
 * </ul>
 * Both figures of the report are the ones {@link #of} gives, computed by the same methods. Every figure is counted
 * by the database (one aggregate statement over the unit's cases of the year, {@link ScopedSql#countedFor}), not
 * from loaded cases: a province holds ten years of a town's cases, scattered over the table.
 */
@Component
class EnforcementStatisticsQuery implements EnforcementStatistics, DisclosureFigures {

    /** 第58条 (1)–(4): what {@code PenaltyCase.isMajor} says, as a condition on the case {@code c}. */
    private static final String MAJOR = "(c.major_public_interest = true or c.complex_case = true "
            + "or c.review_by_law = true or (c.major_rights = true "
            + "and (c.hearing_held_on is not null or c.hearing_requested_on is not null)))";

    private static final String DECIDED = "c.decided_on between :first and :last";

    /**
     * The cases decided in the year where a step reached that must carry a record carries none. The steps and their
     * files are held to the caller's scope as the cases are.
     */
    private static final String CASES_MISSING_RECORDS = "select count(distinct s.case_id) from penalty_case_step s "
            + "where s.step in (" + Arrays.stream(Step.values()).filter(Step::needsRecord)
                    .map(st -> "'" + st.name() + "'").collect(java.util.stream.Collectors.joining(", "))
            + ") and s.case_id in (select c.id from penalty_case c where " + DECIDED + " {scope:c}) {within:s} "
            + "and not " + Attachments.withFilesSql(StepAttachments.TYPE, "s.id");

    /**
     * Every figure of the unit's year in one statement. Its first rows (tag 0) are the year's cases grouped by the
     * kinds decided (a handful of groups): filed (by filing date), decided, penalised, major, reviewed, major and
     * reviewed, discussed, and the fines; its last row (tag 1) the imported past decisions, the coercive measures
     * applied and the decided cases missing a record.
     */
    private static final String FIGURES = "select 0, c.decided_kinds, "
            + "count(*) filter (where c.filed_on between :first and :last), "
            + "count(*) filter (where " + DECIDED + "), "
            + "count(*) filter (where " + DECIDED + " and c.outcome = 'PENALTY'), "
            + "count(*) filter (where " + DECIDED + " and " + MAJOR + "), "
            + "count(*) filter (where " + DECIDED + " and c.review_passed = true), "
            + "count(*) filter (where " + DECIDED + " and " + MAJOR + " and c.review_passed = true), "
            + "count(*) filter (where " + DECIDED + " and c.discussed_on is not null), "
            + "sum(c.fine_amount) filter (where " + DECIDED + " and c.outcome = 'PENALTY') "
            + "from penalty_case c where (c.filed_on between :first and :last or " + DECIDED + ") {scope:c} "
            + "group by c.decided_kinds "
            + "union all select 1, null, (" + pastDecisions("d") + "), (" + coerciveMeasures("m") + "), ("
            + CASES_MISSING_RECORDS + "), 0, 0, 0, 0, null";

    private static String pastDecisions(String alias) {
        return "select count(*) from past_penalty_decision " + alias + " where " + alias
                + ".decided_on between :first and :last {scope:" + alias + "}";
    }

    private static String coerciveMeasures(String alias) {
        return "select count(*) from coercive_measure " + alias + " where " + alias
                + ".applied_on between :first and :last {scope:" + alias + "}";
    }

    private final PublicationStatistics publication;
    private final DataScope dataScope;
    private final ScopedStatements statements;

    EnforcementStatisticsQuery(PublicationStatistics publication, DataScope dataScope, ScopedStatements statements) {
        this.publication = publication;
        this.dataScope = dataScope;
        this.statements = statements;
    }

    /**
     * One statement for the cases and one for their publications ({@link PublicationStatistics}), outside a
     * transaction when called on its own ({@code ScopedStatements}).
     */
    @Override
    public Figures of(int year, long orgUnitId) {
        Input.requireYear(year);
        OrgUnitView unit = dataScope.requireVisibleUnit(orgUnitId);
        // [filed, decided, penalised, major, reviewed, major reviewed, discussed] summed over the groups
        long[] sums = new long[8];
        long[] others = new long[3];
        BigDecimal[] fines = {BigDecimal.ZERO};
        Map<PenaltyKind, Long> kinds = new EnumMap<>(PenaltyKind.class);
        statements.query(FIGURES, ScopedSql.countedFor(unit), ScopedStatements.year(year), rs -> {
            while (rs.next()) {
                if (rs.getInt(1) == 1) {
                    for (int i = 0; i < others.length; i++) {
                        others[i] = rs.getLong(i + 3);
                    }
                    continue;
                }
                for (int i = 1; i < sums.length; i++) {
                    sums[i] += rs.getLong(i + 2);
                }
                BigDecimal fine = rs.getBigDecimal(10);
                if (fine != null) {
                    fines[0] = fines[0].add(fine);
                }
                long penalised = rs.getLong(5);
                if (penalised > 0) {
                    Penalty.kindsOf(rs.getString(2)).forEach(k -> kinds.merge(k, penalised, Long::sum));
                }
            }
            return null;
        });
        Map<String, Long> byKind = new LinkedHashMap<>();
        kinds.forEach((k, n) -> byKind.put(k.label(), n));
        long decided = sums[2];
        PublicationFigures p = publication.figures(year, unit.type() == OrgUnitType.DISTRICT ? null : orgUnitId);
        return new Figures(year, orgUnitId, sums[1], decided, sums[3] + others[0], byKind, fines[0].setScale(2),
                sums[4], sums[5], sums[6], sums[7], p.publishedOnTime(), p.publishedLate(), p.withdrawn(),
                p.withheld(), p.revoked(), decided - others[2], others[1]);
    }

    @Override
    public long penaltyDecisions(long townId, int year) {
        Input.requireYear(year);
        OrgUnitView town = dataScope.requireVisibleUnit(townId);
        return count("select (select count(*) from penalty_case c where " + DECIDED
                + " and c.outcome = 'PENALTY' {scope:c}) + (" + pastDecisions("d") + ")", town, year);
    }

    /** The coercive measures applied in the year on the town's cases (see the class comment). */
    @Override
    public long coerciveDecisions(long townId, int year) {
        Input.requireYear(year);
        OrgUnitView town = dataScope.requireVisibleUnit(townId);
        return count("select (" + coerciveMeasures("m") + ")", town, year);
    }

    private long count(String sql, OrgUnitView unit, int year) {
        return statements.query(sql, ScopedSql.countedFor(unit), ScopedStatements.year(year), rs -> rs.next() ? rs.getLong(1) : 0);
    }

}
