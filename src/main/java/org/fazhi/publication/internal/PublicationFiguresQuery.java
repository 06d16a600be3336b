package org.fazhi.publication.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.publication.PublicationFigures;
import org.fazhi.publication.PublicationStatistics;
import org.fazhi.publication.PublicationTimeliness;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place the publication figures are computed (API, dashboards, enforcement statistics, annual report); what
 * each figure counts is said on {@link PublicationFigures}. The late publications supervision reads
 * ({@link PublicationTimeliness}) are those the figure 逾期公示 counts that were published.
 */
@Component
public class PublicationFiguresQuery implements PublicationStatistics, PublicationTimeliness {

    private final PublicationRepository publications;
    private final DataScope dataScope;
    private final Clock clock;

    PublicationFiguresQuery(PublicationRepository publications, DataScope dataScope, Clock clock) {
        this.publications = publications;
        this.dataScope = dataScope;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public PublicationFigures figures(int year, Long orgUnitId) {
        Long townId = null;
        if (orgUnitId != null) {
            OrgUnitView unit = dataScope.requireVisibleUnit(orgUnitId);
            townId = unit.townId();
        }
        List<Publication> of = counted(year, townId, null);
        LocalDate today = LocalDate.now(clock);
        return new PublicationFigures(count(of, PublicationFigures.Count.ON_TIME, today),
                count(of, PublicationFigures.Count.LATE, today), count(of, PublicationFigures.Count.WITHDRAWN, today),
                count(of, PublicationFigures.Count.WITHHELD, today), count(of, PublicationFigures.Count.REVOKED, today));
    }

    /**
     * The publications of decisions dated in {@code year} (of one town, or every visible one) that a figure counts,
     * soonest due first; every one of the year when {@code count} is {@code null}. The desk lists these behind each
     * figure, so the figure and its list agree.
     */
    @Transactional(readOnly = true)
    public List<Publication> counted(int year, Long townId, PublicationFigures.Count count) {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year + 1, 1, 1);
        // the town's own publications from its index: a district user's scope holds every town's
        return (townId == null ? publications.decidedBetween(from, to)
                : publications.decidedBetween(townId, from, to)).stream()
                .filter(p -> count == null || PublicationCounting.countedAs(p, today).contains(count))
                .sorted(java.util.Comparator.comparing(Publication::getPublicationDueOn)
                        .thenComparing(Publication::getId))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<LatePublication> publishedLate(LocalDate decidedFrom, LocalDate decidedBefore) {
        LocalDate today = LocalDate.now(clock);
        return publications.decidedBetween(decidedFrom, decidedBefore).stream()
                .filter(p -> p.getPublishedOn() != null && PublicationCounting.countedAs(p, today).contains(PublicationFigures.Count.LATE))
                .map(p -> new LatePublication(p.getId(), p.getHolderUnitId(), p.getCaseNumber(),
                        p.getDecisionNumber(), p.getTitle(), p.getDecidedOn(), p.getPublicationDueOn(),
                        p.getPublishedOn()))
                .toList();
    }

    private static long count(List<Publication> of, PublicationFigures.Count count, LocalDate today) {
        return of.stream().filter(p -> PublicationCounting.countedAs(p, today).contains(count)).count();
    }
}
