package org.fazhi.enforcement.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.enforcement.EnforcementStatistics;
import org.fazhi.enforcement.PenaltyKind;
import org.fazhi.files.Attachments;
import org.fazhi.organization.DataScope;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.publication.PublicationFigures;
import org.fazhi.publication.PublicationStatistics;
import org.fazhi.shared.RuleViolation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The one place the enforcement figures are computed (API, dashboards, annual report). */
@Component
class EnforcementStatisticsQuery implements EnforcementStatistics {

    private final PenaltyCaseRepository cases;
    private final CaseStepRepository steps;
    private final Attachments attachments;
    private final PublicationStatistics publication;
    private final DataScope dataScope;

    EnforcementStatisticsQuery(PenaltyCaseRepository cases, CaseStepRepository steps,
                               Attachments attachments, PublicationStatistics publication, DataScope dataScope) {
        this.cases = cases;
        this.steps = steps;
        this.attachments = attachments;
        this.publication = publication;
        this.dataScope = dataScope;
    }

    @Override
    @Transactional(readOnly = true)
    public Figures of(int year, long orgUnitId) {
        if (year < 2000 || year > 2100) {
            throw RuleViolation.onField("year", "enforcement.statistics.year", String.valueOf(year));
        }
        OrgUnitView unit = dataScope.requireVisibleUnit(orgUnitId);
        List<PenaltyCase> all = cases.findAll().stream().filter(c -> belongs(c, unit)).toList();
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        long filed = all.stream().filter(c -> in(c.getFiledOn(), first, last)).count();
        List<PenaltyCase> decided = all.stream().filter(c -> in(c.getDecidedOn(), first, last)).toList();
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
        for (PenaltyCase c : decided) {
            if (c.getOutcome() == Outcome.PENALTY) {
                for (PenaltyKind k : c.getDecidedKinds()) {
                    byKind.merge(k.label(), 1L, Long::sum);
                }
                if (c.getFineAmount() != null) {
                    fines = fines.add(c.getFineAmount());
                }
            }
            boolean passed = Boolean.TRUE.equals(c.getReviewPassed());
            if (c.isMajor()) {
                major++;
                if (passed) {
                    majorReviewed++;
                }
            }
            if (passed) {
                reviewed++;
            }
            if (c.getDiscussedOn() != null) {
                discussed++;
            }
            boolean complete = stepsByCase.getOrDefault(c.getId(), List.of()).stream()
                    .filter(s -> s.getStep().needsRecord())
                    .allMatch(s -> !attachments.of(StepAttachments.TYPE, s.getId()).isEmpty());
            if (complete) {
                full++;
            }
        }
        PublicationFigures p = publication.figures(year, unit.type() == OrgUnitType.DISTRICT ? null : orgUnitId);
        return new Figures(year, orgUnitId, filed, decided.size(), byKind, fines.setScale(2), major, reviewed,
                majorReviewed, discussed, p.publishedOnTime(), p.publishedLate(), p.withdrawn(), full);
    }

    private static boolean in(LocalDate d, LocalDate first, LocalDate last) {
        return d != null && !d.isBefore(first) && !d.isAfter(last);
    }

    private static boolean belongs(PenaltyCase c, OrgUnitView unit) {
        return switch (unit.type()) {
            case DISTRICT -> true;
            case TOWN -> unit.townId().equals(c.getTownId());
            default -> c.getHolderUnitId() == unit.id();
        };
    }
}
