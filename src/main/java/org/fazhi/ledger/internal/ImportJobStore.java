package org.fazhi.ledger.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.fazhi.ledger.Rejection;
import org.fazhi.ledger.internal.ImportJob.State;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The import jobs in the database ({@code ledger_import_job}, rejections in {@code ledger_import_rejection}). Each
 * write commits at once, apart from the chunks of rows it reports on: progress counts only committed chunks.
 */
@Component
class ImportJobStore {

    private static final String COLUMNS = "id, owner, ledger_name, file_name, language, state, total_rows, rows_read, "
            + "rows_imported, rows_skipped, rows_rejected, cancel_requested, node_id, heartbeat_at, started_at, ended_at";
    private static final String LIVE = "('" + State.QUEUED + "', '" + State.RUNNING + "')";

    private final JdbcTemplate jdbc;

    ImportJobStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void create(String id, String owner, String ledger, String fileName, String language, String nodeId, Instant now) {
        jdbc.update("insert into ledger_import_job (id, owner, ledger_name, file_name, language, state, node_id, "
                        + "heartbeat_at, started_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, owner, ledger,
                cut(fileName, 255), language, State.QUEUED.name(), nodeId, at(now), at(now));
    }

    /** The job runs; false when it is no longer live (interrupted meanwhile by a sweep). */
    boolean running(String id, long totalRows, Instant now) {
        return jdbc.update("update ledger_import_job set state = ?, total_rows = ?, heartbeat_at = ? where id = ? "
                + "and state in " + LIVE, State.RUNNING.name(), totalRows, at(now), id) == 1;
    }

    /**
     * Counts after a committed chunk and the chunk's rejections; answers whether to stop: the user asked to, or the
     * job is no longer live (a sweep took this node for gone).
     */
    boolean progress(String id, long read, int imported, int skipped, int rejectedRows, int firstSeq,
                     List<Rejection> newRejections, Instant now) {
        if (!newRejections.isEmpty()) {
            List<Object[]> rows = new ArrayList<>(newRejections.size());
            for (int i = 0; i < newRejections.size(); i++) {
                Rejection r = newRejections.get(i);
                rows.add(new Object[]{id, firstSeq + i, r.row(), cut(r.column(), 100), cut(r.reason(), 1000)});
            }
            jdbc.batchUpdate("insert into ledger_import_rejection (job_id, seq, row_no, column_name, reason) "
                    + "values (?, ?, ?, ?, ?)", rows);
        }
        jdbc.update("update ledger_import_job set rows_read = ?, rows_imported = ?, rows_skipped = ?, rows_rejected = ?, "
                + "heartbeat_at = ? where id = ?", read, imported, skipped, rejectedRows, at(now), id);
        return Boolean.TRUE.equals(jdbc.queryForObject("select cancel_requested or state not in " + LIVE
                + " from ledger_import_job where id = ?", Boolean.class, id));
    }

    /** Ends a live job; a job a sweep already marked interrupted stays so. */
    void finish(String id, State state, Instant now) {
        jdbc.update("update ledger_import_job set state = ?, ended_at = ?, heartbeat_at = ? where id = ? and state in "
                + LIVE, state.name(), at(now), at(now), id);
    }

    void requestCancel(String id) {
        jdbc.update("update ledger_import_job set cancel_requested = true where id = ?", id);
    }

    Optional<ImportJob> find(String id) {
        return jdbc.query("select " + COLUMNS + " from ledger_import_job where id = ?", job(rejections(id)), id)
                .stream().findFirst();
    }

    /** The owner's jobs, newest first, without their rejections. */
    List<ImportJob> ownedBy(String owner) {
        return jdbc.query("select " + COLUMNS + " from ledger_import_job where owner = ? order by started_at desc",
                job(List.of()), owner);
    }

    /** Tells that the jobs live on this node are still followed. */
    void heartbeat(Collection<String> ids, Instant now) {
        for (String id : ids) {
            jdbc.update("update ledger_import_job set heartbeat_at = ? where id = ? and state in " + LIVE, at(now), id);
        }
    }

    /** Marks interrupted the live jobs of a node that started again: whatever it was running, it runs no more. */
    int interruptNode(String nodeId, Instant now) {
        return jdbc.update("update ledger_import_job set state = ?, ended_at = ? where node_id = ? and state in " + LIVE,
                State.INTERRUPTED.name(), at(now), nodeId);
    }

    /** Marks interrupted the live jobs whose node stopped telling it follows them. */
    int interruptSilentSince(Instant before, Instant now) {
        return jdbc.update("update ledger_import_job set state = ?, ended_at = ? where heartbeat_at < ? and state in "
                + LIVE, State.INTERRUPTED.name(), at(now), at(before));
    }

    int forgetEndedBefore(Instant before) {
        return jdbc.update("delete from ledger_import_job where ended_at < ?", at(before));
    }

    private List<Rejection> rejections(String id) {
        return jdbc.query("select row_no, column_name, reason from ledger_import_rejection where job_id = ? order by seq",
                (rs, n) -> new Rejection(rs.getLong(1), rs.getString(2), rs.getString(3)), id);
    }

    private static RowMapper<ImportJob> job(List<Rejection> rejected) {
        return (rs, n) -> new ImportJob(rs.getString("id"), rs.getString("owner"), rs.getString("ledger_name"),
                rs.getString("file_name"), rs.getString("language"), State.valueOf(rs.getString("state")),
                rs.getLong("total_rows"), rs.getLong("rows_read"), rs.getInt("rows_imported"),
                rs.getInt("rows_skipped"), rs.getInt("rows_rejected"), rs.getBoolean("cancel_requested"),
                rs.getString("node_id"), instant(rs, "heartbeat_at"), instant(rs, "started_at"),
                instant(rs, "ended_at"), rejected);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
