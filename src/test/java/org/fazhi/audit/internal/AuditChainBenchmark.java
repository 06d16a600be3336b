package org.fazhi.audit.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.fazhi.audit.ChainVerification;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit chain at the scale of a province, on PostgreSQL, without the rest of the platform (so that a small heap
 * measures the chain and not the application context). Run with {@code bench/audit.sh}; figures in
 * {@code docs/benchmarks.md}, "Audit chain".
 *
 * <ol>
 *   <li><b>Appends</b>: {@code fazhi.bench.writers} threads (16) commit small transactions for
 *   {@code fazhi.bench.seconds} each: one changed record (a row of a plain table) and one to three audit events of a
 *   random town among 1,200, through {@link ChainWriter} exactly as a change of the platform does (buffered, chained
 *   before commit under the lock of the single head). Beside it, in the same run: the same transactions with one head
 *   per town (the same inserts and hashes under the lock of the town's head row), and with no head at all (PostgreSQL's
 *   own rate for the same inserts). Database {@code fazhi.bench.audit-db} (default {@code fazhi_audit_bench}), emptied
 *   at each run.</li>
 *   <li><b>Verification of a million events</b>: fills {@code <audit-db>_million} once with
 *   {@code fazhi.bench.events} (1,000,000) chained events through {@link ChainWriter#append} in batches (kept between
 *   runs), then verifies them with {@link ChainVerifier}, the code the background verification runs, reporting time,
 *   events/s and the heap used; beside it the same pages read without hashing.</li>
 * </ol>
 */
@Tag("bench")
@EnabledIfSystemProperty(named = "fazhi.bench", matches = "true")
class AuditChainBenchmark {

    static final String SERVER = System.getProperty("fazhi.bench.pg-server", "jdbc:postgresql://127.0.0.1:5432/");
    static final String DB = System.getProperty("fazhi.bench.audit-db", "fazhi_audit_bench");
    static final int WRITERS = Integer.getInteger("fazhi.bench.writers", 16);
    static final int SECONDS = Integer.getInteger("fazhi.bench.seconds", 20);
    static final int EVENTS = Integer.getInteger("fazhi.bench.events", 1_000_000);
    static final int TOWNS = 1_200;
    /** A fixed key, so that the million events generated once stay verifiable in later runs. */
    static final String KEY = "audit-chain-benchmark-key-0123456789abcdef";

    private static final List<String> report = new ArrayList<>();

