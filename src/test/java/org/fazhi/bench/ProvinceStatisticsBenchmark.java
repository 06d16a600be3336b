package org.fazhi.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.fazhi.FazhiApplication;
import org.fazhi.disclosure.DisclosureStatistics;
import org.fazhi.enforcement.EnforcementStatistics;
import org.fazhi.mediation.MediationStatistics;
import org.fazhi.organization.RunAs;
import org.fazhi.publication.PublicationStatistics;
import org.fazhi.report.internal.DistrictRollup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Statistics on a province-sized database (issue: a town's annual figures in 1 s each and within 2 × a hand-written
 * aggregate SQL of the same figures; the district overview across its towns in 2 s). Not part of the test suite: run
 * it with {@code bench/province.sh}. It fills the database {@code fazhi_province} once with
 * {@code bench/province-fill.sql} (1,200 towns by default, {@code -Dbench.towns=12} for a quick run; the same seed and
 * size are kept between runs), starts the platform on it and times each statistic through the platform's own service,
 * signed in as the town's leader, with the hand-written SQL of the same figures beside it over plain JDBC.
 */
@Tag("bench")
class ProvinceStatisticsBenchmark {

    static final String URL = System.getProperty("bench.url", "jdbc:postgresql://127.0.0.1:5432/fazhi_province");
    static final int TOWNS = Integer.getInteger("bench.towns", 1200);
    static final int SEED = Integer.getInteger("bench.seed", 42);
    static final int YEAR = Integer.getInteger("bench.year", 2024);
    static final int RUNS = Integer.getInteger("bench.runs", 9);
    /**
     * Untimed runs before the timed ones, the same for both sides: enough for the JIT compilers to have compiled both
     * paths, as on a server that has been running for a while (a few left the platform's longer path interpreted).
     */
    static final int WARM_UP = Integer.getInteger("bench.warmup", 200);

    /** The first town of the first district (ids as bench/province-fill.sql gives them). */
    static final long TOWN = 11_000_001;
    static final String TOWN_USER = "bench-town-1";
    static final String DISTRICT_USER = "bench-district-1";

