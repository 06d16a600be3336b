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
    /** PostgreSQL claims a chunk's keys in one statement ({@code on conflict do nothing returning}); H2 in two. */
    private final boolean postgres;

    ImportKeys(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.postgres = org.fazhi.shared.Databases.isPostgreSql(jdbc);
    }

    /**
     * Remembers those of the keys that were not imported before and returns them (a key twice in the list once): the
     * rows to save. On PostgreSQL one statement, {@code insert … on conflict do nothing returning}, instead of the
     * lookup and the insert of {@link #seen} and {@link #remember}: the lookup of 200 keys in a {@code union all} was
     * a sixth of a chunk's time. A concurrent import of the same rows waits for the other's commit and then finds
     * them taken, as the lookup would after a retry.
     */
    Set<LedgerKey> claim(String ledger, List<LedgerKey> keys, String importedBy) {
        if (keys.isEmpty()) {
            return new HashSet<>();
        }
        if (!postgres) {
            Set<LedgerKey> taken = new HashSet<>(seen(ledger, keys));
            List<LedgerKey> fresh = new ArrayList<>(keys.size());
            for (LedgerKey key : keys) {
                if (taken.add(key)) {
                    fresh.add(key);
                }
            }
            remember(ledger, fresh, importedBy);
            return new HashSet<>(fresh);
        }
        Map<String, LedgerKey> byProbe = new HashMap<>();
        List<Object> args = new ArrayList<>(keys.size() * 6);
        Timestamp now = Timestamp.from(clock.instant());
        for (LedgerKey key : keys) {
            String hash = hash(key.value());
            if (byProbe.putIfAbsent(key.townId() + "/" + hash, key) == null) {
                args.addAll(List.of(ledger, key.townId(), hash, clipped(key), now, importedBy));
            }
        }
        Set<LedgerKey> claimed = new HashSet<>();
        jdbc.query(INSERT + String.join(", ", Collections.nCopies(args.size() / 6, "(?, ?, ?, ?, ?, ?)"))
                        + " on conflict do nothing returning town_id, key_hash",
                (java.sql.ResultSet rs) -> {
                    claimed.add(byProbe.get(rs.getLong(1) + "/" + rs.getString(2)));
                }, args.toArray());
        return claimed;
    }

    private static final String INSERT = "insert into ledger_import_key (ledger_name, town_id, key_hash, natural_key, "
            + "imported_at, imported_by) values ";

    /**
     * Those of the keys that were imported before into the ledger, in one statement: a probe of the primary key per
     * key, joined with {@code union all}. (An {@code in} list over the hashes leaves the choice to the planner, and
     * both H2 and PostgreSQL with the statistics of a table that grew in the same import scanned all the town's keys
     * for it, which made a large import slow down as it went.)
     */
    Set<LedgerKey> seen(String ledger, Collection<LedgerKey> keys) {
        Map<String, List<LedgerKey>> byProbe = new HashMap<>();
        List<Object> args = new ArrayList<>(keys.size() * 3);
        for (LedgerKey key : keys) {
            String hash = hash(key.value());
            List<LedgerKey> same = byProbe.computeIfAbsent(key.townId() + "/" + hash, p -> new ArrayList<>(1));
            if (same.isEmpty()) {
                args.add(ledger);
                args.add(key.townId());
                args.add(hash);
            }
            same.add(key);
        }
        if (args.isEmpty()) {
            return Set.of();
        }
        Set<LedgerKey> seen = new HashSet<>();
        jdbc.query(String.join(" union all ", Collections.nCopies(args.size() / 3, "select town_id, key_hash "
                + "from ledger_import_key where ledger_name = ? and town_id = ? and key_hash = ?")),
                (java.sql.ResultSet rs) -> {
                    seen.addAll(byProbe.get(rs.getLong(1) + "/" + rs.getString(2)));
                }, args.toArray());
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
            rows.add(new Object[] {ledger, key.townId(), hash(key.value()), clipped(key), now, importedBy});
        }
        jdbc.batchUpdate(INSERT + "(?, ?, ?, ?, ?, ?)", rows);
    }

    private static String clipped(LedgerKey key) {
        return key.value().length() > 1000 ? key.value().substring(0, 1000) : key.value();
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
