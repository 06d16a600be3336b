package org.fazhi.publication.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedSql;
import org.fazhi.organization.scope.ScopedStatements;
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
            select count(*) filter (where p.status <> 'WITHHELD' and p.published_on <= p.publication_due_on),
                   count(*) filter (where p.status <> 'WITHHELD' and (p.published_on > p.publication_due_on
                       or (p.published_on is null
                           and (p.status = 'CANCELLED' and p.revoked_on > p.publication_due_on
                                or p.status = 'PENDING_REVIEW' and :today > p.publication_due_on)))),
                   count(*) filter (where p.status = 'WITHDRAWN'),
                   count(*) filter (where p.status = 'WITHHELD'),
                   count(*) filter (where p.revoked_on is not null)
            from publication p where p.decided_on >= :from and p.decided_on < :to {scope:p}""";

    /** The published decisions dated in the period that were published late (see {@link #publishedLate}). */
    private static final String PUBLISHED_LATE = """
            select p.id, p.holder_unit_id, p.case_number, p.decision_number, p.title, p.decided_on,
                   p.publication_due_on, p.published_on
            from publication p where p.decided_on >= :from and p.decided_on < :to and p.status <> 'WITHHELD'
                and p.published_on > p.publication_due_on {scope:p}
            order by p.decided_on, p.id""";

    private final PublicationRepository publications;
    private final DataScope dataScope;
    private final ScopedStatements statements;
    private final Clock clock;

    PublicationFiguresQuery(PublicationRepository publications, DataScope dataScope, ScopedStatements statements,
                            Clock clock) {
        this.publications = publications;
        this.dataScope = dataScope;
        this.statements = statements;
        this.clock = clock;
    }

    /** One statement, outside a transaction when called on its own ({@link ScopedStatements}). */
    @Override
    public PublicationFigures figures(int year, Long orgUnitId) {
        // the town's own publications from its index: a district user's scope holds every town's
        OrgUnitView unit = orgUnitId == null ? null : dataScope.requireVisibleUnit(orgUnitId);
        ScopedSql town = ScopedSql.where(unit == null || unit.townId() == null ? null : "town_id",
                unit == null ? null : unit.townId(), unit);
        return statements.query(FIGURES, town, Map.of("from", LocalDate.of(year, 1, 1),
                "to", LocalDate.of(year + 1, 1, 1), "today", LocalDate.now(clock)), rs -> {
                    rs.next();
                    return new PublicationFigures(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                            rs.getLong(5));
                });
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

    /**
     * Selected by the database (a province's years of publications are not loaded to find the few late ones), by the
     * definition of {@link PublicationCounting#countedAs} for a published decision: not withheld, published after its
     * due day.
     */
    @Override
    public List<LatePublication> publishedLate(LocalDate decidedFrom, LocalDate decidedBefore) {
        return statements.query(PUBLISHED_LATE, ScopedSql.where(null, null, null),
                Map.of("from", decidedFrom, "to", decidedBefore), rs -> {
                    List<LatePublication> late = new java.util.ArrayList<>();
                    while (rs.next()) {
                        late.add(new LatePublication(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
                                rs.getObject(8, LocalDate.class)));
                    }
                    return late;
                });
    }

}
