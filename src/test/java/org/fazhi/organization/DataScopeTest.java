package org.fazhi.organization;

import org.fazhi.organization.scope.DataScope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.fazhi.organization.scope.ScopedSql;
import org.fazhi.organization.scope.ScopedStatements;
import org.fazhi.shared.AccessDenied;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.ScopeProbe;
import org.fazhi.support.ScopeProbeRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The data scope holds for every record type by construction: reads are filtered by the transaction's session,
 * writes are checked against the holder; a statistic's statement in SQL, which the filters do not reach, states the
 * scope itself and counts nothing beyond it. Proven on a test-only record type, so no module can be the
 * exception.
 */
class DataScopeTest extends IntegrationTest {

    /** The records this test makes. */
    private static final List<String> TITLES = List.of("三星镇的记录", "林西村的记录", "示例镇的记录");

    @Autowired
    ScopeProbeRepository probes;

    @Autowired
    RunAs runAs;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ScopedStatements statements;

    long sanxingProbe;
    long linxiProbe;
    long secondTownProbe;

    @BeforeEach
    void records() {
        OrgUnitView sanxing = data.sanxing();
        sanxingProbe = create(data.unit(sanxing, "镇人民调解委员会"), "三星镇的记录");
        linxiProbe = create(data.unit(sanxing, "林西村"), "林西村的记录");
        secondTownProbe = create(data.unit(data.secondTown(), "镇人民调解委员会"), "示例镇的记录");
    }

    @AfterEach
    void cleanUp() {
        DataScope.asSystem(() -> tx.executeWithoutResult(s -> probes.deleteAllById(
                List.of(sanxingProbe, linxiProbe, secondTownProbe))));
    }

    private long create(OrgUnitView holder, String title) {
        return DataScope.asSystem(() -> tx.execute(s -> probes.save(new ScopeProbe(holder, title, "320684199001011234")))
                .getId());
    }

    private List<String> titlesSeenBy(String username) {
        return runAs.as(username, () -> tx.execute(s -> probes.findAll().stream().map(ScopeProbe::getTitle).toList()));
    }

    @Test
    void a_town_user_reads_the_records_of_the_town_and_its_villages_only() {
        assertThat(titlesSeenBy("leader")).contains("三星镇的记录", "林西村的记录").doesNotContain("示例镇的记录");
    }

    @Test
    void a_village_user_reads_only_the_records_of_their_village() {
        assertThat(titlesSeenBy("village-mediator")).contains("林西村的记录")
                .doesNotContain("三星镇的记录", "示例镇的记录");
    }

    @Test
    void a_district_supervisor_reads_every_town() {
        assertThat(titlesSeenBy("supervisor")).contains("三星镇的记录", "林西村的记录", "示例镇的记录");
    }

    @Test
    void a_user_of_the_second_town_cannot_load_a_record_of_sanxing_even_by_id() {
        Boolean found = runAs.as("t2-mediator", () -> tx.execute(s -> probes.findById(sanxingProbe).isPresent()));

        assertThat(found).isFalse();
    }