    @AfterAll
    static void write() throws IOException {
        Path out = Path.of("target/bench/audit-chain.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
    }

    private static void say(String line) {
        System.out.println(line);
        report.add(line);
    }

    @Test
    void appends_by_concurrent_writers_across_towns() throws Exception {
        try (HikariDataSource ds = database(DB)) {
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            jdbc.execute("truncate audit_event");
            jdbc.update("update audit_chain_head set last_seq = 0, last_hash = ? where id = 1", ChainWriter.GENESIS);
            jdbc.execute("drop table if exists bench_change, bench_event, bench_town_head");
            jdbc.execute("create table bench_change (id bigserial primary key, town_id bigint not null, "
                    + "payload text not null)");
            jdbc.execute("create table bench_event (like audit_event including all)");
            jdbc.execute("create table bench_town_head (town_id bigint primary key, last_seq bigint not null, "
                    + "last_hash varchar(64) not null)");
            jdbc.update("insert into bench_town_head select t, 0, ? from generate_series(1, ?) t", ChainWriter.GENESIS,
                    TOWNS);
            ChainKey key = new ChainKey(jdbc, KEY, Path.of("target/bench/unused.key"));
            ChainWriter writer = new ChainWriter(jdbc, key);
            TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
            AtomicLong plainSeq = new AtomicLong();

            Change chained = (town, events) -> tx.executeWithoutResult(s -> {
                changeRecord(jdbc, town);
                events.forEach(writer::add);
            });
            Change perTown = (town, events) -> tx.executeWithoutResult(s -> {
                changeRecord(jdbc, town);
                var head = jdbc.queryForMap("select last_seq, last_hash from bench_town_head where town_id = ? "
                        + "for update", town);
                long seq = ((Number) head.get("last_seq")).longValue();
                String prev = insertPlain(jdbc, writer, events, plainSeq, (String) head.get("last_hash"));
                jdbc.update("update bench_town_head set last_seq = ?, last_hash = ? where town_id = ?",
                        seq + events.size(), prev, town);
            });
            Change plain = (town, events) -> tx.executeWithoutResult(s -> {
                changeRecord(jdbc, town);
                insertPlain(jdbc, writer, events, plainSeq, ChainWriter.GENESIS);
            });

            say("== audit chain appends: " + WRITERS + " writers, " + SECONDS + " s each, 1-3 events per commit, "
                    + "random town of " + TOWNS + " (" + Instant.now() + ")");
            say("PostgreSQL " + jdbc.queryForObject("show server_version", String.class) + ", synchronous_commit "
                    + jdbc.queryForObject("show synchronous_commit", String.class) + ", "
                    + Runtime.getRuntime().availableProcessors() + " cores");
            run(plain, Math.max(3, SECONDS / 4));
            Rate base = run(plain, SECONDS);
            Rate single = run(chained, SECONDS);
            Rate towns = run(perTown, SECONDS);
            Rate baseAgain = run(plain, SECONDS);
            say(base.line("no head (PostgreSQL's own rate)", base));
            say(single.line("one head for the installation", base));
            say(towns.line("one head per town", base));
            say(baseAgain.line("no head, again (drift of the machine)", base));
            ChainVerification check = new ChainVerifier(jdbc, key).verify(ChainVerifier.Progress.NONE);
            say("chain after the run: intact=" + check.intact() + ", " + check.events() + " events");
            if (!check.intact()) {
                throw new AssertionError("the chain broke under concurrent writers: " + check);
            }
        }
    }

    @Test
    void verification_of_a_million_events_in_bounded_memory() throws Exception {
        try (HikariDataSource ds = database(DB + "_million")) {
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            ChainKey key = new ChainKey(jdbc, KEY, Path.of("target/bench/unused.key"));
            ChainWriter writer = new ChainWriter(jdbc, key);
            TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
            long have = jdbc.queryForObject("select last_seq from audit_chain_head where id = 1", Long.class);
            say("== verification of " + EVENTS + " events, heap limit " + mb(Runtime.getRuntime().maxMemory())
                    + " (" + Instant.now() + ")");
            if (have < EVENTS) {
                long t0 = System.nanoTime();
                Instant start = Instant.parse("2016-01-01T00:00:00Z");
                for (long done = have; done < EVENTS; ) {
                    int n = (int) Math.min(5_000, EVENTS - done);
                    List<PendingEvent> batch = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        // ten years of events, in the order they happened
                        batch.add(event(ThreadLocalRandom.current().nextLong(1, TOWNS + 1),
                                start.plusSeconds((done + i) * 315L)));
                    }
                    tx.executeWithoutResult(s -> writer.append(batch));
                    done += n;
                }
                double s = (System.nanoTime() - t0) / 1e9;
                say(String.format(Locale.ROOT, "generated %,d events in %.1f s (%,.0f events/s)", EVENTS - have, s,
                        (EVENTS - have) / s));
                jdbc.execute("vacuum analyze audit_event");
            }
            long total = jdbc.queryForObject("select last_seq from audit_chain_head where id = 1", Long.class);

            long r0 = System.nanoTime();
            long read = 0;
            for (long after = 0; ; ) {
                List<Long> page = jdbc.query("select " + JdbcAuditTrail.COLUMNS + " from audit_event where seq_no > ? "
                        + "order by seq_no limit " + ChainVerifier.PAGE, (rs, i) -> JdbcAuditTrail.entry(rs).seqNo(),
                        after);
                if (page.isEmpty()) {
                    break;
                }
                read += page.size();
                after = page.get(page.size() - 1);
            }
            double readSeconds = (System.nanoTime() - r0) / 1e9;

            System.gc();
            long[] peak = {used()};
            long[] lastTenth = {-1};
            long v0 = System.nanoTime();
            ChainVerification result = new ChainVerifier(jdbc, key).verify((checked, all) -> {
                peak[0] = Math.max(peak[0], used());
                long tenth = all == 0 ? 10 : checked * 10 / all;
                if (tenth != lastTenth[0]) {
                    lastTenth[0] = tenth;
                    System.out.printf(Locale.ROOT, "  %,d / %,d (%d%%) heap used %s%n", checked, all, tenth * 10,
                            mb(used()));
                }
            });
            double verifySeconds = (System.nanoTime() - v0) / 1e9;
            say(String.format(Locale.ROOT, "verify: %,d events in %.1f s = %,.0f events/s, intact=%s; "
                    + "heap used at most %s of %s", result.events(), verifySeconds, result.events() / verifySeconds,
                    result.intact(), mb(peak[0]), mb(Runtime.getRuntime().maxMemory())));
            say(String.format(Locale.ROOT, "same pages read without hashing: %,d events in %.1f s = %,.0f events/s "
                    + "(verification takes %.1f x the reading)", read, readSeconds, read / readSeconds,
                    verifySeconds / readSeconds));
            if (!result.intact() || result.events() != total) {
                throw new AssertionError("expected an intact chain of " + total + " events: " + result);
            }
        }
    }

