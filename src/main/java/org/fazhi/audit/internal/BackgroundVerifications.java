package org.fazhi.audit.internal;

import jakarta.annotation.PreDestroy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.fazhi.audit.ChainVerification;
import org.fazhi.audit.ChainVerifications;
import org.fazhi.audit.VerificationRun;
import org.fazhi.audit.VerificationRun.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs {@link ChainVerifier} on a worker thread of the node that was asked, writing its progress after every page to
 * the single row of {@code audit_verification}. Taking that row is one conditional update, so two nodes asked at the
 * same moment start one verification. A running row whose heartbeat is older than {@link #SILENCE} was left by a
 * node that stopped: it reads as interrupted, and a new verification may take the row.
 */
@Component
class BackgroundVerifications implements ChainVerifications {

    private static final Logger log = LoggerFactory.getLogger(BackgroundVerifications.class);
    /** A page takes well under a second; a minute without one is a node that went away. */
    static final Duration SILENCE = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final ChainVerifier verifier;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "audit-verification");
        t.setDaemon(true);
        return t;
    });
    private volatile String current;

    BackgroundVerifications(JdbcTemplate jdbc, ChainKey key, Clock clock) {
        this.jdbc = jdbc;
        this.verifier = new ChainVerifier(jdbc, key);
        this.clock = clock;
    }

    @Override
    public VerificationRun start() {
        String run = UUID.randomUUID().toString();
        Instant now = clock.instant();
        var auth = SecurityContextHolder.getContext().getAuthentication();
        int taken = jdbc.update("update audit_verification set run_id = ?, state = ?, started_by = ?, checked = 0, "
                + "total = ?, first_broken = null, started_at = ?, heartbeat_at = ?, ended_at = null "
                + "where id = 1 and (state <> ? or heartbeat_at < ?)", run, State.RUNNING.name(),
                auth == null ? "" : auth.getName(), verifier.headSeq(), at(now), at(now), State.RUNNING.name(),
                at(now.minus(SILENCE)));
        if (taken == 1) {
            current = run;
            worker.submit(() -> run(run));
        }
        return latest();
    }

    private void run(String run) {
        State end = State.FAILED;
        ChainVerification result = null;
        try {
            result = verifier.verify((checked, total) -> jdbc.update("update audit_verification set checked = ?, "
                    + "total = ?, heartbeat_at = ? where id = 1 and run_id = ?", checked, total, at(clock.instant()),
                    run));
            end = result.intact() ? State.INTACT : State.BROKEN;
        } catch (RuntimeException e) {
            log.error("audit chain verification {} failed", run, e);
        } finally {
            current = null;
            Instant now = clock.instant();
            // "and state": a run that a stopping node already marked interrupted stays interrupted
            jdbc.update("update audit_verification set state = ?, first_broken = ?, ended_at = ?, heartbeat_at = ? "
                    + "where id = 1 and run_id = ? and state = ?", end.name(),
                    result == null ? null : result.firstBrokenEventId(), at(now), at(now), run, State.RUNNING.name());
            if (result != null) {
                jdbc.update("update audit_verification set checked = ? where id = 1 and run_id = ?", result.events(),
                        run);
            }
        }
        if (end == State.BROKEN) {
            log.warn("audit chain verification {}: broken from event {} on", run, result.firstBrokenEventId());
        }
    }

    @Override
    public VerificationRun latest() {
        Instant silentSince = clock.instant().minus(SILENCE);
        return jdbc.queryForObject("select state, checked, total, first_broken, started_by, started_at, heartbeat_at, "
                + "ended_at from audit_verification where id = 1", (rs, i) -> {
                    State state = State.valueOf(rs.getString("state"));
                    Instant heartbeat = instant(rs, "heartbeat_at");
                    if (state == State.RUNNING && heartbeat != null && heartbeat.isBefore(silentSince)) {
                        state = State.INTERRUPTED;
                    }
                    return new VerificationRun(state, rs.getLong("checked"), rs.getLong("total"),
                            rs.getObject("first_broken", Long.class), rs.getString("started_by"),
                            instant(rs, "started_at"), instant(rs, "ended_at"));
                });
    }

    /** On a clean stop, a verification still running ends as interrupted at once rather than after the silence. */
    @PreDestroy
    void stop() {
        worker.shutdownNow();
        String run = current;
        if (run != null) {
            try {
                jdbc.update("update audit_verification set state = ?, ended_at = ? where id = 1 and run_id = ? "
                        + "and state = ?", State.INTERRUPTED.name(), at(clock.instant()), run, State.RUNNING.name());
            } catch (RuntimeException e) {
                log.warn("could not mark the running audit verification interrupted: {}", e.toString());
            }
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
