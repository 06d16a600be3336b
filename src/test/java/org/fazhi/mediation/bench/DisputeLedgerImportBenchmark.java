package org.fazhi.mediation.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fazhi.ledger.ImportReport;
import org.fazhi.ledger.LedgerImports;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.RunAs;
import org.fazhi.support.DisputeLedgerFile;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Benchmark, not a test of behaviour: imports a generated 矛盾纠纷台账 of {@code fazhi.bench.rows} rows (default
 * 100,000) through the shared ledger facility as the town mediator and prints the time. Excluded from the normal run;
 * run it with
 * <pre>
 * ./mvnw -q -B test -Dfazhi.skip.postgresql=true -Dfazhi.bench=true -Dtest=DisputeLedgerImportBenchmark
 * ./mvnw -q -B test -Dfazhi.bench=true -Dtest=DisputeLedgerImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * (the second also runs it on PostgreSQL). The figures are kept in {@code docs/benchmarks.md}.
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

    @Test
    void import_a_large_dispute_ledger() {
        int rows = Integer.getInteger("fazhi.bench.rows", 100_000);
        List<OrgUnitView> villages = directory.villagesOf(data.sanxing().id());
        byte[] csv = DisputeLedgerFile.csv(rows, villages.stream().map(OrgUnitView::name).toList(), "台账压测纠纷");
        MockMultipartFile file = new MockMultipartFile("file", "矛盾纠纷台账.csv", "text/csv", csv);

        long start = System.nanoTime();
        ImportReport report = runAs.as("mediator", () -> ledgers.importFile("矛盾纠纷台账", file));
        double seconds = (System.nanoTime() - start) / 1e9;

        System.out.printf("%n=== BENCHMARK 矛盾纠纷台账 on %s: %d rows (%d KB) imported=%d skipped=%d rejected=%d in %.1f s "
                        + "(%.0f rows/s) ===%n%n", org.fazhi.support.TestDatabase.KIND, rows, csv.length / 1024,
                report.imported(), report.skipped(), report.rejected().size(), seconds, rows / seconds);
        assertThat(report.imported() + report.skipped()).isEqualTo(rows);
    }
}
