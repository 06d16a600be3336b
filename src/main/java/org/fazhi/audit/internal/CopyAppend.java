package org.fazhi.audit.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes many chained events at once on PostgreSQL with {@code COPY audit_event … FROM STDIN} on the transaction's own
 * connection, so they commit or roll back with the rest of it, exactly like the rows of {@link ChainWriter#INSERT}.
 * A chunk of an imported ledger appends some 200 events of 1–2 KB each; as a multi-row {@code insert} the driver binds
 * and the server parses 16 parameters per event, while COPY's text format is read as it streams in. The values, and
 * therefore the hashes computed on them before, are the same either way.
 */
final class CopyAppend {

    /** From this many events on the copy pays for itself; fewer are inserted as before. */
    static final int MIN_EVENTS = 20;

    static final String COPY = "copy audit_event (seq_no, occurred_at, actor, actor_unit_id, town_id, entity_type, "
            + "entity_id, action, before_state, after_state, reason, request_id, record_name, record_owner, prev_hash, "
            + "hash) from stdin";

    private CopyAppend() {
    }

    /** Copies the rows (in the column order of {@link ChainWriter#INSERT}) in the caller's transaction. */
    static void copy(JdbcTemplate jdbc, List<Object[]> rows) {
        byte[] text = text(rows);
        jdbc.execute((ConnectionCallback<Long>) c -> {
            try {
                return c.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new ByteArrayInputStream(text));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** COPY's text format: tab between columns, a line per row, {@code \N} for null, backslash escapes. */
    static byte[] text(List<Object[]> rows) {
        StringBuilder sb = new StringBuilder(rows.size() * 2048);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    sb.append('\t');
                }
                Object v = row[i];
                if (v == null) {
                    sb.append("\\N");
                } else if (v instanceof OffsetDateTime at) {
                    timestamp(sb, at);
                } else if (v instanceof Number n) {
                    sb.append(n.longValue());
                } else {
                    escaped(sb, v.toString());
                }
            }
            sb.append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * {@code 2026-12-06 21:45:00.123456+00}: every microsecond written out, in UTC, as the hash saw it
     * ({@link Canonical#micros}); by hand, since a {@code DateTimeFormatter} was a third of this class's time.
     */
    static void timestamp(StringBuilder sb, OffsetDateTime time) {
        OffsetDateTime at = time.withOffsetSameInstant(ZoneOffset.UTC);
        sb.append(at.getYear());
        digits(sb.append('-'), at.getMonthValue(), 2);
        digits(sb.append('-'), at.getDayOfMonth(), 2);
        digits(sb.append(' '), at.getHour(), 2);
        digits(sb.append(':'), at.getMinute(), 2);
        digits(sb.append(':'), at.getSecond(), 2);
        digits(sb.append('.'), at.getNano() / 1000, 6);
        sb.append("+00");
    }

    private static void digits(StringBuilder sb, int value, int width) {
        String text = Integer.toString(value);
        for (int i = text.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(text);
    }

    private static void escaped(StringBuilder sb, String s) {
        // most values have nothing to escape; String.indexOf scans for that much faster than a loop over the chars
        if (s.indexOf('\\') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0 && s.indexOf('\t') < 0) {
            sb.append(s);
            return;
        }
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String escape = switch (c) {
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> null;
            };
            if (escape != null) {
                sb.append(s, from, i).append(escape);
                from = i + 1;
            }
        }
        sb.append(s, from, s.length());
    }
}
