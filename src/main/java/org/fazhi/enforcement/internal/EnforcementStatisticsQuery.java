package org.fazhi.enforcement.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.disclosure.DisclosureFigures;
import org.fazhi.enforcement.EnforcementStatistics;
import org.fazhi.enforcement.PenaltyKind;
import org.fazhi.files.Attachments;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.publication.PublicationFigures;
import org.fazhi.publication.PublicationStatistics;
import org.fazhi.shared.Input;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

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
 * by the database (aggregate statements over the unit's cases of the year, {@link ScopedRecord#countedForJpql}), not
 * from loaded cases: a province holds ten years of a town's cases, scattered over the table.
 */
@Component
class EnforcementStatisticsQuery implements EnforcementStatistics, DisclosureFigures {

    /** 第58条 (1)–(4): what {@code PenaltyCase.isMajor} says, as a condition on the case {@code c}. */
    private static final String MAJOR = "(c.gravity.majorPublicInterest = true or c.gravity.complexCase = true "
            + "or c.gravity.reviewByLaw = true or (c.gravity.majorRights = true "
            + "and (c.hearing.heldOn is not null or c.hearing.requestedOn is not null)))";

    private static final String DECIDED = "c.decision.decidedOn between :first and :last";

    /**
     * The year's case figures in one statement: filed (by filing date) and, of the cases decided in the year, grouped
     * by the kinds decided (a handful of groups), decided, penalised, their fines, major, reviewed, major and
     * reviewed, discussed.
     */
    private static final String CASES = "select c.decision.penalty.kinds, "
            + "count(*) filter (where c.filedOn between :first and :last), "
            + "count(*) filter (where " + DECIDED + "), "
            + "count(*) filter (where " + DECIDED + " and c.decision.outcome = 'PENALTY'), "
            + "count(*) filter (where " + DECIDED + " and " + MAJOR + "), "
            + "count(*) filter (where " + DECIDED + " and c.review.passed = true), "
            + "count(*) filter (where " + DECIDED + " and " + MAJOR + " and c.review.passed = true), "
            + "count(*) filter (where " + DECIDED + " and c.discussion.discussedOn is not null), "
            + "sum(c.decision.penalty.fine) filter (where " + DECIDED + " and c.decision.outcome = 'PENALTY') "
            + "from PenaltyCase c where (c.filedOn between :first and :last or " + DECIDED + ")";

    /**
     * The cases decided in the year where a step reached that must carry a record carries none, counted by the
     * database. The steps are literals, not a list parameter: Hibernate keeps no translation of a statement with one.
     */
    private static final String CASES_MISSING_RECORDS = "select count(distinct s.caseId) from CaseStep s "
            + "where s.step in (" + Arrays.stream(Step.values()).filter(Step::needsRecord)
                    .map(st -> "'" + st.name() + "'").collect(java.util.stream.Collectors.joining(", "))
            + ") and s.caseId in (select c.id from PenaltyCase c where " + DECIDED;

    @PersistenceContext
    private EntityManager em;

    private final PublicationStatistics publication;
    private final DataScope dataScope;

    EnforcementStatisticsQuery(PublicationStatistics publication, DataScope dataScope) {
        this.publication = publication;
        this.dataScope = dataScope;
    }

    @Override
    @Transactional(readOnly = true)
    public Figures of(int year, long orgUnitId) {
        Input.requireYear(year);
        OrgUnitView unit = dataScope.requireVisibleUnit(orgUnitId);
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        ScopedRecord.CountedFor counted = ScopedRecord.countedForJpql("c", unit);
        List<Object[]> groups = counted.list(years(em.createQuery(CASES + counted.jpql()
                + " group by c.decision.penalty.kinds", Object[].class), first, last));
        // [filed, decided, penalised, major, reviewed, major reviewed, discussed] summed over the groups
        long[] sums = new long[8];
        BigDecimal fines = BigDecimal.ZERO;
        Map<PenaltyKind, Long> kinds = new EnumMap<>(PenaltyKind.class);
        for (Object[] g : groups) {
            for (int i = 1; i < sums.length; i++) {
                sums[i] += ((Number) g[i]).longValue();
            }
            if (g[8] != null) {
                fines = fines.add((BigDecimal) g[8]);
            }
            long penalised = ((Number) g[3]).longValue();
            if (penalised > 0) {
                Penalty.kindsOf((String) g[0]).forEach(k -> kinds.merge(k, penalised, Long::sum));
            }
        }
        Map<String, Long> byKind = new LinkedHashMap<>();
        kinds.forEach((k, n) -> byKind.put(k.label(), n));
        long decided = sums[2];
        PublicationFigures p = publication.figures(year, unit.type() == OrgUnitType.DISTRICT ? null : orgUnitId);
        long penalties = sums[3] + pastDecisions(unit, first, last);
        return new Figures(year, orgUnitId, sums[1], decided, penalties, byKind, fines.setScale(2), sums[4],
                sums[5], sums[6], sums[7], p.publishedOnTime(), p.publishedLate(), p.withdrawn(), p.withheld(),
                p.revoked(), decided - casesMissingRecords(counted, unit, first, last),
                coerciveMeasures(unit, first, last));
    }

    @Override
    @Transactional(readOnly = true)
    public long penaltyDecisions(long townId, int year) {
        Input.requireYear(year);
        OrgUnitView town = dataScope.requireVisibleUnit(townId);
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        ScopedRecord.CountedFor counted = ScopedRecord.countedForJpql("c", town);
        long platform = counted.single(years(em.createQuery("select count(*) from PenaltyCase c where " + DECIDED
                + " and c.decision.outcome = 'PENALTY'" + counted.jpql(), Long.class), first, last));
        return platform + pastDecisions(town, first, last);
    }

    /** The coercive measures applied in the year on the town's cases (see the class comment). */
    @Override
    @Transactional(readOnly = true)
    public long coerciveDecisions(long townId, int year) {
        Input.requireYear(year);
        OrgUnitView town = dataScope.requireVisibleUnit(townId);
        return coerciveMeasures(town, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    private long coerciveMeasures(OrgUnitView unit, LocalDate first, LocalDate last) {
        return count("select count(*) from CoerciveMeasure m where m.appliedOn between :first and :last", "m", unit,
                first, last);
    }

    private long pastDecisions(OrgUnitView unit, LocalDate first, LocalDate last) {
        return count("select count(*) from PastDecision d where d.decidedOn between :first and :last", "d", unit,
                first, last);
    }

    /** A count in JPQL rather than a criteria query: Hibernate keeps the translation of a JPQL statement only. */
    private long count(String jpql, String alias, OrgUnitView unit, LocalDate first, LocalDate last) {
        ScopedRecord.CountedFor counted = ScopedRecord.countedForJpql(alias, unit);
        return counted.single(years(em.createQuery(jpql + counted.jpql(), Long.class), first, last));
    }

    /** The decided cases missing a record (see {@link #CASES_MISSING_RECORDS}), in one statement. */
    private long casesMissingRecords(ScopedRecord.CountedFor counted, OrgUnitView unit, LocalDate first,
                                     LocalDate last) {
        // the steps and their files held to the scope as the cases are: the statement runs without the filters
        ScopedRecord.CountedFor stepOf = ScopedRecord.whereJpql("s", null, null, unit);
        ScopedRecord.CountedFor fileOf = ScopedRecord.whereJpql("attached", null, null, unit);
        return counted.single(fileOf.bind(stepOf.bind(years(em.createQuery(CASES_MISSING_RECORDS + counted.jpql()
                + ")" + stepOf.jpql() + " and not " + Attachments.withFilesJpql(StepAttachments.TYPE, "s.id",
                fileOf.jpql()), Long.class), first, last))));
    }

    private static <Q extends jakarta.persistence.Query> Q years(Q query, LocalDate first, LocalDate last) {
        query.setParameter("first", first).setParameter("last", last);
        return query;
    }
}
