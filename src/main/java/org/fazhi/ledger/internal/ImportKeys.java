package org.fazhi.ledger.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import org.fazhi.ledger.LedgerKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The natural keys imported so far, per ledger and town. Written in the row's own transaction, so a row that is
 * rolled back leaves no key behind. Keys are compared by their SHA-256, which keeps the primary key short whatever
 * the key's length.
 */
@Component
class ImportKeys {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ImportKeys(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean seen(String ledger, LedgerKey key) {
        Integer n = jdbc.queryForObject(
                "select count(*) from ledger_import_key where ledger_name = ? and town_id = ? and key_hash = ?",
                Integer.class, ledger, key.townId(), hash(key.value()));
        return n != null && n > 0;
    }

    /** Remembers the key; a concurrent import of the same row fails here on the primary key. */
    void remember(String ledger, LedgerKey key, String importedBy) {
        String text = key.value().length() > 1000 ? key.value().substring(0, 1000) : key.value();
        jdbc.update("insert into ledger_import_key (ledger_name, town_id, key_hash, natural_key, imported_at, "
                        + "imported_by) values (?, ?, ?, ?, ?, ?)", ledger, key.townId(), hash(key.value()), text,
                Timestamp.from(clock.instant()), importedBy);
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
