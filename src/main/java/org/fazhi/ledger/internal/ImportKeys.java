package org.fazhi.ledger.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fazhi.ledger.LedgerKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The natural keys imported so far, per ledger and town. Written in the row's (or chunk's) own transaction, so rows
 * that are rolled back leave no key behind. Keys are compared by their SHA-256, which keeps the primary key short
 * whatever the key's length. A chunk's keys are looked up in one statement and remembered in one batch: per row, the
 * lookup and the insert were two of the import's round trips to the database.
 */
@Component
class ImportKeys {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ImportKeys(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Those of the keys that were imported before into the ledger: one statement per town among the keys (a chunk's
     * rows are of one town as a rule), which the primary key answers with one probe per key.
     */
    Set<LedgerKey> seen(String ledger, Collection<LedgerKey> keys) {
        Map<Long, Map<String, List<LedgerKey>>> byTown = new HashMap<>();
        for (LedgerKey key : keys) {
            byTown.computeIfAbsent(key.townId(), t -> new HashMap<>())
                    .computeIfAbsent(hash(key.value()), h -> new ArrayList<>(1)).add(key);
        }
        Set<LedgerKey> seen = new HashSet<>();
        byTown.forEach((town, byHash) -> {
            List<Object> args = new ArrayList<>(byHash.size() + 2);
            args.add(ledger);
            args.add(town);
            args.addAll(byHash.keySet());
            jdbc.query("select key_hash from ledger_import_key where ledger_name = ? and town_id = ? and key_hash in ("
                    + String.join(", ", Collections.nCopies(byHash.size(), "?")) + ")",
                    (java.sql.ResultSet rs) -> {
                        seen.addAll(byHash.get(rs.getString(1)));
                    }, args.toArray());
        });
        return seen;
    }

    /** Remembers the keys; a concurrent import of the same rows fails here on the primary key. */
    void remember(String ledger, List<LedgerKey> keys, String importedBy) {
        if (keys.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> rows = new ArrayList<>(keys.size());
        for (LedgerKey key : keys) {
            String text = key.value().length() > 1000 ? key.value().substring(0, 1000) : key.value();
            rows.add(new Object[] {ledger, key.townId(), hash(key.value()), text, now, importedBy});
        }
        jdbc.batchUpdate("insert into ledger_import_key (ledger_name, town_id, key_hash, natural_key, imported_at, "
                + "imported_by) values (?, ?, ?, ?, ?, ?)", rows);
    }

    private static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
