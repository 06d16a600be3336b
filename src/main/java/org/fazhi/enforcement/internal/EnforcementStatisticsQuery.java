package org.fazhi.enforcement.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
 * Both figures of the report are the ones {@link #of} gives, computed by the same methods.
 */
@Component
class EnforcementStatisticsQuery implements EnforcementStatistics, DisclosureFigures {

    private final PenaltyCaseRepository cases;
    private final PastDecisionRepository pastDecisions;
    private final CoerciveMeasureRepository measures;
    private final CaseStepRepository steps;
    private final Attachments attachments;
    private final PublicationStatistics publication;
    private final DataScope dataScope;

    EnforcementStatisticsQuery(PenaltyCaseRepository cases, PastDecisionRepository pastDecisions,
                               CoerciveMeasureRepository measures, CaseStepRepository steps, Attachments attachments,
                               PublicationStatistics publication, DataScope dataScope) {
        this.cases = cases;
        this.pastDecisions = pastDecisions;
        this.measures = measures;
        this.steps = steps;
        this.attachments = attachments;
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
        long filed = cases.countFiledBetween(unit, first, last);
        List<PenaltyCase> decided = cases.decidedBetween(unit, first, last);
        Map<String, Long> byKind = new LinkedHashMap<>();
        BigDecimal fines = BigDecimal.ZERO;
        long major = 0;
        long reviewed = 0;
        long majorReviewed = 0;
        long discussed = 0;
        long full = 0;
        Set<Long> ids = decided.stream().map(PenaltyCase::getId).collect(Collectors.toSet());
        Map<Long, List<CaseStep>> stepsByCase = ids.isEmpty() ? Map.of()
                : steps.findByCaseIdIn(ids).stream().collect(Collectors.groupingBy(CaseStep::getCaseId));
        // one query for every step's records, not one per step
        Set<Long> recorded = attachments.ownersWithFiles(StepAttachments.TYPE, stepsByCase.values().stream()
                .flatMap(List::stream).filter(s -> s.getStep().needsRecord()).map(CaseStep::getId).toList());
        for (PenaltyCase c : decided) {
            if (c.getDecision().getOutcome() == Outcome.PENALTY) {
                for (PenaltyKind k : c.getDecision().getPenalty().getKinds()) {
                    byKind.merge(k.label(), 1L, Long::sum);
                }
                if (c.getDecision().getPenalty().getFine() != null) {
                    fines = fines.add(c.getDecision().getPenalty().getFine());
                }
            }
            boolean passed = c.getReview().isPassed();
            if (c.isMajor()) {
                major++;
                if (passed) {
                    majorReviewed++;
                }
            }
            if (passed) {
                reviewed++;
            }
            if (c.getDiscussion().getDiscussedOn() != null) {
                discussed++;
            }
            boolean complete = stepsByCase.getOrDefault(c.getId(), List.of()).stream()
                    .filter(s -> s.getStep().needsRecord())
                    .allMatch(s -> recorded.contains(s.getId()));
            if (complete) {
                full++;
            }
        }
        PublicationFigures p = publication.figures(year, unit.type() == OrgUnitType.DISTRICT ? null : orgUnitId);
        long penalties = penaltyDecisions(unit, decided, first, last);
        return new Figures(year, orgUnitId, filed, decided.size(), penalties, byKind, fines.setScale(2), major,
                reviewed, majorReviewed, discussed, p.publishedOnTime(), p.publishedLate(), p.withdrawn(),
                p.withheld(), p.revoked(), full, coerciveMeasures(unit, first, last));
    }

    @Override
    @Transactional(readOnly = true)
    public long penaltyDecisions(long townId, int year) {
        Input.requireYear(year);
        OrgUnitView town = dataScope.requireVisibleUnit(townId);
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        return penaltyDecisions(town, cases.decidedBetween(town, first, last), first, last);
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
        return measures.count(ScopedRecord.<CoerciveMeasure>countedFor(unit)
                .and((r, q, cb) -> cb.between(r.<LocalDate>get("appliedOn"), first, last)));
    }

    private long penaltyDecisions(OrgUnitView unit, List<PenaltyCase> decided, LocalDate first, LocalDate last) {
        long platform = decided.stream().filter(c -> c.getDecision().getOutcome() == Outcome.PENALTY).count();
        long past = pastDecisions.count(ScopedRecord.<PastDecision>countedFor(unit)
                .and((r, q, cb) -> cb.between(r.<LocalDate>get("decidedOn"), first, last)));
        return platform + past;
    }

}