    @Test
    void the_district_supervisor_writes_nothing() {
        assertThatThrownBy(() -> runAs.as("supervisor", () -> tx.execute(s -> probes.save(
                new ScopeProbe(data.unit(data.sanxing(), "林西村"), "监督员新建", null)))))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void a_village_mediator_cannot_edit_a_record_the_town_committee_holds() {
        OrgUnitView town = data.sanxing();
        // the village mediator cannot even read it
        Boolean visible = runAs.as("village-mediator", () -> tx.execute(s -> probes.findById(sanxingProbe).isPresent()));
        assertThat(visible).isFalse();
        // and cannot create one held by the town committee
        assertThatThrownBy(() -> runAs.as("village-mediator", () -> tx.execute(s -> probes.save(
                new ScopeProbe(data.unit(town, "镇人民调解委员会"), "越权新建", null)))))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void a_village_mediator_may_hand_their_record_up_to_the_town_committee() {
        OrgUnitView committee = data.unit(data.sanxing(), "镇人民调解委员会");

        runAs.as("village-mediator", () -> tx.executeWithoutResult(s ->
                probes.findById(linxiProbe).orElseThrow().handTo(committee, "重大纠纷移交镇调委会")));

        Long holder = jdbc.queryForObject("select holder_unit_id from scope_probe where id = ?", Long.class, linxiProbe);
        assertThat(holder).isEqualTo(committee.id());
        assertThat(titlesSeenBy("village-mediator")).doesNotContain("林西村的记录");
    }

    @Test
    void a_rejected_write_leaves_the_data_as_it_was() {
        assertThatThrownBy(() -> runAs.as("supervisor", () -> tx.executeWithoutResult(s ->
                probes.findById(sanxingProbe).orElseThrow().retitle("改写"))))
                .isInstanceOf(AccessDenied.class);

        assertThat(jdbc.queryForObject("select title from scope_probe where id = ?", String.class, sanxingProbe))
                .isEqualTo("三星镇的记录");
    }

    @Test
    void an_anonymous_caller_reads_no_record() {
        List<String> titles = tx.execute(s -> probes.findAll().stream().map(ScopeProbe::getTitle).toList());

        assertThat(titles).isEmpty();
    }

    /** The count of the unit's records as every other read sees them: loaded through the session's filters. */
    private long filtered(String user, OrgUnitView unit) {
        return runAs.as(user, () -> tx.execute(s -> probes.findAll().stream()
                .filter(p -> TITLES.contains(p.getTitle()) && p.countsFor(unit)).count()));
    }

    /** The same count as a statistic's SQL statement, run on its own as {@code user}, outside any transaction. */
    private long countedInSql(String user, OrgUnitView unit) {
        return countedInSql(user, "{scope:p}", unit);
    }

    /** The count with the scope's {@code place} ({@code {scope:p}} or {@code {within:p}}). */
    private long countedInSql(String user, String place, OrgUnitView unit) {
        return runAs.as(user, () -> statements.query("select count(*) from scope_probe p where p.title in "
                + "('三星镇的记录', '林西村的记录', '示例镇的记录') " + place, ScopedSql.countedFor(unit),
                java.util.Map.of(), rs -> rs.next() ? rs.getLong(1) : -1));
    }

    @Test
    void a_statistic_in_sql_counts_what_the_filters_count_without_a_transaction() {
        assertThat(countedInSql("leader", data.sanxing())).isEqualTo(filtered("leader", data.sanxing())).isEqualTo(2);
        assertThat(countedInSql("supervisor", data.district())).isEqualTo(filtered("supervisor", data.district()))
                .isEqualTo(3);
        assertThat(countedInSql("t2-mediator", data.secondTown())).isEqualTo(1);
    }

    @Test
    void a_statistic_in_sql_of_another_town_counts_nothing_even_if_the_unit_was_not_checked() {
        assertThat(countedInSql("leader", data.secondTown())).isZero();
        assertThat(countedInSql("t2-mediator", data.sanxing())).isZero();
    }

    @Test
    void a_village_user_counts_only_their_village_in_sql_even_for_the_whole_town_or_district() {
        assertThat(countedInSql("village-mediator", data.sanxing())).isEqualTo(1);
        assertThat(countedInSql("village-mediator", data.district())).isEqualTo(1);
    }

    @Test
    void the_parts_of_a_statistics_records_are_held_to_the_callers_scope_alone() {
        OrgUnitView linxi = data.unit(data.sanxing(), "林西村");

        assertThat(countedInSql("leader", "{within:p}", linxi)).isEqualTo(filtered("leader", data.sanxing()))
                .isEqualTo(2);
        assertThat(countedInSql("leader", "{scope:p}", linxi)).isEqualTo(1);
        assertThat(countedInSql("village-mediator", "{within:p}", data.sanxing())).isEqualTo(1);
    }

    @Test
    void an_anonymous_caller_counts_nothing_in_sql() {
        long n = statements.query("select count(*) from scope_probe p where 1 = 1 {scope:p}",
                ScopedSql.countedFor(data.district()), java.util.Map.of(), rs -> rs.next() ? rs.getLong(1) : -1);

        assertThat(n).isZero();
    }

    @Test
    void a_statistic_in_sql_that_states_no_scope_is_refused() {
        assertThatThrownBy(() -> runAs.as("leader", () -> statements.query("select count(*) from scope_probe p",
                ScopedSql.countedFor(data.sanxing()), java.util.Map.of(), rs -> rs.next() ? rs.getLong(1) : -1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_statistic_in_sql_with_a_table_that_states_no_scope_is_refused() {
        // the cases are held to the scope, the probes joined to them are not: refused, not counted beyond the scope
        assertThatThrownBy(() -> runAs.as("leader", () -> statements.query("select count(*) from scope_probe p "
                + "join scope_probe q on q.id = p.id where 1 = 1 {scope:p}", ScopedSql.countedFor(data.sanxing()),
                java.util.Map.of(), rs -> rs.next() ? rs.getLong(1) : -1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scope_probe q");
        assertThatThrownBy(() -> runAs.as("leader", () -> statements.query("select count(*) from scope_probe "
                + "where 1 = 1 {scope:p}", ScopedSql.countedFor(data.sanxing()), java.util.Map.of(),
                rs -> rs.next() ? rs.getLong(1) : -1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_statistic_in_sql_inside_a_transaction_sees_its_unflushed_changes() {
        long n = runAs.as("leader", () -> tx.execute(s -> {
            probes.findAll().stream().filter(p -> p.getId() == sanxingProbe).findFirst().orElseThrow()
                    .retitle("三星镇的记录（改）");
            s.setRollbackOnly();
            return countedInSql("leader", data.sanxing());
        }));

        assertThat(n).isEqualTo(1);
    }
}
