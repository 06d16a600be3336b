package org.fazhi.disclosure.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.disclosure.internal.AnnualReportService.Row;
import org.fazhi.disclosure.internal.AnnualReportService.Table;

/**
 * The tables of the annual disclosure report laid out as the national form (国办公开办函〔2021〕30号) prints them, with
 * merged cells: table 二 as four blocks, each with its own header row; table 三 with the two-level applicant header
 * (法人或其他组织 over its five columns) and the label cells 三、本年度办理结果 and （三）…（六） merged over their rows;
 * table 四 with 行政复议 and 行政诉讼 (未经复议直接起诉, 复议后起诉) as merged header cells over their five columns. One
 * layout for the page and the DOCX, so that both show the same form.
 */
public final class ReportGrid {

    /** Label columns of table 三: the row heading, the group label cell, the leaf label. */
    private static final int TABLE3_LABEL_COLUMNS = 3;

    private ReportGrid() {
    }

    /**
     * A cell: its text ({@code null} for an empty cell), how many columns and rows it spans, and whether it is a
     * heading (a header cell or a row label) rather than a figure.
     */
    public record Cell(String text, int colSpan, int rowSpan, boolean heading) {
        static Cell heading(String text, int colSpan, int rowSpan) {
            return new Cell(text, colSpan, rowSpan, true);
        }

        static Cell figure(Number n) {
            return new Cell(ReportGrid.text(n), 1, 1, false);
        }

        static Cell figure(Number n, int colSpan) {
            return new Cell(ReportGrid.text(n), colSpan, 1, false);
        }
    }

    /**
     * A laid-out table: its width in columns, how many of its first rows are header rows, and its rows of cells; a
     * row lists its cells left to right, each taking the next column not covered by a cell spanning down from above.
     */
    public record Grid(int columns, int headerRows, List<List<Cell>> rows) {
    }

    /** Table 二: per article of 第二十条, a title row, a header row and its rows, four columns wide. */
    public static Grid table2(Table t) {
        Map<String, List<Row>> blocks = new LinkedHashMap<>();
        t.rows().forEach(r -> blocks.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r));
        List<List<Cell>> rows = new ArrayList<>();
        for (Map.Entry<String, List<Row>> block : blocks.entrySet()) {
            List<Integer> cells = AnnualReportService.TABLE2_CELLS.get(block.getKey());
            int span = 3 / cells.size();
            rows.add(List.of(Cell.heading(block.getKey(), 4, 1)));
            List<Cell> header = new ArrayList<>(List.of(Cell.heading("信息内容", 1, 1)));
            cells.forEach(i -> header.add(Cell.heading(t.columns().get(i), span, 1)));
            rows.add(header);
            for (Row r : block.getValue()) {
                List<Cell> line = new ArrayList<>(List.of(Cell.heading(r.label(), 1, 1)));
                cells.forEach(i -> line.add(Cell.figure(r.values().get(i), span)));
                rows.add(line);
            }
        }
        return new Grid(4, 0, rows);
    }

    /** Table 三: three header rows, then 一, 二, the results under 三 with their merged label cells, and 四. */
    public static Grid table3(Table t) {
        List<String> columns = t.columns();
        int values = columns.size();
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.heading(AnnualReportService.TABLE3_NOTE, TABLE3_LABEL_COLUMNS, 3),
                Cell.heading("申请人情况", values, 1)));
        rows.add(List.of(Cell.heading(columns.get(0), 1, 2), Cell.heading("法人或其他组织", values - 2, 1),
                Cell.heading(columns.get(values - 1), 1, 2)));
        rows.add(columns.subList(1, values - 1).stream().map(c -> Cell.heading(c, 1, 1)).toList());

        List<Row> results = t.rows().stream().filter(ReportGrid::isResult).toList();
        boolean resultsStarted = false;
        String group = null;
        for (Row r : t.rows()) {
            List<Cell> line = new ArrayList<>();
            if (!isResult(r)) {
                line.add(Cell.heading(r.label(), TABLE3_LABEL_COLUMNS, 1));
            } else {
                if (!resultsStarted) {
                    line.add(Cell.heading(AnnualReportService.HEADER_RESULTS, 1, results.size()));
                    resultsStarted = true;
                }
                if (r.group() == null) {
                    line.add(Cell.heading(r.label(), 2, 1));
                } else {
                    if (!r.group().equals(group)) {
                        long leaves = results.stream().filter(x -> r.group().equals(x.group())).count();
                        line.add(Cell.heading(r.group(), 1, (int) leaves));
                    }
                    line.add(Cell.heading(r.label(), 1, 1));
                }
                group = r.group();
            }
            r.values().forEach(v -> line.add(Cell.figure(v)));
            rows.add(line);
        }
        return new Grid(TABLE3_LABEL_COLUMNS + values, 3, rows);
    }

    /**
     * Table 四: 行政复议 over its five columns (two header rows high), 行政诉讼 over its ten with 未经复议直接起诉 and
     * 复议后起诉 under it, then the result labels and the one row of figures.
     */
    public static Grid table4(Table t) {
        List<String> kinds = new ArrayList<>();
        for (String c : t.columns()) {
            String kind = c.substring(0, c.indexOf('·'));
            if (!kinds.contains(kind)) {
                kinds.add(kind);
            }
        }
        int width = t.columns().size() / kinds.size();
        List<Cell> top = new ArrayList<>();
        List<Cell> middle = new ArrayList<>();
        String parent = null;
        for (String kind : kinds) {
            int open = kind.indexOf('（');
            if (open < 0) {
                top.add(Cell.heading(kind, width, 2));
                parent = null;
            } else {
                String p = kind.substring(0, open);
                if (!p.equals(parent)) {
                    long children = kinds.stream().filter(k -> k.startsWith(p + "（")).count();
                    top.add(Cell.heading(p, width * (int) children, 1));
                    parent = p;
                }
                middle.add(Cell.heading(kind.substring(open + 1, kind.length() - 1), width, 1));
            }
        }
        List<Cell> results = t.columns().stream().map(c -> Cell.heading(c.substring(c.indexOf('·') + 1), 1, 1))
                .toList();
        List<List<Cell>> rows = new ArrayList<>(List.of(top, middle, results));
        for (Row r : t.rows()) {
            rows.add(r.values().stream().map(Cell::figure).toList());
        }
        return new Grid(t.columns().size(), 3, rows);
    }

    private static boolean isResult(Row r) {
        return r.label().startsWith("（") || r.group() != null;
    }

    private static String text(Number n) {
        return n == null ? null : n instanceof BigDecimal b ? (b.signum() == 0 ? "0"
                : b.stripTrailingZeros().toPlainString()) : n.toString();
    }
}
