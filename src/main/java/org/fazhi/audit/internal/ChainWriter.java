package org.fazhi.audit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fazhi.shared.Databases;
import org.fazhi.shared.TransactionBuffer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Appends a transaction's audit events to the chain just before it commits, in the same transaction. The chain head
 * row is locked ({@code select … for update}) so that two transactions never chain onto the same predecessor; the
 * sequence number is gapless, so a deleted event shows as a gap, and the head's last hash catches deleting the newest.
 * Each hash is keyed ({@link ChainKey}): without the key nobody can recompute the chain after editing an event.
 */
@Component
class ChainWriter {

    static final String GENESIS = "0".repeat(64);

    private final JdbcTemplate jdbc;
    private final ChainKey key;
    /** PostgreSQL appends a commit's many events with COPY ({@link CopyAppend}); H2 and small commits insert them. */
    private final boolean postgres;
    /** The events of the current transaction, appended last among its synchronizations, just before it commits. */
    private final TransactionBuffer<List<PendingEvent>> buffer;

    ChainWriter(JdbcTemplate jdbc, ChainKey key) {
        this.jdbc = jdbc;
        this.key = key;
        this.postgres = Databases.isPostgreSql(jdbc);
        this.buffer = new TransactionBuffer<>(ArrayList::new, events -> {
            if (!events.isEmpty()) {
                append(List.copyOf(events));
                events.clear();
            }
        }, Integer.MAX_VALUE);
    }

    /** Adds an event to the current transaction's buffer; outside a transaction the event is written at once. */
    void add(PendingEvent event) {
        if (!TransactionBuffer.active()) {
            append(List.of(event));
            return;
        }
        buffer.get().add(event);
    }

    /**
     * The latest name the trail recorded for a record: first among this transaction's events not yet written, then
     * in the table.
     */
    String latestName(String entityType, String entityId) {
        List<PendingEvent> buffer = this.buffer.peek();
        if (buffer != null) {
            for (int i = buffer.size() - 1; i >= 0; i--) {
                PendingEvent e = buffer.get(i);
                if (e.recordName() != null && e.recordOwner() == null && e.entityType().equals(entityType)
                        && e.entityId().equals(entityId)) {
                    return e.recordName();
                }
            }
        }
        return jdbc.query("select record_name from audit_event where entity_type = ? and entity_id = ? "
                        + "and record_name is not null and record_owner is null order by seq_no desc limit 1",
                rs -> rs.next() ? rs.getString(1) : null, entityType, entityId);
    }

    static final String INSERT = "insert into audit_event (seq_no, occurred_at, actor, actor_unit_id, town_id, "
            + "entity_type, entity_id, action, before_state, after_state, reason, request_id, record_name, "
            + "record_owner, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Chains the events onto the head, in the caller's transaction (the head stays locked until it ends). */
    void append(List<PendingEvent> events) {
        Map<String, Object> head = jdbc.queryForMap(
                "select last_seq, last_hash from audit_chain_head where id = 1 for update");
        long seq = ((Number) head.get("last_seq")).longValue();
        List<Object[]> rows = chained(events, seq + 1, (String) head.get("last_hash"));
        if (postgres && rows.size() >= CopyAppend.MIN_EVENTS) {
            CopyAppend.copy(jdbc, rows);
        } else {
            jdbc.batchUpdate(INSERT, rows);
        }
        Object[] last = rows.get(rows.size() - 1);
        jdbc.update("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1", last[0], last[15]);
    }

    /** The rows of {@link #INSERT} for events numbered from {@code firstSeq} on after {@code prev}, hashed. */
    List<Object[]> chained(List<PendingEvent> events, long firstSeq, String prev) {
        List<Object[]> rows = new ArrayList<>(events.size());
        long seq = firstSeq;
        for (PendingEvent e : events) {
            var at = Canonical.micros(e.occurredAt());
            Object[] hashed = e.hashed();
            hashed[0] = at;
            String hash = key.hash(seq, prev, hashed);
            rows.add(new Object[] {seq, at.atOffset(java.time.ZoneOffset.UTC), e.actor(), e.actorUnitId(), e.townId(),
                    e.entityType(), e.entityId(), e.action(), e.beforeState(), e.afterState(), e.reason(), e.requestId(),
                    e.recordName(), e.recordOwner(), prev, hash});
            prev = hash;
            seq++;
        }
        return rows;
    }
}
