package org.fazhi.mediation.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.fazhi.ledger.ImportReport;
import org.fazhi.ledger.LedgerImports;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.RunAs;
import org.fazhi.support.DisputeLedgerFile;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.TestDatabase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Benchmark, not a test of behaviour: imports a generated 矛盾纠纷台账 of {@code fazhi.bench.rows} rows (default
 * 100,000) through the shared ledger facility as the town mediator and prints the time. Excluded from the normal run;
 * run it with
 * <pre>
 * ./mvnw -q -B test -Dfazhi.skip.postgresql=true -Dfazhi.bench=true -Dtest=DisputeLedgerImportBenchmark
 * ./mvnw -q -B test -Dfazhi.bench=true -Dtest=DisputeLedgerImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * (the second also runs it on PostgreSQL; {@code bench/import.sh} runs it the same way). On PostgreSQL it also loads
 * the same file with {@code COPY} into a plain table of the same columns in the same database and prints both times
 * and their ratio: the import's cost per row as a multiple of the database's own cheapest load, which survives a
 * machine busy with other work better than an absolute time. {@code -Dfazhi.bench.db=h2|postgresql} runs it on one
 * database only. The figures are kept in {@code docs/benchmarks.md}.
 */
@Tag("bench")
@EnabledIfSystemProperty(named = "fazhi.bench", matches = "true")
class DisputeLedgerImportBenchmark extends IntegrationTest {

    @Autowired
    LedgerImports ledgers;
    @Autowired
    RunAs runAs;
    @Autowired
    OrgDirectory directory;

    @Autowired
    javax.sql.DataSource dataSource;

    @BeforeAll
    static void onlyOnTheChosenDatabase() {
        String only = System.getProperty("fazhi.bench.db", "");
        Assumptions.assumeTrue(only.isBlank() || only.equalsIgnoreCase(TestDatabase.KIND), "benchmark on " + only + " only");
    }

    @Test
    void import_a_large_dispute_ledger() throws Exception {
        int rows = Integer.getInteger("fazhi.bench.rows", 100_000);
        List<OrgUnitView> villages = directory.villagesOf(data.sanxing().id());
        byte[] csv = DisputeLedgerFile.csv(rows, villages.stream().map(OrgUnitView::name).toList(), "台账压测纠纷");
        MockMultipartFile file = new MockMultipartFile("file", "矛盾纠纷台账.csv", "text/csv", csv);

        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long threadStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long postgresStart = postgresCpuMillis();
        long start = System.nanoTime();
        ImportReport report = runAs.as("mediator", () -> ledgers.importFile("矛盾纠纷台账", file));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%n=== BENCHMARK CPU per row: importing thread %.0f µs, whole JVM %.0f µs, PostgreSQL "
                        + "backends of the test database %s ===%n%n",
                (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - threadStart) / 1e3 / rows,
                (os.getProcessCpuTime() - cpuStart) / 1e3 / rows,
                postgresStart < 0 ? "-" : String.format("%.0f µs", (postgresCpuMillis() - postgresStart) * 1e3 / rows));

        System.out.printf("%n=== BENCHMARK 矛盾纠纷台账 on %s: %d rows (%d KB) imported=%d skipped=%d rejected=%d in %.1f s "
                        + "(%.0f rows/s) ===%n%n", org.fazhi.support.TestDatabase.KIND, rows, csv.length / 1024,
                report.imported(), report.skipped(), report.rejected().size(), seconds, rows / seconds);
        assertThat(report.imported() + report.skipped()).isEqualTo(rows);
        if (TestDatabase.postgres()) {
            double copy = copySeconds(csv, rows);
            System.out.printf("%n=== BENCHMARK COPY of the same %d rows into a plain table: %.2f s (%.0f rows/s); "
                    + "import/COPY speed ratio %.3f; driver properties %s ===%n%n", rows, copy, rows / copy,
                    copy / seconds, dataSource instanceof com.zaxxer.hikari.HikariDataSource pool
                            ? pool.getDataSourceProperties() : "?");
        }
    }

    /**
     * The CPU time so far of the PostgreSQL server processes serving the test database (this run's pool), from
     * {@code /proc}, when the database runs on this machine; -1 elsewhere. The server shares the machine's cores, so
     * its CPU per row is part of the import's cost that a wall-clock time on a busy machine hides.
     */
    private long postgresCpuMillis() {
        if (!TestDatabase.postgres()) {
            return -1;
        }
        long ticks = 0;
        Connection c = DataSourceUtils.getConnection(dataSource);
        try (var st = c.createStatement();
             var rs = st.executeQuery("select pid from pg_stat_activity where datname = current_database()")) {
            while (rs.next()) {
                Path stat = Path.of("/proc", String.valueOf(rs.getInt(1)), "stat");
                if (!Files.isReadable(stat)) {
                    return -1;
                }
                String text = Files.readString(stat);
                String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            }
        } catch (Exception e) {
            return -1;
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
        return ticks * 10;
    }

    /**
     * The database's own time for the same rows: {@code COPY … FROM STDIN (FORMAT csv)} of the same file, through the
     * driver's {@code CopyManager}, into a table of the ledger's twelve columns with the types the dispute table
     * stores them in (dates, a decimal amount, text).
     */
    private double copySeconds(byte[] csv, int rows) throws Exception {
        Connection c = DataSourceUtils.getConnection(dataSource);
        try (var st = c.createStatement()) {
            st.execute("drop table if exists bench_ledger_copy");
            st.execute("create table bench_ledger_copy (accepted_on date, village text, category text, source text, "
                    + "summary text, parties text, amount numeric(14, 2), major text, committee text, result text, "
                    + "agreement_form text, concluded_on date)");
            long start = System.nanoTime();
            long copied = c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy bench_ledger_copy from stdin (format csv, header true)", new ByteArrayInputStream(csv));
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(copied).isEqualTo(rows);
            st.execute("drop table bench_ledger_copy");
            return seconds;
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }
}
