package org.fazhi.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Whoever can write to the database but has not the audit key cannot hide an edit: recomputing every later hash with
 * plain SHA-256 (as the chain was computed before it was keyed) and moving the head along is reported as a broken
 * chain. Each tampering is undone at the end of its test, since the chain is shared.
 */
class KeyedChainTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    private JsonNode verify() {
        Api.Response r = api("auditor").get("/api/v1/audit/verify");
        assertThat(r.status()).isEqualTo(200);
        return r.json();
    }

    @Test
    void an_edit_with_the_chain_recomputed_by_plain_sha256_is_reported_broken() {
        Map<String, Object> head = jdbc.queryForMap("select * from audit_chain_head where id = 1");
        long last = ((Number) head.get("last_seq")).longValue();
        long from = last - 4;
        List<Map<String, Object>> saved = jdbc.queryForList(
                "select seq_no, actor, prev_hash, hash from audit_event where seq_no >= ? order by seq_no", from);
        try {
            jdbc.update("update audit_event set actor = 'intruder' where seq_no = ?", from);
            String prev = jdbc.queryForObject("select hash from audit_event where seq_no = ?", String.class,
                    from - 1);
            for (Object[] e : events(from)) {
                String hash = Canonical.hash(prev, e);
                jdbc.update("update audit_event set prev_hash = ?, hash = ? where seq_no = ?", prev, hash, e[0]);
                prev = hash;
            }
            jdbc.update("update audit_chain_head set last_hash = ? where id = 1", prev);

            JsonNode result = verify();
            assertThat(result.get("intact").asBoolean()).isFalse();
            assertThat(result.get("firstBrokenEventId").asLong()).isEqualTo(from);
        } finally {
            for (Map<String, Object> row : saved) {
                jdbc.update("update audit_event set actor = ?, prev_hash = ?, hash = ? where seq_no = ?",
                        row.get("actor"), row.get("prev_hash"), row.get("hash"), row.get("seq_no"));
            }
            jdbc.update("update audit_chain_head set last_hash = ? where id = 1", head.get("last_hash"));
        }
        assertThat(verify().get("intact").asBoolean()).isTrue();
    }

    @Test
    void moving_the_switch_to_keyed_hashes_past_a_recomputed_chain_is_reported_broken() {
        Map<String, Object> head = jdbc.queryForMap("select * from audit_chain_head where id = 1");
        long last = ((Number) head.get("last_seq")).longValue();
        try {
            // claims that no event was keyed yet, so that a plain recomputation would pass
            jdbc.update("update audit_chain_head set keyed_from_seq = ? where id = 1", last + 1);

            JsonNode result = verify();
            assertThat(result.get("intact").asBoolean()).isFalse();
        } finally {
            jdbc.update("update audit_chain_head set keyed_from_seq = ? where id = 1", head.get("keyed_from_seq"));
        }
        assertThat(verify().get("intact").asBoolean()).isTrue();
    }

    @Test
    void the_chain_is_keyed_from_the_first_start_and_the_key_is_not_in_the_database() {
        Map<String, Object> head = jdbc.queryForMap("select * from audit_chain_head where id = 1");

        assertThat(((Number) head.get("keyed_from_seq")).longValue()).isEqualTo(1);
        assertThat(head.get("keyed_from_mac")).asString().hasSize(64);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where seq_no = 1", Long.class))
                .isEqualTo(1);
    }

    /** The hashed fields of the events from {@code from} on, in the order the chain hashes them. */
    private List<Object[]> events(long from) {
        List<Object[]> rows = new ArrayList<>();
        jdbc.query("select * from audit_event where seq_no >= ? order by seq_no", rs -> {
            rows.add(new Object[] {rs.getLong("seq_no"),
                    rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                    rs.getObject("actor_unit_id", Long.class), rs.getObject("town_id", Long.class),
                    rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("action"),
                    rs.getString("before_state"), rs.getString("after_state"), rs.getString("reason"),
                    rs.getString("request_id")});
        }, from);
        return rows;
    }
}
