package org.fazhi.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Clocks started while records still kept their clock ids keep serving those records after the migration that names
 * a clock by its record and purpose: each gets the purpose the record's id column (or, for an older clock of the same
 * purpose, its title) gave it.
 */
class ClockPurposeMigrationTest {

    private final SingleConnectionDataSource db = new SingleConnectionDataSource(
            "jdbc:h2:mem:clock_purpose_migration;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
            "sa", "", true);
    private final JdbcTemplate jdbc = new JdbcTemplate(db);

    private Flyway flyway(String target) {
        return Flyway.configure().dataSource(db).cleanDisabled(false)
                .locations("classpath:db/migration/common", "classpath:db/migration/h2").target(target).load();
    }

    /** The newest migration before {@code version}: the schema the records were created in. */
    private String lastBefore(MigrationVersion version) {
        return Arrays.stream(flyway("latest").info().all()).map(MigrationInfo::getVersion)
                .filter(v -> v.compareTo(version) < 0).max(Comparator.naturalOrder()).orElseThrow().getVersion();
    }

    private void clock(long id, String subjectType, String subjectId, String title) {
        jdbc.update("""
                insert into deadline_clock (id, town_id, holder_unit_id, subject_type, subject_id, title, period_unit,
                    period_amount, basis_law, basis_articles, triggered_on, period_start, warning_days, state, due_date,
                    created_at)
                values (?, 1, 1, ?, ?, ?, 'CALENDAR_DAYS', 90, '行政处罚法', '60', date '2024-03-01',
                    date '2024-03-01', 3, 'RUNNING', date '2024-05-30', current_timestamp)""",
                id, subjectType, subjectId, title);
    }

    @AfterEach
    void close() {
        db.destroy();
    }

    @Test
    void clocks_of_records_created_before_keep_serving_them_by_purpose() {
        flyway("latest").clean();
        flyway(lastBefore(MigrationVersion.fromVersion("60"))).migrate();
        jdbc.update("insert into org_unit (id, name, type) values (1, '三星镇', 'TOWN')");
        clock(101, "penalty.case", "7", "作出处罚决定期限（海三星罚立字〔2024〕第1号）");
        clock(102, "penalty.case", "7", "听证通知送达期限（听证日2024-04-10）（海三星罚立字〔2024〕第1号）");
        clock(103, "penalty.case", "7", "听证通知送达期限（听证日2024-04-20）（海三星罚立字〔2024〕第1号）");
        clock(104, "penalty.case", "7", "听证申请期限（海三星罚立字〔2024〕第1号）");
        clock(105, "publication", "8", "执法决定公示期限（海三星罚立字〔2024〕第1号）");
        clock(106, "publication.withdrawal", "8", "执法决定撤回公示期限（海三星罚立字〔2024〕第1号）");
        clock(107, "disclosure.application", "9", "政府信息公开申请答复期限（三政公开〔2024〕1号）");
        clock(108, "mediation.dispute", "10", "调解办结期限（三调〔2024〕1号）");
        clock(109, "mediation.agreement", "10", "司法确认申请期限（三调〔2024〕1号）");
        jdbc.update("""
                insert into penalty_case (id, town_id, holder_unit_id, case_number, procedure_kind, state, title,
                    party_type, party_name, violation, legal_basis, filed_on, last_step_on, decision_clock_id,
                    window_clock_id, hearing_notice_clock_id)
                values (7, 1, 1, '海三星罚立字〔2024〕第1号', 'ORDINARY', 'HEARING', '占道经营案', 'NATURAL_PERSON',
                    '张三', '占道经营', '《城市市容和环境卫生管理条例》', date '2024-03-01', date '2024-03-20', 101,
                    104, 103)""");

        flyway("latest").migrate();

        List<Map<String, Object>> rows = jdbc.queryForList(
                "select id, subject_type, subject_id, purpose, due_date from deadline_clock order by id");
        assertThat(rows).extracting(r -> r.get("id") + " " + r.get("subject_type") + " " + r.get("subject_id") + " "
                + r.get("purpose")).containsExactly(
                "101 penalty.case 7 decision",
                "102 penalty.case 7 hearing-notice",
                "103 penalty.case 7 hearing-notice",
                "104 penalty.case 7 statement-window",
                "105 publication 8 publication",
                "106 publication 8 withdrawal",
                "107 disclosure.application 9 answer",
                "108 mediation.dispute 10 conclusion",
                "109 mediation.dispute 10 court-confirmation");
        assertThat(rows).extracting(r -> String.valueOf(r.get("due_date"))).containsOnly("2024-05-30");
        assertThat(jdbc.queryForObject("""
                select count(*) from information_schema.columns
                 where table_name = 'penalty_case' and column_name like '%clock_id'""", Integer.class)).isZero();
    }
}
