package org.fazhi.publication.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.publication.PublicationFigures;
import org.fazhi.publication.PublicationStatistics;
import org.fazhi.publication.PublicationTimeliness;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place the publication figures are computed (API, dashboards, enforcement statistics, annual report); what
 * each figure counts is said on {@link PublicationFigures}. The figures are counted by the database in one statement
 * (the year's rows of a town are scattered over the table: reading them as entities cost more than counting them).
 * The late publications supervision reads ({@link PublicationTimeliness}) are those the figure 逾期公示 counts that
 * were published.
 */
@Component
public class PublicationFiguresQuery implements PublicationStatistics, PublicationTimeliness {

    /**
     * The figures counted by the database, each by the definition of {@link PublicationCounting#countedAs} (withheld
     * counts there only; late is {@link Publication#lateOn}); the publication tests hold the two to the same numbers.
     */
    private static final String FIGURES = """
            select count(*) filter (where p.status <> 'WITHHELD' and p.publishedOn <= p.publicationDueOn),
                   count(*) filter (where p.status <> 'WITHHELD' and (p.publishedOn > p.publicationDueOn
                       or (p.publishedOn is null
                           and (p.status = 'CANCELLED' and p.withdrawal.revokedOn > p.publicationDueOn
                                or p.status = 'PENDING_REVIEW' and :today > p.publicationDueOn)))),
                   count(*) filter (where p.status = 'WITHDRAWN'),
                   count(*) filter (where p.status = 'WITHHELD'),
                   count(*) filter (where p.withdrawal.revokedOn is not null)
            from Publication p where p.decidedOn >= :from and p.decidedOn < :to""";

    @PersistenceContext
    private EntityManager em;

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
        // the town's own publications from its index: a district user's scope holds every town's
        ScopedRecord.CountedFor town = orgUnitId == null ? new ScopedRecord.CountedFor("", null)
                : townOf(dataScope.requireVisibleUnit(orgUnitId));
        Object[] r = town.single(em.createQuery(FIGURES + town.jpql(), Object[].class)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year + 1, 1, 1))
                .setParameter("today", LocalDate.now(clock)));
        return new PublicationFigures(number(r[0]), number(r[1]), number(r[2]), number(r[3]), number(r[4]));
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
                .filter(p -> p.getPublishedOn() != null
                        && PublicationCounting.countedAs(p, today).contains(PublicationFigures.Count.LATE))
                .map(p -> new LatePublication(p.getId(), p.getHolderUnitId(), p.getCaseNumber(),
                        p.getDecisionNumber(), p.getTitle(), p.getDecidedOn(), p.getPublicationDueOn(),
                        p.getPublishedOn()))
                .toList();
    }

    /** The publications of the unit's town (of the whole town, whatever the unit), within the caller's scope. */
    private static ScopedRecord.CountedFor townOf(OrgUnitView unit) {
        return ScopedRecord.whereJpql("p", unit.townId() == null ? null : "townId", unit.townId(), unit);
    }

    private static long number(Object count) {
        return ((Number) count).longValue();
    }
}