    @Test
    void statistics_of_a_province() throws Exception {
        StringBuilder report = new StringBuilder();
        try (Connection c = connect()) {
            if (!migrated(c)) {
                // let the platform create its schema first
                startPlatform().close();
            }
            fillOnce(c, report);
            report.append(tableSizes(c));
        }
        try (ConfigurableApplicationContext app = startPlatform(); Connection c = connect()) {
            RunAs runAs = app.getBean(RunAs.class);
            MediationStatistics mediation = app.getBean(MediationStatistics.class);
            EnforcementStatistics enforcement = app.getBean(EnforcementStatistics.class);
            PublicationStatistics publication = app.getBean(PublicationStatistics.class);
            DisclosureStatistics disclosure = app.getBean(DisclosureStatistics.class);
            DistrictRollup rollup = app.getBean(DistrictRollup.class);
            report.append(String.format("%nannual statistics of town %d, year %d, %d timed runs each, platform and "
                    + "hand SQL in turn, after %d untimed (ms):%n", TOWN, YEAR, RUNS, WARM_UP));
            report.append(String.format("%-12s %26s %26s %7s%n", "figures", "platform min/median/max",
                    "hand SQL min/median/max", "ratio"));
            compare(report, "mediation", runAs, () -> mediation.of(YEAR, TOWN), c, ProvinceHandSql.MEDIATION);
            compare(report, "enforcement", runAs, () -> enforcement.of(YEAR, TOWN), c, ProvinceHandSql.ENFORCEMENT);
            compare(report, "publication", runAs, () -> publication.figures(YEAR, TOWN), c, ProvinceHandSql.PUBLICATION);
            compare(report, "disclosure", runAs, () -> disclosure.of(YEAR, TOWN), c, ProvinceHandSql.DISCLOSURE);
            // the two sides count the same figures: a faster side that counted less would prove nothing
            runAs.as(TOWN_USER, () -> {
                var m = mediation.of(YEAR, TOWN);
                agree(m, List.of(m.accepted(), m.succeeded(), m.townCommittee().accepted(), m.majorDisputes(),
                        m.failed()), mediationTotals(query(c, ProvinceHandSql.MEDIATION)));
                var e = enforcement.of(YEAR, TOWN);
                agree(e, List.of(e.casesFiled(), e.casesDecided(), e.penaltyDecisions(), e.majorCases(),
                        e.casesReviewed(), e.collectivelyDiscussed(), e.casesWithFullRecords(), e.coerciveMeasures()),
                        enforcementTotals(query(c, ProvinceHandSql.ENFORCEMENT)));
                var p = publication.figures(YEAR, TOWN);
                agree(p, List.of(p.publishedOnTime(), p.publishedLate(), p.withdrawn(), p.withheld(), p.revoked()),
                        longs(query(c, ProvinceHandSql.PUBLICATION)));
                var d = disclosure.of(YEAR, TOWN);
                agree(d, List.of(d.received(), d.answered(), d.answeredOnTime()), longs(query(c, ProvinceHandSql.DISCLOSURE)));
                return null;
            });
            report.append("every figure compared above equals the hand SQL's\n");
            // signed in once, as a request's user is: the timings hold the statistics, not the sign-in
            List<Long> platform = runAs.as(DISTRICT_USER, () -> time(() -> rollup.of(YEAR)));
            int towns = runAs.as(DISTRICT_USER, () -> rollup.of(YEAR)).towns().size();
            List<Long> sql = time(() -> districtSql(c));
            report.append(String.format("%ndistrict overview (report district table, %d towns, every report figure "
                    + "live):%n%-12s %26s %26s %7.1f%n", towns, "district", stats(platform), stats(sql),
                    median(platform) / median(sql)));
        }
        System.out.println("\n===== province statistics benchmark =====\n" + report);
        Path out = Path.of("target", "bench", "province-statistics.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
    }

    /**
     * Times the platform's statistic and the hand SQL one run of each in turn: a spell of another process on the other
     * core (which doubles a sub-millisecond statement's time) then falls on both sides, not on one.
     */
    private static void compare(StringBuilder report, String name, RunAs runAs, Supplier<Object> figures,
                                Connection c, String sql) {
        List<Long> platform = new ArrayList<>();
        List<Long> hand = new ArrayList<>();
        runAs.as(TOWN_USER, () -> {
            for (int i = 0; i < WARM_UP; i++) {
                figures.get();
                query(c, sql);
            }
            for (int i = 0; i < RUNS; i++) {
                platform.add(timed(figures));
                hand.add(timed(() -> query(c, sql)));
            }
            return null;
        });
        report.append(String.format("%-12s %26s %26s %7.1f%n", name, stats(platform), stats(hand),
                median(platform) / median(hand)));
    }

    private static void agree(Object figures, List<Long> platform, List<Long> hand) {
        if (!platform.equals(hand)) {
            throw new IllegalStateException("the platform counted " + platform + " where the hand SQL counted " + hand
                    + ": " + figures);
        }
    }

    /** Accepted, succeeded, held by the town committee, major, failed: the grouping set () of the hand SQL. */
    private static List<Long> mediationTotals(Object values) {
        List<Long> all = longs(values);
        List<Long> totals = null;
        for (int row = 0; row < all.size(); row += 18) {
            List<Long> r = all.subList(row, row + 18);
            // the row of no group has no key; of such rows (a dispute without a village makes another) the largest
            if (r.subList(0, 4).stream().allMatch(java.util.Objects::isNull)
                    && (totals == null || r.get(4) > totals.get(0))) {
                totals = List.of(r.get(4), r.get(5), r.get(8), r.get(12), r.get(15));
            }
        }
        return totals;
    }

    /** Filed, decided, penalty decisions (cases and past ones), major, reviewed, discussed, full records, coercive. */
    private static List<Long> enforcementTotals(Object values) {
        List<Long> v = longs(values);
        return List.of(v.get(0), v.get(1), v.get(2) + v.get(8), v.get(4), v.get(5), v.get(6), v.get(7), v.get(9));
    }

    @SuppressWarnings("unchecked")
    private static List<Long> longs(Object values) {
        return ((List<Object>) values).stream().map(v -> v instanceof Number n ? Long.valueOf(n.longValue()) : null)
                .toList();
    }

    private static long timed(Supplier<Object> work) {
        long t0 = System.nanoTime();
        work.get();
        return System.nanoTime() - t0;
    }

    /** Warm first (as a running server is: {@link #WARM_UP} runs), then {@link #RUNS} timed runs. */
    private static List<Long> time(Supplier<Object> work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.get();
        }
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            work.get();
            out.add(System.nanoTime() - t0);
        }
        return out;
    }

    private static Object query(Connection c, String sql) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, TOWN);
            ps.setObject(2, java.time.LocalDate.of(YEAR, 1, 1));
            ps.setObject(3, java.time.LocalDate.of(YEAR, 12, 31));
            List<Object> values = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        values.add(rs.getObject(i));
                    }
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object districtSql(Connection c) {
        try (PreparedStatement ps = c.prepareStatement(ProvinceHandSql.DISTRICT)) {
            ps.setLong(1, 10_000_001);
            for (int i = 2; i <= 11; i += 2) {
                ps.setObject(i, java.time.LocalDate.of(YEAR, 1, 1));
                ps.setObject(i + 1, java.time.LocalDate.of(YEAR, 12, 31));
            }
            long n = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    n += rs.getLong(2);
                }
            }
            return n;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ConfigurableApplicationContext startPlatform() {
        return new SpringApplicationBuilder(FazhiApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + URL, "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--fazhi.demo.enabled=false", "--spring.jmx.enabled=false",
                "--spring.flyway.out-of-order=true");
    }

    private static boolean migrated(Connection c) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, "public", "flyway_schema_history", null)) {
            return rs.next();
        }
    }

    /** Runs the generator unless the database already holds the province of this seed and size. */
    private static void fillOnce(Connection c, StringBuilder report) throws Exception {
        try (var st = c.createStatement()) {
            st.execute("create table if not exists bench_province (seed int not null, towns int not null, "
                    + "filled_at timestamptz not null, seconds numeric)");
            try (ResultSet rs = st.executeQuery("select seed, towns, seconds, filled_at from bench_province")) {
                if (rs.next()) {
                    if (rs.getInt(1) != SEED || rs.getInt(2) != TOWNS) {
                        throw new IllegalStateException("fazhi_province holds seed " + rs.getInt(1) + " with "
                                + rs.getInt(2) + " towns: drop it (dropdb -h 127.0.0.1 -U postgres fazhi_province) "
                                + "or run with -Dbench.seed=" + rs.getInt(1) + " -Dbench.towns=" + rs.getInt(2));
                    }
                    report.append(String.format("province: seed %d, %d towns, generated %s in %s s (kept)%n", SEED,
                            TOWNS, rs.getTimestamp(4).toInstant(), rs.getBigDecimal(3)));
                    return;
                }
            }
        }
        String script = Files.readString(Path.of("bench", "province-fill.sql"), StandardCharsets.UTF_8)
                .replace("${seed}", String.valueOf(SEED)).replace("${towns}", String.valueOf(TOWNS));
        long t0 = System.nanoTime();
        c.setAutoCommit(false);
        try (var st = c.createStatement()) {
            for (String statement : script.split(";\\s*\\n")) {
                if (!statement.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("--"))) {
                    st.execute(statement);
                }
            }
            c.commit();
        } finally {
            c.setAutoCommit(true);
        }
        long filled = System.nanoTime() - t0;
        try (var st = c.createStatement()) {
            st.execute("vacuum analyze");
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        try (var st = c.createStatement()) {
            st.execute("update bench_province set seconds = " + Math.round(seconds));
        }
        report.append(String.format("province: seed %d, %d towns, generated in %.0f s (inserts %.0f s, vacuum "
                + "analyze %.0f s)%n", SEED, TOWNS, seconds, filled / 1e9, seconds - filled / 1e9));
    }

    private static String tableSizes(Connection c) throws SQLException {
        StringBuilder out = new StringBuilder(String.format("%-24s %12s %10s %10s%n", "table", "rows", "table",
                "+indexes"));
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("""
                select relname, (select count(*) from pg_class where false), pg_size_pretty(pg_relation_size(oid)),
                       pg_size_pretty(pg_total_relation_size(oid)), reltuples::bigint from pg_class
                where relname in ('org_unit', 'mediation_dispute', 'penalty_case', 'penalty_case_step', 'attachment',
                                  'publication', 'disclosure_application', 'enforcement_officer', 'app_user')
                order by pg_total_relation_size(oid) desc""")) {
            while (rs.next()) {
                out.append(String.format("%-24s %12d %10s %10s%n", rs.getString(1), rs.getLong(5), rs.getString(3),
                        rs.getString(4)));
            }
        }
        return out.toString();
    }

    private static Connection connect() throws SQLException {
        return BenchDatabase.connect(URL);
    }

    private static String stats(List<Long> nanos) {
        List<Long> s = new ArrayList<>(nanos);
        Collections.sort(s);
        return String.format("%7.2f /%7.2f /%7.2f", s.get(0) / 1e6, median(s), s.get(s.size() - 1) / 1e6);
    }

    private static double median(List<Long> nanos) {
        List<Long> s = new ArrayList<>(nanos);
        Collections.sort(s);
        return s.get(s.size() / 2) / 1e6;
    }
}
