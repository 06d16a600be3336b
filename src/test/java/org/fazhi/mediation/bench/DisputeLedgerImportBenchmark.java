package org.fazhi.mediation.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.fazhi.ledger.ImportReport;
import org.fazhi.ledger.LedgerImports;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.RunAs;
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

    static final String[] CATEGORIES = {"婚姻家庭", "邻里", "房屋宅基地", "合同", "生产经营", "损害赔偿", "劳动争议", "道路交通事故",
            "物业", "其它"};
    static final String[] SOURCES = {"申请调解", "主动调解", "公安移送", "法院委托", "信访移送", "其他部门移送"};

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
        byte[] csv = ledger(rows, villages);
        MockMultipartFile file = new MockMultipartFile("file", "矛盾纠纷台账.csv", "text/csv", csv);

        long start = System.nanoTime();
        ImportReport report = runAs.as("mediator", () -> ledgers.importFile("矛盾纠纷台账", file));
        double seconds = (System.nanoTime() - start) / 1e9;

        System.out.printf("%n=== BENCHMARK 矛盾纠纷台账 on %s: %d rows (%d KB) imported=%d skipped=%d rejected=%d in %.1f s "
                        + "(%.0f rows/s) ===%n%n", org.fazhi.support.TestDatabase.KIND, rows, csv.length / 1024,
                report.imported(), report.skipped(), report.rejected().size(), seconds, rows / seconds);
        assertThat(report.imported() + report.skipped()).isEqualTo(rows);
    }

    /** Distinct, valid rows: about 95 % succeeded, some failed, a few still in mediation. */
    static byte[] ledger(int rows, List<OrgUnitView> villages) {
        Random r = new Random(42);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder sb = new StringBuilder(
                "受理日期,所属村居,纠纷类别,纠纷来源,简要案情,当事人,涉及金额(元),是否重大纠纷,调解组织,调解结果,协议形式,办结日期\r\n");
        LocalDate first = LocalDate.of(2015, 1, 1);
        for (int i = 0; i < rows; i++) {
            LocalDate accepted = first.plusDays(r.nextInt(3500));
            int outcome = r.nextInt(100);
            String result = outcome < 95 ? "调解成功" : outcome < 98 ? "调解不成功" : "调解中";
            String form = outcome >= 98 ? "" : outcome >= 95 ? "无" : new String[] {"书面", "口头"}[r.nextInt(2)];
            String concluded = outcome >= 98 ? "" : accepted.plusDays(r.nextInt(30)).toString();
            sb.append(accepted).append(',').append(villages.get(r.nextInt(villages.size())).name()).append(',')
                    .append(CATEGORIES[r.nextInt(CATEGORIES.length)]).append(',')
                    .append(SOURCES[r.nextInt(SOURCES.length)]).append(",台账压测纠纷第").append(i).append("号,当事人甲")
                    .append(i).append("、当事人乙,").append(r.nextInt(5) == 0 ? "" : String.valueOf(r.nextInt(100000)))
                    .append(',').append(r.nextInt(200) == 0 ? "是" : "否").append(',')
                    .append(r.nextInt(8) == 0 ? "镇调委会" : "村调委会").append(',').append(result).append(',')
                    .append(form).append(',').append(concluded).append("\r\n");
            if (sb.length() > 1 << 16) {
                out.writeBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
                sb.setLength(0);
            }
        }
        out.writeBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
