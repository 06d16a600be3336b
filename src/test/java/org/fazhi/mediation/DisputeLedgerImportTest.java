package org.fazhi.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.ledger.Ledgers;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** 矛盾纠纷台账 through the shared import facility, and the export in the same layout. */
class DisputeLedgerImportTest extends IntegrationTest {

    static final String HEADER = "受理日期,所属村居,纠纷类别,纠纷来源,简要案情,当事人,涉及金额(元),是否重大纠纷,调解组织,调解结果,协议形式,办结日期";
    static final String URL = "/api/v1/mediation/disputes/import";

    @Autowired
    JdbcTemplate jdbc;

    private Api.Response importCsv(String user, String... rows) {
        String[] lines = new String[rows.length + 1];
        lines[0] = HEADER;
        System.arraycopy(rows, 0, lines, 1, rows.length);
        return api(user).upload(URL, "file", "矛盾纠纷台账.csv", "text/csv",
                Ledgers.csv(StandardCharsets.UTF_8, true, lines));
    }

    private JsonNode rejection(Api.Response r, int row) {
        for (JsonNode j : r.json().get("rejected")) {
            if (j.get("row").asInt() == row) {
                return j;
            }
        }
        throw new AssertionError("row " + row + " not rejected: " + r.body());
    }

    @Test
    void good_rows_import_bad_rows_are_rejected_with_their_column_and_reason() {
        Api.Response r = importCsv("mediator",
                "2024-03-05,东兴村,邻里,申请调解,导入甲因排水沟发生争执,导入甲、导入乙,1200,否,村调委会,调解成功,口头,2024-03-08",
                "2024/4/1,西宏村,合同,法院委托,导入丙货款纠纷,导入丙、导入丁,\"52,000.50\",否,镇调委会,调解成功,书面,2024年4月20日",
                "2024-05-01,不存在村,邻里,申请调解,导入戊,导入戊,,否,村调委会,调解中,,",
                "2024-05-10,东兴村,邻里,申请调解,导入己,导入己,,否,村调委会,调解成功,口头,2024-05-01",
                "2024-05-11,东兴村,吵架,申请调解,导入庚,导入庚,,否,村调委会,调解成功,口头,2024-05-12",
                "2024-05-12,东兴村,邻里,申请调解,导入辛,导入辛,,否,村调委会,调解中,,2024-05-13",
                "2024-05-13,东兴村,邻里,申请调解,导入壬,导入壬,,否,村调委会,调解不成功,书面,2024-05-14",
                "2024-05-14,东兴村,邻里,派出所,导入癸,导入癸,,否,区调委会,调解成功,口头,2024-05-15");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("imported").asInt()).isEqualTo(2);
        assertThat(rejection(r, 4).get("column").asString()).isEqualTo("所属村居");
        assertThat(rejection(r, 4).get("reason").asString()).contains("不存在村");
        assertThat(rejection(r, 5).get("column").asString()).isEqualTo("办结日期");
        assertThat(rejection(r, 5).get("reason").asString()).contains("不能早于受理日期");
        assertThat(rejection(r, 6).get("column").asString()).isEqualTo("纠纷类别");
        assertThat(rejection(r, 7).get("reason").asString()).contains("调解中");
        assertThat(rejection(r, 8).get("column").asString()).isEqualTo("协议形式");
        assertThat(r.body()).contains("\"row\":9");
        JsonNode list = api("mediator").get("/api/v1/mediation/disputes?q=" + java.net.URLEncoder.encode(
                "导入丙", StandardCharsets.UTF_8)).json();
        assertThat(list.get("total").asInt()).isEqualTo(1);
        JsonNode item = list.get("items").get(0);
        assertThat(item.get("source").asString()).isEqualTo("法院委托");
        assertThat(item.get("holder").asString()).isEqualTo("镇人民调解委员会");
        assertThat(item.get("amount").decimalValue()).isEqualByComparingTo(new java.math.BigDecimal("52000.50"));
        assertThat(item.get("agreementForm").asString()).isEqualTo("WRITTEN");
    }

    @Test
    void the_rows_of_one_chunk_are_numbered_on_from_each_years_counter_in_file_order() {
        long town = data.sanxing().id();
        int last2024 = lastCaseSeq(town, 2024);
        int last2023 = lastCaseSeq(town, 2023);
        int last2012 = lastCaseSeq(town, 2012);

        Api.Response r = importCsv("mediator",
                "2024-06-01,东兴村,邻里,申请调解,编号甲排水纠纷,编号甲,,否,村调委会,调解成功,口头,2024-06-02",
                "2023-06-01,东兴村,邻里,申请调解,编号乙排水纠纷,编号乙,,否,村调委会,调解成功,口头,2023-06-02",
                "2024-06-03,东兴村,邻里,申请调解,编号丙排水纠纷,编号丙,,否,村调委会,调解成功,口头,2024-06-04",
                "2012-06-01,东兴村,邻里,申请调解,编号丁排水纠纷,编号丁,,否,村调委会,调解成功,口头,2012-06-02",
                "2023-06-05,东兴村,邻里,申请调解,编号戊排水纠纷,编号戊,,否,村调委会,调解成功,口头,2023-06-06");

        assertThat(r.json().get("imported").asInt()).as(r.body()).isEqualTo(5);
        assertThat(caseSeqOf("编号甲排水纠纷")).isEqualTo(last2024 + 1);
        assertThat(caseSeqOf("编号丙排水纠纷")).isEqualTo(last2024 + 2);
        assertThat(caseSeqOf("编号乙排水纠纷")).isEqualTo(last2023 + 1);
        assertThat(caseSeqOf("编号戊排水纠纷")).isEqualTo(last2023 + 2);
        assertThat(caseSeqOf("编号丁排水纠纷")).isEqualTo(last2012 + 1);
        assertThat(lastCaseSeq(town, 2024)).isEqualTo(last2024 + 2);
    }

    private int lastCaseSeq(long town, int year) {
        return jdbc.queryForObject("select coalesce(max(last_seq), 0) from mediation_case_counter where town_id = ? "
                + "and case_year = ?", Integer.class, town, year);
    }

    private int caseSeqOf(String summary) {
        return jdbc.queryForObject("select case_seq from mediation_dispute where summary = ?", Integer.class, summary);
    }

    @Test
    void importing_the_same_ledger_again_adds_nothing() {
        String row = "2024-06-03,南海村,物业,主动调解,重复导入物业费纠纷,重复甲,,否,村调委会,调解成功,口头,2024-06-04";

        Api.Response first = importCsv("mediator", row);
        Api.Response again = importCsv("mediator", row.replace("2024-06-03", "2024/6/3"));

        assertThat(first.json().get("imported").asInt()).isEqualTo(1);
        assertThat(again.json().get("imported").asInt()).isZero();
        assertThat(again.json().get("skipped").asInt()).isEqualTo(1);
        assertThat(api("mediator").get("/api/v1/mediation/disputes?q=" + java.net.URLEncoder.encode(
                "重复导入物业费纠纷", StandardCharsets.UTF_8)).json().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void a_village_mediator_imports_only_the_disputes_of_the_village() {
        Api.Response r = importCsv("village-mediator",
                "2024-07-01,林西村,邻里,申请调解,村导入甲,村甲,,否,村调委会,调解成功,口头,2024-07-02",
                "2024-07-01,东兴村,邻里,申请调解,村导入乙,村乙,,否,村调委会,调解成功,口头,2024-07-02",
                "2024-07-01,林西村,邻里,申请调解,村导入丙,村丙,,否,镇调委会,调解成功,口头,2024-07-02");

        assertThat(r.json().get("imported").asInt()).isEqualTo(1);
        assertThat(rejection(r, 3).get("column").asString()).isEqualTo("所属村居");
        assertThat(rejection(r, 4).get("column").asString()).isEqualTo("调解组织");
    }

    @Test
    void the_second_town_cannot_import_into_sanxing_villages() {
        Api.Response r = importCsv("t2-mediator",
                "2024-07-01,林西村,邻里,申请调解,外镇导入,外甲,,否,村调委会,调解成功,口头,2024-07-02");

        assertThat(r.json().get("imported").asInt()).isZero();
        assertThat(rejection(r, 2).get("reason").asString()).contains("不是本镇");
    }

    @Test
    void the_export_has_the_ledger_columns_in_order_and_no_id_numbers_or_phones() throws Exception {
        // the demo's report year, a year of a few hundred disputes
        Api.Response r = api("leader").get("/api/v1/mediation/disputes/export.xlsx?year=" + data.reportYear()
                + "&orgUnit=" + data.sanxing().id());

        assertThat(r.status()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(r.bytes()))) {
            var sheet = wb.getSheetAt(0);
            List<String> header = new java.util.ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(String.join(",", header)).isEqualTo(HEADER);
            assertThat(sheet.getLastRowNum()).isGreaterThan(100);
            StringBuilder all = new StringBuilder();
            sheet.forEach(row -> row.forEach(c -> all.append(c.toString()).append('|')));
            assertThat(all.toString()).doesNotContainPattern("1[3-9]\\d{9}").doesNotContainPattern("\\d{17}[\\dX]");
        }
    }

    @Test
    void an_exported_row_reads_back_as_the_same_ledger_row() {
        importCsv("mediator", "2024-08-05,北河村,消费,其他部门移送,往返导出消费纠纷,往返甲、往返乙,300,否,村调委会,调解成功,书面,2024-08-09");
        byte[] export = api("mediator").get("/api/v1/mediation/disputes/export.xlsx?q=" + java.net.URLEncoder.encode(
                "往返导出消费纠纷", StandardCharsets.UTF_8)).bytes();

        Api.Response r = api("mediator").upload(URL, "file", "导出.xlsx", "application/octet-stream", export);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("rejected").size()).as(r.body()).isZero();
        assertThat(r.json().get("imported").asInt()).isZero();
        assertThat(r.json().get("skipped").asInt()).isEqualTo(1);
    }
}
