package org.fazhi.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.FazhiApplication;
import org.fazhi.audit.AuditEntry;
import org.fazhi.audit.AuditQuery;
import org.fazhi.audit.AuditTrail;
import org.fazhi.audit.ChainVerification;
import java.util.Set;
import org.fazhi.shared.Actor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcAuditTrail implements AuditTrail, org.fazhi.shared.LastChanges {

    static final String COLUMNS = "seq_no, occurred_at, actor, actor_unit_id, town_id, entity_type, entity_id, "
            + "action, before_state, after_state, reason, request_id, record_name, record_owner, prev_hash, hash";

    private final JdbcTemplate jdbc;
    private final ChainVerifier verifier;

    JdbcAuditTrail(JdbcTemplate jdbc, ChainKey key) {
        this.jdbc = jdbc;
        this.verifier = new ChainVerifier(jdbc, key);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> historyOf(Class<?> entityType, Object entityId) {
        return jdbc.query("select " + COLUMNS + " from audit_event where entity_type = ? and entity_id = ? "
                + "order by seq_no", (rs, i) -> entry(rs), entityType.getSimpleName(), String.valueOf(entityId));
    }

    /** The record's latest event: who changed it last and when (the conflict answer of a lost race quotes it). */
    @Override
    @Transactional(readOnly = true)
    public java.util.Optional<LastChange> of(Class<?> entityType, Object entityId) {
        return jdbc.query("select actor, occurred_at from audit_event where entity_type = ? and entity_id = ? "
                        + "order by seq_no desc fetch first 1 rows only",
                (rs, i) -> new LastChange(rs.getString("actor"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant()),
                entityType.getSimpleName(), String.valueOf(entityId)).stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public Page<AuditEntry> search(AuditQuery query, Pageable pageable) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (!inScope(where, args)) {
            return Page.empty(pageable);
        }
        String actor = query.actor();
        if (actor != null && !actor.isBlank()) {
            where.append(" and actor = ?");
            args.add(actor.strip());
        }
        if (query.entityTypes() != null) {
            if (query.entityTypes().isEmpty()) {
                return Page.empty(pageable);
            }
            in(where, "entity_type", query.entityTypes(), args);
        }
        String action = query.action();
        if (action != null && !action.isBlank()) {
            if (action.endsWith(":")) {
                where.append(" and action like ? escape '\\'");
                args.add(org.fazhi.shared.Like.startingWith(action.strip()));
            } else {
                // a code alone, or with what it was about (TRANSITION:FILED->INVESTIGATING, FOLLOW_UP:VISIT)
                where.append(" and (action = ? or action like ? escape '\\')");
                args.add(action.strip());
                args.add(org.fazhi.shared.Like.startingWith(action.strip() + ":"));
            }
        }
        LocalDate from = query.from();
        LocalDate to = query.to();
        if (from != null) {
            where.append(" and occurred_at >= ?");
            args.add(from.atStartOfDay(FazhiApplication.ZONE).toOffsetDateTime());
        }
        if (to != null) {
            where.append(" and occurred_at < ?");
            args.add(to.plusDays(1).atStartOfDay(FazhiApplication.ZONE).toOffsetDateTime());
        }
        Long total = jdbc.queryForObject("select count(*) from audit_event" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(pageable.getPageSize());
        pageArgs.add(pageable.getOffset());
        List<AuditEntry> rows = jdbc.query("select " + COLUMNS + " from audit_event" + where
                + " order by seq_no desc limit ? offset ?", (rs, i) -> entry(rs), pageArgs.toArray());
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> actors() {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (!inScope(where, args)) {
            return List.of();
        }
        return jdbc.queryForList("select distinct actor from audit_event" + where + " order by actor", String.class,
                args.toArray());
    }

    /** Limits to the towns of the caller's scope; false when the caller may see none. */
    private static boolean inScope(StringBuilder where, List<Object> args) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof Actor actorInScope)) {
            return false;
        }
        Set<Long> towns = actorInScope.readableTownIds();
        if (towns != null) {
            if (towns.isEmpty()) {
                return false;
            }
            in(where, "town_id", towns, args);
        }
        return true;
    }

    private static void in(StringBuilder where, String column, java.util.Collection<?> values, List<Object> args) {
        where.append(" and ").append(column).append(" in (").append("?,".repeat(values.size()));
        where.setLength(where.length() - 1);
        where.append(')');
        args.addAll(values);
    }

    /** Walks the chain in pages ({@link ChainVerifier}), in the caller's thread. */
    @Override
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        return verifier.verify(ChainVerifier.Progress.NONE);
    }

    static AuditEntry entry(ResultSet rs) throws SQLException {
        OffsetDateTime at = rs.getObject("occurred_at", OffsetDateTime.class);
        return new AuditEntry(rs.getLong("seq_no"), at.toInstant(), rs.getString("actor"),
                (Long) rs.getObject("actor_unit_id", Long.class), (Long) rs.getObject("town_id", Long.class),
                rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("action"),
                rs.getString("before_state"), rs.getString("after_state"), rs.getString("reason"),
                rs.getString("request_id"), rs.getString("record_name"), rs.getString("record_owner"));
    }
}
