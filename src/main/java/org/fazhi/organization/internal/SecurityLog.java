package org.fazhi.organization.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 安全日志 — sign-ins at the login form, failed and refused logins, lockouts and their lifting. A plain table written
 * outside the audit chain: a login takes no lock on the chain's head, so guessing passwords cannot slow down the
 * recording of real work. The audit administrator reads it (page and API); lockouts and their lifting are audit
 * events of the account as well. A call of the API authenticated with HTTP Basic is not a sign-in and is not logged.
 */
@Component
public class SecurityLog {

    /** What happened at the login. */
    public enum Kind {
        /** signed in at the login form */
        LOGIN_SUCCEEDED,
        /** wrong password or unknown name (the two are not told apart to the caller) */
        LOGIN_FAILED,
        /** refused without checking the password: the account or the address must wait before the next try */
        LOGIN_THROTTLED,
        /** refused: the account is locked */
        LOGIN_LOCKED,
        /** refused: the account is disabled */
        LOGIN_DISABLED,
        /** the account was locked after repeated failures */
        ACCOUNT_LOCKED,
        /** an administrator lifted the lock */
        ACCOUNT_UNLOCKED
    }

    /** One row as the auditor reads it. */
    public record Entry(long id, Instant occurredAt, String kind, String username, String clientAddress,
                        String detail) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SecurityLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(Kind kind, String username, String clientAddress, String detail) {
        jdbc.update("insert into security_log (occurred_at, kind, username, client_address, detail) "
                        + "values (?, ?, ?, ?, ?)", clock.instant().atOffset(ZoneOffset.UTC), kind.name(),
                clip(username, 60), clip(clientAddress, 64), clip(detail, 200));
    }

    /** Newest first, optionally of one user name or one kind. */
    public Page<Entry> search(String username, String kind, Pageable pageable) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (username != null && !username.isBlank()) {
            where.append(" and username = ?");
            args.add(username.strip().toLowerCase(java.util.Locale.ROOT));
        }
        if (kind != null && !kind.isBlank()) {
            where.append(" and kind = ?");
            args.add(kind.strip());
        }
        Long total = jdbc.queryForObject("select count(*) from security_log" + where, Long.class, args.toArray());
        args.add(pageable.getPageSize());
        args.add(pageable.getOffset());
        List<Entry> rows = jdbc.query("select id, occurred_at, kind, username, client_address, detail from security_log"
                        + where + " order by id desc limit ? offset ?",
                (rs, i) -> new Entry(rs.getLong("id"), rs.getObject("occurred_at", java.time.OffsetDateTime.class)
                        .toInstant(), rs.getString("kind"), rs.getString("username"), rs.getString("client_address"),
                        rs.getString("detail")), args.toArray());
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    /** Keeps what an attacker typed from breaking the log: no control characters, bounded length. */
    static String clip(String s, int max) {
        if (s == null) {
            return null;
        }
        String clean = s.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= max ? clean : clean.substring(0, max);
    }
}