    /** One transaction of a writer: a record of the town changed and its audit events. */
    @FunctionalInterface
    interface Change {
        void commit(long town, List<PendingEvent> events);
    }

    record Rate(long commits, long events, double seconds) {
        String line(String what, Rate base) {
            return String.format(Locale.ROOT, "%-40s %,9.0f events/s %,8.0f commits/s  %.2f x no head", what,
                    events / seconds, commits / seconds, (events / seconds) / (base.events / base.seconds));
        }
    }

    private static Rate run(Change change, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        AtomicLong commits = new AtomicLong();
        AtomicLong events = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long t0 = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            running.add(pool.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < end) {
                    long town = random.nextLong(1, TOWNS + 1);
                    int n = random.nextInt(1, 4);
                    List<PendingEvent> batch = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        batch.add(event(town, Instant.now()));
                    }
                    change.commit(town, batch);
                    commits.incrementAndGet();
                    events.addAndGet(n);
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        return new Rate(commits.get(), events.get(), elapsed);
    }

    private static void changeRecord(JdbcTemplate jdbc, long town) {
        jdbc.update("insert into bench_change (town_id, payload) values (?, ?)", town, "调解协议已履行");
    }

    /** The inserts of an append into the plain table, hashed as the chain hashes them; answers the last hash. */
    private static String insertPlain(JdbcTemplate jdbc, ChainWriter writer, List<PendingEvent> events,
                                      AtomicLong seqs, String prev) {
        List<Object[]> rows = writer.chained(events, seqs.getAndAdd(events.size()) + 1, prev);
        jdbc.batchUpdate(ChainWriter.INSERT.replace("audit_event", "bench_event"), rows);
        return (String) rows.get(rows.size() - 1)[15];
    }

    /** An event the size of a real one: a dispute of the town whose state changed. */
    private static PendingEvent event(long town, Instant at) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        int id = r.nextInt(1, 3_000);
        return new PendingEvent(at, "mediator-" + town, town * 100, town, "Dispute", String.valueOf(town * 10_000 + id),
                "TRANSITION:MEDIATING->RESOLVED", "{\"state\":\"MEDIATING\",\"version\":3}",
                "{\"state\":\"RESOLVED\",\"agreement\":\"WRITTEN\",\"concludedOn\":\"2026-11-27\",\"version\":4}",
                "双方达成书面调解协议", "req-" + Long.toHexString(r.nextLong()),
                "（2026）苏0684民调" + id + "号", null);
    }

    private static HikariDataSource database(String name) throws Exception {
        try (var c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             var st = c.createStatement();
             var rs = st.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
            if (!rs.next()) {
                st.execute("create database " + name);
            }
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(SERVER + name + "?reWriteBatchedInserts=true");
        config.setUsername("postgres");
        config.setMaximumPoolSize(WRITERS + 2);
        HikariDataSource ds = new HikariDataSource(config);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
                .load().migrate();
        return ds;
    }

    private static long used() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static String mb(long bytes) {
        return (bytes >> 20) + " MB";
    }
}
