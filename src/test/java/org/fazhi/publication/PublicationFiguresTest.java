package org.fazhi.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.publication.internal.PublicationFiguresQuery;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The publication figures are counted by the database; the lists behind them ({@code /publications?count=…}) are
 * classified one by one by {@code Publication.countedAs}. Both must say the same for every state a publication can be
 * in, including the edges where a figure could change meaning: published on the due date, pending past or before the
 * due date, cancelled after or before it, withheld after a late publication, withdrawn and revoked.
 */
class PublicationFiguresTest extends IntegrationTest {

    /** A year of its own: no demo decision is dated in it. */
    private static final int YEAR = 2005;
    private static final LocalDate DECIDED = LocalDate.of(YEAR, 2, 1);
    private static final LocalDate DUE = LocalDate.of(YEAR, 3, 1);
    private static final long FIRST_ID = 990_000_001L;

    @Autowired
    private PublicationFiguresQuery query;

    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void removeRows() {
        jdbc.update("delete from publication where id >= ? and id < ?", FIRST_ID, FIRST_ID + 100);
    }

    @Test
    void the_figures_and_the_lists_behind_them_count_every_state_alike() {
        long n = FIRST_ID;
        insert(n++, "PUBLISHED", DUE, DUE, null);                          // on time, on the due date itself
        insert(n++, "PUBLISHED", DUE, DUE.plusDays(1), null);              // late
        insert(n++, "PENDING_REVIEW", DUE, null, null);                     // late: waiting past the due date
        insert(n++, "PENDING_REVIEW", LocalDate.of(2099, 1, 1), null, null); // not due yet: in no figure
        insert(n++, "CANCELLED", DUE, null, DUE.plusDays(3));               // late and revoked: missed before revoked
        insert(n++, "CANCELLED", DUE, null, DUE.minusDays(3));              // revoked only
        insert(n++, "WITHDRAWN", DUE, DUE.minusDays(1), DUE.plusDays(30));  // withdrawn, on time, revoked
        insert(n++, "WITHHELD", DUE, DUE.plusDays(5), DUE.plusDays(30));    // withheld and revoked only
        insert(n, "TAKEN_DOWN", DUE, DUE.plusDays(2), null);                // late

        PublicationFigures f = DataScope.asSystem(() -> query.figures(YEAR, data.sanxing().id()));

        assertThat(f).isEqualTo(new PublicationFigures(2, 4, 1, 1, 4));
        assertThat(f.due()).isEqualTo(6);
        long town = data.sanxing().townId();
        for (PublicationFigures.Count count : PublicationFigures.Count.values()) {
            long listed = DataScope.asSystem(() -> query.counted(YEAR, town, count)).size();
            long figure = switch (count) {
                case DUE -> f.due();
                case ON_TIME -> f.publishedOnTime();
                case LATE -> f.publishedLate();
                case WITHDRAWN -> f.withdrawn();
                case WITHHELD -> f.withheld();
                case REVOKED -> f.revoked();
            };
            assertThat(figure).as(count.name()).isEqualTo(listed);
        }
        assertThat(DataScope.asSystem(() -> query.figures(YEAR, null))).as("every town").isEqualTo(f);
    }

    @Test
    void the_published_late_supervision_reads_are_the_published_ones_of_the_late_list() {
        long n = FIRST_ID;
        insert(n++, "PUBLISHED", DUE, DUE, null);                          // on time
        long late = n;
        insert(n++, "PUBLISHED", DUE, DUE.plusDays(1), null);              // late
        insert(n++, "PENDING_REVIEW", DUE, null, null);                     // late, but not published
        insert(n++, "WITHHELD", DUE, DUE.plusDays(5), DUE.plusDays(30));    // withheld: counted there only
        long takenDown = n;
        insert(n, "TAKEN_DOWN", DUE, DUE.plusDays(2), null);                // published late, then taken down
        long town = data.sanxing().townId();

        List<Long> published = DataScope.asSystem(() -> query.counted(YEAR, town, PublicationFigures.Count.LATE))
                .stream().filter(p -> p.getPublishedOn() != null).map(p -> p.getId()).toList();
        List<Long> read = DataScope.asSystem(() -> query.publishedLate(DECIDED, DECIDED.plusDays(1))).stream()
                .map(p -> p.id()).toList();

        assertThat(read).containsExactlyInAnyOrderElementsOf(published).containsExactlyInAnyOrder(late, takenDown);
    }

    private void insert(long id, String status, LocalDate due, LocalDate published, LocalDate revoked) {
        jdbc.update("""
                insert into publication (id, version, town_id, holder_unit_id, kind, case_number, title, party_type,
                    party_name, decided_on, publication_due_on, published_on, status, revoked_on, search_text,
                    age_on_violation)
                values (?, 0, ?, ?, 'PENALTY', ?, 'figures', 'NATURAL_PERSON', '某', ?, ?, ?, ?, ?, '', false)""",
                id, data.sanxing().townId(), data.sanxing().id(), "FIG-" + id, DECIDED, due, published, status,
                revoked);
    }
}
