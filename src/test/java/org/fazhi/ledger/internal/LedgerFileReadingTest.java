package org.fazhi.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.fazhi.ledger.ImportReport;
import org.fazhi.ledger.LedgerColumn;
import org.fazhi.ledger.LedgerFormat;
import org.fazhi.ledger.LedgerKey;
import org.fazhi.ledger.LedgerRow;
import org.fazhi.ledger.LedgerValues;
import org.fazhi.ledger.Ledgers;
import org.fazhi.ledger.UnsupportedLedgerFile;
import org.fazhi.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.StaticMessageSource;

/** How ledger files are read: encodings, XLSX cells, header matching, and what is not a ledger. */
class LedgerFileReadingTest {

    private static final Charset GBK = Charset.forName("GBK");

    @TempDir
    Path dir;

    private Path file(byte[] content) throws IOException {
        return Files.write(Files.createTempFile(dir, "ledger", ".bin"), content);
    }

    private List<String> rows(byte[] content) throws IOException {
        List<String> out = new ArrayList<>();
        LedgerSheet.open(file(content)).read((n, cells) -> out.add(n + ":" + String.join("|",
                cells.stream().map(c -> c == null ? "" : c).toList())));
        return out;
    }

    @Test
    void a_utf8_csv_without_bom_is_read_as_utf8() throws IOException {
        byte[] csv = Ledgers.csv(StandardCharsets.UTF_8, false, "名称,类型", "林西村,村");

        assertThat(rows(csv)).containsExactly("1:名称|类型", "2:林西村|村");
    }

    @Test
    void a_utf8_csv_with_bom_is_read_as_utf8_and_the_bom_is_not_part_of_the_first_header() throws IOException {
        byte[] csv = Ledgers.csv(StandardCharsets.UTF_8, true, "名称,类型", "叠石桥社区,社区");

        assertThat(rows(csv)).containsExactly("1:名称|类型", "2:叠石桥社区|社区");
    }

    @Test
    void a_gbk_csv_as_excel_on_chinese_windows_writes_it_is_read_as_gb18030() throws IOException {
        byte[] csv = Ledgers.csv(GBK, false, "名称,类型,上级单位", "镕铖村,村,三星镇");

        CsvSheet sheet = (CsvSheet) LedgerSheet.open(file(csv));

        assertThat(sheet.charset()).isEqualTo(CsvSheet.GB18030);
        assertThat(rows(csv)).containsExactly("1:名称|类型|上级单位", "2:镕铖村|村|三星镇");
    }

    @Test
    void a_quoted_cell_may_hold_commas_and_line_breaks_and_rows_keep_their_spreadsheet_numbers() throws IOException {
        byte[] csv = Ledgers.csv(StandardCharsets.UTF_8, false, "名称,备注", "\"甲,乙\",\"第一行", "第二行\"", "丙,");

        assertThat(rows(csv)).containsExactly("1:名称|备注", "2:甲,乙|第一行\r\n第二行", "3:丙|");
    }

    @Test
    void an_xlsx_date_cell_arrives_as_an_iso_date_and_a_text_date_as_written() throws IOException {
        byte[] xlsx = Ledgers.xlsx(List.of(
                List.of("名称", "发证日期", "金额"),
                Arrays.asList("甲", LocalDate.of(2024, 3, 5), 1234.5),
                Arrays.asList("乙", "2024年3月6日", 12)));

        List<String> rows = rows(xlsx);

        assertThat(rows).containsExactly("1:名称|发证日期|金额", "2:甲|2024-03-05|1234.5", "3:乙|2024年3月6日|12");
        assertThat(LedgerValues.date("2024-03-05")).isEqualTo(LocalDate.of(2024, 3, 5));
    }

    @Test
    void an_xlsx_blank_cell_keeps_the_later_cells_in_their_columns_and_blank_rows_keep_the_numbering()
            throws IOException {
        byte[] xlsx = Ledgers.xlsx(List.of(
                List.of("名称", "类型", "编码"),
                Arrays.asList("甲", null, "A1"),
                List.of(),
                List.of("乙", "村", "B2")));

        assertThat(rows(xlsx)).contains("2:甲||A1", "4:乙|村|B2");
    }

    @Test
    void png_bytes_are_not_a_ledger() {
        assertThatThrownBy(() -> LedgerSheet.open(file(Ledgers.PNG))).isInstanceOf(UnsupportedLedgerFile.class);
    }

    @Test
    void a_zip_that_is_not_a_workbook_is_not_a_ledger() throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            zip.write("<w/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Path docx = file(out.toByteArray());

        assertThatThrownBy(() -> LedgerSheet.open(docx)).isInstanceOf(UnsupportedLedgerFile.class);
    }

    /** A ledger with a column whose header has brackets, as 涉及金额（元） in real ledgers. */
    private static final class AmountLedger implements LedgerFormat<String> {
        public String name() {
            return "金额台账";
        }

        public String authority() {
            return "LEDGER_IMPORT";
        }

        public List<LedgerColumn> columns() {
            return List.of(LedgerColumn.required("名称", null), LedgerColumn.required("涉及金额(元)", null));
        }

        public String read(LedgerRow row) {
            return row.text("名称") + "=" + row.value("涉及金额(元)", LedgerValues::decimal);
        }

        public LedgerKey keyOf(String command) {
            return new LedgerKey(1, command);
        }

        public void save(String command) {
        }
    }

    private final LedgerImportService service = new LedgerImportService(List.of(new AmountLedger()), null, null,
            new StaticMessageSource());

    @Test
    void a_header_written_with_full_width_brackets_and_spaces_matches_the_declared_column() throws IOException {
        byte[] csv = Ledgers.csv(StandardCharsets.UTF_8, false, " 名称 ,涉及金额（元）", "甲,100");

        LedgerImportService.Prepared prepared = service.prepare(new AmountLedger(), file(csv));

        assertThat(prepared.columnAt()).isEqualTo(Map.of("名称", 0, "涉及金额(元)", 1));
    }

    @Test
    void a_file_missing_required_headers_is_refused_naming_them() throws IOException {
        byte[] csv = Ledgers.csv(StandardCharsets.UTF_8, false, "单位", "甲");

        assertThatThrownBy(() -> service.prepare(new AmountLedger(), file(csv)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("ledger.headers.missing");
                    assertThat(e.args()).containsExactly("名称、涉及金额(元)");
                });
    }

    @Test
    void an_unparsable_amount_rejects_its_row_with_row_number_and_header() throws IOException {
        byte[] csv = Ledgers.csv(StandardCharsets.UTF_8, false, "名称,涉及金额（元）", "甲,很多");
        var format = new AmountLedger();
        var prepared = service.prepare(format, file(csv));
        var rejecting = new LedgerImportService(List.of(format), null,
                new org.springframework.transaction.support.AbstractPlatformTransactionManager() {
                    protected Object doGetTransaction() {
                        return new Object();
                    }

                    protected void doBegin(Object tx, org.springframework.transaction.TransactionDefinition d) {
                    }

                    protected void doCommit(org.springframework.transaction.support.DefaultTransactionStatus s) {
                    }

                    protected void doRollback(org.springframework.transaction.support.DefaultTransactionStatus s) {
                    }
                }, new StaticMessageSource());

        ImportReport report = rejecting.run(format, prepared, ImportProgress.NONE);

        assertThat(report.imported()).isZero();
        assertThat(report.rejected()).singleElement().satisfies(r -> {
            assertThat(r.row()).isEqualTo(2);
            assertThat(r.column()).isEqualTo("涉及金额(元)");
            assertThat(r.reason()).isEqualTo("ledger.value.decimal");
        });
    }
}
