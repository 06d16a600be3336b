package org.fazhi.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Clocks started before the engine knew whose period a clock counts get it from their purpose: after the migration
 * the parties' windows of the existing cases, disputes and applications lapse instead of falling overdue, and the
 * authority's duties stay as they were.
 */
class PartyWindowMigrationTest {

    private final SingleConnectionDataSource db = new SingleConnectionDataSource(
            "jdbc:h2:mem:party_window_migration;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
            "sa", "", true);
    private final JdbcTemplate jdbc = new JdbcTemplate(db);

    private Flyway flyway(String target) {
        return Flyway.configure().dataSource(db).cleanDisabled(false)
                .locations("classpath:db/migration/common", "classpath:db/migration/h2").target(target).load();
    }

    private String lastBefore(MigrationVersion version) {
        return Arrays.stream(flyway("latest").info().all()).map(MigrationInfo::getVersion)
                .filter(v -> v.compareTo(version) < 0).max(Comparator.naturalOrder()).orElseThrow().getVersion();
    }

    private void clock(long id, String subjectType, String purpose) {
        jdbc.update("""
                insert into deadline_clock (id, town_id, holder_unit_id, subject_type, subject_id, purpose, title,
                    period_unit, period_amount, basis_law, basis_articles, triggered_on, period_start, warning_days,
                    state, due_date, created_at)
                values (?, 1, 1, ?, '7', ?, '测试期限', 'CALENDAR_DAYS', 30, '人民调解法', '33', date '2024-03-01',
                    date '2024-03-01', 3, 'RUNNING', date '2024-04-01', current_timestamp)""",
                id, subjectType, purpose);
    }

    @AfterEach
    void close() {
        db.destroy();
    }

    @Test
    void the_existing_clocks_of_the_parties_windows_lapse_after_the_migration() {
        flyway("latest").clean();
        flyway(lastBefore(MigrationVersion.fromVersion("76"))).migrate();
        jdbc.update("insert into org_unit (id, name, type) values (1, '三星镇', 'TOWN')");
        clock(1, "penalty.case", "statement-window");
        clock(2, "penalty.case", "payment");
        clock(3, "penalty.case", "reminder");
        clock(4, "mediation.dispute", "court-confirmation");
        clock(5, "disclosure.application", "fee-payment");
        clock(6, "penalty.case", "decision");
        clock(7, "penalty.case", "court-application");
        clock(8, "mediation.dispute", "conclusion");
        clock(9, "disclosure.application", "answer");
        clock(10, "publication", "publication");

        flyway("latest").migrate();

        assertThat(jdbc.queryForList("select id from deadline_clock where party_window order by id", Long.class))
                .containsExactly(1L, 2L, 3L, 4L, 5L);
    }
}
