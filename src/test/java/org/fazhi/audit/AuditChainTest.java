package org.fazhi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.RunAs;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.ProbePart;
import org.fazhi.support.ScopeProbe;
import org.fazhi.support.ScopeProbeRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Every change is in the trail, in the same transaction; editing, deleting or inserting an event directly in the
 * database is detected. Each tampering is undone at the end of its test, since the chain is shared.
 */
class AuditChainTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ScopeProbeRepository probes;

    @Autowired
    RunAs runAs;

    @Autowired
    TransactionTemplate tx;

    private JsonNode verify() {
        Api.Response r = api("auditor").get("/api/v1/audit/verify");
        assertThat(r.status()).isEqualTo(200);
        return r.json();
    }

    private long lastSeq() {
        return jdbc.queryForObject("select last_seq from audit_chain_head where id = 1", Long.class);
    }

    @Test
    void the_chain_of_the_demo_data_is_intact() {
        JsonNode result = verify();

        assertThat(result.get("intact").asBoolean()).isTrue();
        assertThat(result.get("events").asLong()).isGreaterThan(40);
        assertThat(result.get("firstBrokenEventId").isNull()).isTrue();
    }

    @Test
    void a_change_writes_one_event_with_actor_unit_action_and_masked_personal_data() {
        long before = lastSeq();
        long id = runAs.as("mediator", () -> tx.execute(s -> probes.save(new ScopeProbe(
                data.unit(data.sanxing(), "镇人民调解委员会"), "审计测试", "320684199001011234")).getId()));

        Map<String, Object> e = jdbc.queryForMap("select * from audit_event where entity_type = 'ScopeProbe' "
                + "and entity_id = ? order by seq_no", String.valueOf(id));
        assertThat(lastSeq()).isEqualTo(before + 1);
        assertThat(e.get("actor")).isEqualTo("mediator");
        assertThat(e.get("action")).isEqualTo("CREATE");
        assertThat(((Number) e.get("town_id")).longValue()).isEqualTo(data.sanxing().id());
        assertThat((String) e.get("after_state")).contains("审计测试").doesNotContain("320684199001011234")
                .contains("\"idNumber\":\"***\"");
        DataScope.asSystem(() -> tx.executeWithoutResult(s -> probes.deleteById(id)));
    }

    @Test
    void the_values_of_an_embedded_part_are_recorded_one_by_one_masked_where_personal() {
        long id = runAs.as("mediator", () -> tx.execute(s -> probes.save(new ScopeProbe(
                data.unit(data.sanxing(), "镇人民调解委员会"), "部分测试", null)
                .withPart(new ProbePart("初次记录", "13800000000"))).getId()));
        runAs.as("mediator", () -> tx.executeWithoutResult(s -> probes.findById(id).orElseThrow()
                .withPart(new ProbePart("更正记录", "13800000000"))));

        List<Map<String, Object>> events = jdbc.queryForList("select * from audit_event where entity_type = "
                + "'ScopeProbe' and entity_id = ? order by seq_no", String.valueOf(id));
        assertThat((String) events.get(0).get("after_state")).contains("\"part.note\":\"初次记录\"",
                "\"part.contact\":\"***\"").doesNotContain("13800000000", "ProbePart");
        assertThat(events.get(1).get("before_state")).isEqualTo("{\"part.note\":\"初次记录\"}");
        assertThat(events.get(1).get("after_state")).isEqualTo("{\"part.note\":\"更正记录\"}");
        DataScope.asSystem(() -> tx.executeWithoutResult(s -> probes.deleteById(id)));
    }

    @Test
    void a_state_change_records_its_action_and_reason() {
        long id = DataScope.asSystem(() -> tx.execute(s -> probes.save(new ScopeProbe(
                data.unit(data.sanxing(), "林西村"), "移交测试", null)).getId()));

        runAs.as("village-mediator", () -> tx.executeWithoutResult(s -> probes.findById(id).orElseThrow()
                .handTo(data.unit(data.sanxing(), "镇人民调解委员会"), "涉及人身伤亡，移交镇调委会")));

        Map<String, Object> e = jdbc.queryForMap("select * from audit_event where entity_type = 'ScopeProbe' "
                + "and entity_id = ? and action = 'HAND_OVER'", String.valueOf(id));
        assertThat(e.get("reason")).isEqualTo("涉及人身伤亡，移交镇调委会");
        assertThat(e.get("actor")).isEqualTo("village-mediator");
        DataScope.asSystem(() -> tx.executeWithoutResult(s -> probes.deleteById(id)));
    }

    @Test
    void a_rolled_back_change_leaves_no_event() {
        long before = lastSeq();

        assertThatThrownBy(() -> DataScope.asSystem(() -> tx.executeWithoutResult(s -> {
            probes.save(new ScopeProbe(data.unit(data.sanxing(), "林西村"), "回滚", null));
            probes.flush();
            throw new IllegalStateException("rolled back");
        }))).isInstanceOf(IllegalStateException.class);

        assertThat(lastSeq()).isEqualTo(before);
        assertThat(verify().get("intact").asBoolean()).isTrue();
    }

    @Test
    void a_commit_of_many_changes_keeps_every_character_of_its_values_and_the_chain_verifies() {
        String title = "制表\t换行\n回车\r反斜杠\\ 引号\" 结束\\.";
        String reason = "原因\t含制表符\n和换行\\N";
        long before = lastSeq();
        List<Long> ids = DataScope.asSystem(() -> tx.execute(s -> {
            List<Long> saved = new java.util.ArrayList<>();
            for (int i = 0; i < 30; i++) {
                saved.add(probes.save(new ScopeProbe(data.unit(data.sanxing(), "林西村"), title + i, null)).getId());
            }
            probes.flush();
            probes.findById(saved.get(0)).orElseThrow().handTo(data.unit(data.sanxing(), "镇人民调解委员会"), reason);
            return saved;
        }));

        List<Map<String, Object>> events = jdbc.queryForList("select after_state, reason, request_id from audit_event "
                + "where seq_no > ? order by seq_no", before);
        assertThat(events).hasSize(31);
        assertThat((String) events.get(0).get("after_state"))
                .contains("\"title\":\"制表\\t换行\\n回车\\r反斜杠\\\\ 引号\\\" 结束\\\\.0\"");
        assertThat(events.get(30).get("reason")).isEqualTo(reason);
        assertThat(events.get(30).get("request_id")).isNull();
        assertThat(verify().get("intact").asBoolean()).isTrue();
        DataScope.asSystem(() -> tx.executeWithoutResult(s -> probes.deleteAllById(ids)));
    }

    @Test
    void an_event_edited_in_the_database_is_detected() {
        long seq = 5;
        String actor = jdbc.queryForObject("select actor from audit_event where seq_no = ?", String.class, seq);
        jdbc.update("update audit_event set actor = 'intruder' where seq_no = ?", seq);
        try {
            JsonNode result = verify();
            assertThat(result.get("intact").asBoolean()).isFalse();
            assertThat(result.get("firstBrokenEventId").asLong()).isEqualTo(seq);
        } finally {
            jdbc.update("update audit_event set actor = ? where seq_no = ?", actor, seq);
        }
        assertThat(verify().get("intact").asBoolean()).isTrue();
    }

    @Test
    void an_event_deleted_from_the_middle_is_detected() {
        long seq = 7;
        Map<String, Object> row = jdbc.queryForMap("select * from audit_event where seq_no = ?", seq);
        jdbc.update("delete from audit_event where seq_no = ?", seq);
        try {
            JsonNode result = verify();
            assertThat(result.get("intact").asBoolean()).isFalse();
            assertThat(result.get("firstBrokenEventId").asLong()).isEqualTo(seq);
        } finally {
            reinsert(row);
        }
        assertThat(verify().get("intact").asBoolean()).isTrue();
    }

    @Test
    void deleting_the_newest_event_is_detected() {
        long seq = lastSeq();
        Map<String, Object> row = jdbc.queryForMap("select * from audit_event where seq_no = ?", seq);
        jdbc.update("delete from audit_event where seq_no = ?", seq);
        try {
            JsonNode result = verify();
            assertThat(result.get("intact").asBoolean()).isFalse();
            assertThat(result.get("firstBrokenEventId").asLong()).isEqualTo(seq);
        } finally {
            reinsert(row);
        }
        assertThat(verify().get("intact").asBoolean()).isTrue();
    }

    @Test
    void an_event_inserted_in_the_database_is_detected() {
        long seq = lastSeq() + 1;
        String prev = jdbc.queryForObject("select last_hash from audit_chain_head where id = 1", String.class);
        jdbc.update("insert into audit_event (seq_no, occurred_at, actor, entity_type, entity_id, action, prev_hash, "
                + "hash) values (?, current_timestamp, 'intruder', 'AppUser', '1', 'UPDATE', ?, ?)", seq, prev,
                "f".repeat(64));
        try {
            JsonNode result = verify();
            assertThat(result.get("intact").asBoolean()).isFalse();
            assertThat(result.get("firstBrokenEventId").asLong()).isEqualTo(seq);
        } finally {
            jdbc.update("delete from audit_event where seq_no = ?", seq);
        }
        assertThat(verify().get("intact").asBoolean()).isTrue();
    }

    @Test
    void only_the_audit_administrator_may_verify_the_chain() {
        assertThat(api("admin").get("/api/v1/audit/verify").status()).isEqualTo(403);
        assertThat(api("leader").get("/api/v1/audit/verify").status()).isEqualTo(403);
        assertThat(anonymous().get("/api/v1/audit/verify").status()).isEqualTo(401);
    }

    @Test
    void the_audit_administrator_browses_the_trail_newest_first() {
        JsonNode page = api("auditor").get("/api/v1/audit/events?size=5").json();

        assertThat(page.get("total").asLong()).isGreaterThan(5);
        List<Long> seqs = new java.util.ArrayList<>();
        page.get("items").forEach(n -> seqs.add(n.get("seqNo").asLong()));
        assertThat(seqs).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    /** Puts a deleted event back as it was, every column of it. */
    private void reinsert(Map<String, Object> row) {
        List<String> columns = List.copyOf(row.keySet());
        jdbc.update("insert into audit_event (" + String.join(", ", columns) + ") values ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")",
                columns.stream().map(row::get).toArray());
    }
}
