package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.fazhi.support.Api;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The annual disclosure report in the national format (国办公开办函〔2021〕30号): table 三 computed from the
 * applications of 三星镇 in 2020 and 2021, years no other test or demo record uses.
 */
class AnnualReportTest extends DisclosureApiSupport {

    private JsonNode report(String user, int year) {
        Api.Response r = api(user).get("/api/v1/disclosure/annual-report/" + year + "?orgUnit=" + data.sanxing().id());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static List<Long> row(JsonNode table, String label) {
        for (JsonNode r : table.get("rows")) {
            if (r.get("label").asString().equals(label)) {
                List<Long> v = new ArrayList<>();
                r.get("values").forEach(x -> v.add(x.asLong()));
                return v;
            }
        }
        throw new AssertionError("no row " + label);
    }

    @Test
    void table_three_counts_received_carried_over_decided_and_open_applications_by_applicant_type() {
        long carried = register("clerk", "2020-12-28", "NATURAL_PERSON", "320684199001011234").get("id").asLong();
        ok(step(carried, "decision", "{\"decidedOn\":\"2021-01-15\",\"outcome\":\"DISCLOSED\"}"));
        long firm = register("clerk", "2021-03-01", "COMMERCIAL", "91320684MAG000001X").get("id").asLong();
        ok(step(firm, "decision",
                "{\"decidedOn\":\"2021-03-10\",\"outcome\":\"WITHHELD_SECURITY_STABILITY\",\"reason\":\"危及稳定\"}"));
        register("clerk", "2021-12-27", "LEGAL_SERVICE", "91320684MA0000002X");

        JsonNode report = report("clerk", 2021);
        JsonNode t3 = report.get("table3");

        assertThat(report.get("year").asInt()).isEqualTo(2021);
        assertThat(report.get("orgUnitId").asLong()).isEqualTo(data.sanxing().id());
        assertThat(t3.get("columns")).hasSize(7);
        assertThat(t3.get("columns").get(0).asString()).isEqualTo("自然人");
        assertThat(t3.get("columns").get(6).asString()).isEqualTo("总计");
        assertThat(row(t3, "一、本年新收政府信息公开申请数量")).containsExactly(0L, 1L, 0L, 0L, 1L, 0L, 2L);
        assertThat(row(t3, "二、上年结转政府信息公开申请数量")).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
        assertThat(row(t3, "（一）予以公开")).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
        assertThat(row(t3, "3.危及“三安全一稳定”")).containsExactly(0L, 1L, 0L, 0L, 0L, 0L, 1L);
        assertThat(row(t3, "（七）总计")).containsExactly(1L, 1L, 0L, 0L, 0L, 0L, 2L);
        assertThat(row(t3, "四、结转下年度继续办理")).containsExactly(0L, 0L, 0L, 0L, 1L, 0L, 1L);
        assertThat(report.get("consistent").asBoolean()).isTrue();
    }

    @Test
    void table_three_lists_its_rows_in_the_order_of_the_national_form() {
        JsonNode rows = report("clerk", 2019).get("table3").get("rows");
        List<String> labels = new ArrayList<>();
        rows.forEach(r -> labels.add(r.get("label").asString()));

        assertThat(labels).hasSize(25);
        assertThat(labels.subList(0, 5)).containsExactly("一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量",
                "（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "1.属于国家秘密");
        assertThat(labels.subList(23, 25)).containsExactly("（七）总计", "四、结转下年度继续办理");
        rows.forEach(r -> assertThat(r.get("values")).hasSize(7));
    }

    @Test
    void the_label_cells_three_to_six_of_table_three_carry_no_numbers_and_span_their_leaf_rows() {
        JsonNode rows = report("clerk", 2019).get("table3").get("rows");
        List<String> labels = new ArrayList<>();
        java.util.Map<String, Integer> leaves = new java.util.LinkedHashMap<>();
        rows.forEach(r -> {
            labels.add(r.get("label").asString());
            if (r.hasNonNull("group")) {
                leaves.merge(r.get("group").asString(), 1, Integer::sum);
            }
        });

        // no row of its own — and so no number — for the header cell and the four label cells
        assertThat(labels).doesNotContain("三、本年度办理结果", "（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理");
        // each label cell spans its numbered leaves, in the order of the form
        assertThat(leaves).containsExactly(java.util.Map.entry("（三）不予公开", 8), java.util.Map.entry("（四）无法提供", 3),
                java.util.Map.entry("（五）不予处理", 5), java.util.Map.entry("（六）其他处理", 3));
        assertThat(labels.get(4)).isEqualTo("1.属于国家秘密");
        assertThat(labels.get(12)).isEqualTo("1.本机关不掌握相关政府信息");
    }

    @Test
    void the_docx_prints_table_three_with_its_two_level_header_and_merged_label_cells() throws Exception {
        byte[] docx = clerk().get("/api/v1/disclosure/annual-report/2021/docx?orgUnit=" + data.sanxing().id()).bytes();

        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
            var tables = doc.getTables();
            var table3 = tables.stream().filter(t -> t.getText().contains("申请人情况")).findFirst().orElseThrow();
            // 法人或其他组织 spans its five columns
            var organisations = cell(table3, "法人或其他组织");
            assertThat(organisations.getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(5);
            // （三）不予公开 is one label cell merged down over its eight leaves
            var withheld = cell(table3, "（三）不予公开");
            assertThat(withheld.getCTTc().getTcPr().getVMerge().getVal().toString()).isEqualTo("restart");
            int row = rowOf(table3, "（三）不予公开");
            for (int i = 1; i < 8; i++) {
                var next = table3.getRow(row + i).getCell(1);
                assertThat(next.getCTTc().getTcPr().getVMerge().getVal().toString()).isEqualTo("continue");
                assertThat(next.getText()).isEmpty();
            }
            assertThat(table3.getRow(row + 8).getCell(1).getText()).isEqualTo("（四）无法提供");
            // 一、本年新收 is a label over the three label columns, followed by its seven numbers
            assertThat(table3.getRow(rowOf(table3, "一、本年新收政府信息公开申请数量")).getTableCells()).hasSize(8);

            var table4 = tables.stream().filter(t -> t.getText().contains("未经复议直接起诉")).findFirst().orElseThrow();
            assertThat(cell(table4, "行政诉讼").getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(10);
            assertThat(cell(table4, "行政复议").getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(5);
            assertThat(cell(table4, "复议后起诉").getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(5);

            // table 二 as its four blocks, each with its own header row
            var table2 = tables.get(0);
            assertThat(table2.getText()).contains("第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项",
                    "第二十条第（八）项");
            long headerRows = table2.getRows().stream().filter(r -> r.getCell(0).getText().equals("信息内容")).count();
            assertThat(headerRows).isEqualTo(4);
        }
    }

    private static org.apache.poi.xwpf.usermodel.XWPFTableCell cell(org.apache.poi.xwpf.usermodel.XWPFTable t,
                                                                     String text) {
        return t.getRows().stream().flatMap(r -> r.getTableCells().stream()).filter(c -> c.getText().equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no cell " + text));
    }

    private static int rowOf(org.apache.poi.xwpf.usermodel.XWPFTable t, String text) {
        for (int i = 0; i < t.getNumberOfRows(); i++) {
            if (t.getRow(i).getTableCells().stream().anyMatch(c -> c.getText().equals(text))) {
                return i;
            }
        }
        throw new AssertionError("no row " + text);
    }

    @Test
    void every_table_has_columns_and_rows_of_label_and_values_and_hand_entered_rows_are_marked() {
        JsonNode report = report("clerk", 2019);

        for (String t : List.of("table2", "table3", "table4")) {
            assertThat(report.get(t).get("columns").isArray()).isTrue();
            report.get(t).get("rows").forEach(r -> assertThat(r.get("values").size())
                    .isEqualTo(report.get(t).get("columns").size()));
        }
        assertThat(report.get("table4").get("columns")).hasSize(15);
        List<String> handEntered = new ArrayList<>();
        report.get("table2").get("rows").forEach(r -> {
            if (r.get("handEntered").asBoolean()) {
                handEntered.add(r.get("label").asString());
            }
        });
        assertThat(handEntered).containsExactly("行政许可", "行政事业性收费");
    }

    @Test
    void the_second_town_may_not_read_the_report_of_sanxing() {
        Api.Response r = api("t2-clerk").get("/api/v1/disclosure/annual-report/2021?orgUnit=" + data.sanxing().id());

        assertThat(r.status()).isEqualTo(403);
    }

    @Test
    void the_report_exports_as_docx() {
        Api.Response r = clerk().get("/api/v1/disclosure/annual-report/2021/docx?orgUnit=" + data.sanxing().id());

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).contains("wordprocessingml");
        assertThat(r.bytes()[0]).isEqualTo((byte) 'P');
    }
}
