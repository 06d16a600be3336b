package org.fazhi.audit.internal;

import java.util.List;
import java.util.Map;
import org.fazhi.audit.AuditEntry;
import org.fazhi.audit.ChainVerification;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Recomputes the chain page by page, so that memory stays bounded whatever its length (nothing is kept from one page
 * to the next but the last hash), and tells how far it got after each page.
 */
final class ChainVerifier {

    /** How far a verification got: events checked, and the head's sequence number (grows while staff work). */
    @FunctionalInterface
    interface Progress {
        Progress NONE = (checked, total) -> { };

        void checked(long checked, long total);
    }

    static final int PAGE = 2000;

    private final JdbcTemplate jdbc;
    private final ChainKey key;

    ChainVerifier(JdbcTemplate jdbc, ChainKey key) {
        this.jdbc = jdbc;
        this.key = key;
    }

    /** The head's last sequence number: the events a verification starting now will check at least. */
    long headSeq() {
        return ((Number) head().get("last_seq")).longValue();
    }

    /**
     * Each event's hash must be the hash of its predecessor's hash and its own content, sequence numbers must run
     * without gap from 1, and the last event must be the one the chain head names. Events committed while the walk
     * runs are walked too: the head is read again at the end, and only a head that stayed put while the walk found no
     * further event is compared with the last event.
     */
    ChainVerification verify(Progress progress) {
        Map<String, Object> head = head();
        long headSeq = ((Number) head.get("last_seq")).longValue();
        Long keyedFrom = head.get("keyed_from_seq") == null ? null : ((Number) head.get("keyed_from_seq")).longValue();
        if (keyedFrom == null || keyedFrom != key.keyedFrom()
                || !key.validMark(keyedFrom, (String) head.get("keyed_from_mac"))) {
            // the switch from plain to keyed hashes was moved: nothing from the recorded switch on can be trusted
            return new ChainVerification(false, 0, Math.min(key.keyedFrom(), keyedFrom == null ? 1 : keyedFrom));
        }
        String prev = ChainWriter.GENESIS;
        long checked = 0;
        progress.checked(0, headSeq);
        while (true) {
            List<Object[]> page = jdbc.query("select " + JdbcAuditTrail.COLUMNS + " from audit_event "
                    + "where seq_no > ? order by seq_no limit " + PAGE, (rs, i) -> new Object[] {
                        JdbcAuditTrail.entry(rs), rs.getString("prev_hash"), rs.getString("hash")}, checked);
            if (page.isEmpty()) {
                Map<String, Object> now = head();
                long nowSeq = ((Number) now.get("last_seq")).longValue();
                if (nowSeq != headSeq && nowSeq > checked) {
                    headSeq = nowSeq;
                    continue;
                }
                if (checked != nowSeq || !prev.equals(now.get("last_hash"))) {
                    return new ChainVerification(false, checked, Math.min(checked, nowSeq) + 1);
                }
                progress.checked(checked, nowSeq);
                return new ChainVerification(true, checked, null);
            }
            for (Object[] row : page) {
                AuditEntry e = (AuditEntry) row[0];
                long expected = checked + 1;
                if (e.seqNo() != expected || !prev.equals(row[1])) {
                    return new ChainVerification(false, checked, expected);
                }
                String hash = key.hash(e.seqNo(), prev, PendingEvent.hashed(e.occurredAt(), e.actor(),
                        e.actorUnitId(), e.townId(), e.entityType(), e.entityId(), e.action(), e.beforeState(),
                        e.afterState(), e.reason(), e.requestId(), e.recordName(), e.recordOwner()));
                if (!hash.equals(row[2])) {
                    return new ChainVerification(false, checked, e.seqNo());
                }
                prev = hash;
                checked++;
            }
            progress.checked(checked, Math.max(checked, headSeq));
        }
    }

    private Map<String, Object> head() {
        return jdbc.queryForMap(
                "select last_seq, last_hash, keyed_from_seq, keyed_from_mac from audit_chain_head where id = 1");
    }
}
