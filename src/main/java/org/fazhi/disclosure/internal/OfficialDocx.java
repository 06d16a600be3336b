package org.fazhi.disclosure.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * A document in the official-document layout of GB/T 9704-2012: A4, margins top 37 mm and left 28 mm for a
 * 156 × 225 mm type area; title 2号 小标宋 (宋体 bold as the fallback) centred; body 3号 仿宋; headings 黑体 "一、",
 * 楷体 "（一）"; the issuing authority and the date in Arabic numerals at the end. The content comes only from the
 * record, so the same record gives the same document.
 */
final class OfficialDocx {

    /** Twentieths of a point per millimetre. */
    private static final double TWIPS_PER_MM = 56.6929;
    static final int SIZE_TITLE = 22;
    static final int SIZE_BODY = 16;
    static final int SIZE_TABLE = 10;

    private final XWPFDocument doc = new XWPFDocument();

    OfficialDocx() {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(mm(210)));
        size.setH(BigInteger.valueOf(mm(297)));
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(mm(37)));
        mar.setBottom(BigInteger.valueOf(mm(35)));
        mar.setLeft(BigInteger.valueOf(mm(28)));
        mar.setRight(BigInteger.valueOf(mm(26)));
    }

    private static long mm(double millimetres) {
        return Math.round(millimetres * TWIPS_PER_MM);
    }

    OfficialDocx number(String number) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.RIGHT);
        run(p, number, "仿宋", SIZE_BODY, false);
        return this;
    }

    OfficialDocx title(String title) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(300);
        // 小标宋 is rarely installed on office machines; 宋体 bold is the usual fallback
        run(p, title, "宋体", SIZE_TITLE, true);
        return this;
    }

    OfficialDocx heading1(String text) {
        XWPFParagraph p = bodyParagraph();
        run(p, text, "黑体", SIZE_BODY, false);
        return this;
    }

    OfficialDocx heading2(String text) {
        XWPFParagraph p = bodyParagraph();
        run(p, text, "楷体", SIZE_BODY, false);
        return this;
    }

    OfficialDocx addressee(String text) {
        XWPFParagraph p = doc.createParagraph();
        run(p, text, "仿宋", SIZE_BODY, false);
        return this;
    }

    OfficialDocx paragraph(String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        for (String line : text.split("\n")) {
            XWPFParagraph p = bodyParagraph();
            run(p, line.strip(), "仿宋", SIZE_BODY, false);
        }
        return this;
    }

    private XWPFParagraph bodyParagraph() {
        XWPFParagraph p = doc.createParagraph();
        p.setFirstLineIndent(640);
        return p;
    }

    /** The issuing authority and the date, right-aligned, the date as 2024年12月31日. */
    OfficialDocx signature(String authority, LocalDate date) {
        doc.createParagraph();
        XWPFParagraph a = doc.createParagraph();
        a.setAlignment(ParagraphAlignment.RIGHT);
        run(a, authority, "仿宋", SIZE_BODY, false);
        XWPFParagraph d = doc.createParagraph();
        d.setAlignment(ParagraphAlignment.RIGHT);
        run(d, chineseDate(date), "仿宋", SIZE_BODY, false);
        return this;
    }

    static String chineseDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /**
     * A table with merged cells, as the national forms print them: each row lists its cells left to right, a cell
     * taking the next column not already covered by a cell spanning down from a row above. Merged cells are written
     * as Word does (a grid span across columns, a vertical merge down rows), so that the table opens and prints as
     * drawn.
     */
    OfficialDocx grid(ReportGrid.Grid grid) {
        int columns = grid.columns();
        List<List<ReportGrid.Cell>> rows = grid.rows();
        ReportGrid.Cell[][] origin = new ReportGrid.Cell[rows.size()][columns];
        boolean[][] covered = new boolean[rows.size()][columns];
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (ReportGrid.Cell cell : rows.get(r)) {
                while (c < columns && covered[r][c]) {
                    c++;
                }
                if (c + cell.colSpan() > columns || r + cell.rowSpan() > rows.size()) {
                    throw new IllegalArgumentException("cell '" + cell.text() + "' does not fit row " + r);
                }
                origin[r][c] = cell;
                for (int dr = 0; dr < cell.rowSpan(); dr++) {
                    for (int dc = 0; dc < cell.colSpan(); dc++) {
                        covered[r + dr][c + dc] = true;
                    }
                }
                c += cell.colSpan();
            }
        }
        XWPFTable t = doc.createTable(rows.size(), 1);
        t.setWidth("100%");
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = t.getRow(r);
            int made = 0;
            for (int c = 0; c < columns; ) {
                ReportGrid.Cell cell = origin[r][c];
                ReportGrid.Cell above = cell == null ? spanningDown(origin, r, c) : null;
                int span = cell != null ? cell.colSpan() : above != null ? above.colSpan() : 1;
                XWPFTableCell x = made == 0 ? row.getCell(0) : row.addNewTableCell();
                made++;
                var pr = x.getCTTc().isSetTcPr() ? x.getCTTc().getTcPr() : x.getCTTc().addNewTcPr();
                if (span > 1) {
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
                }
                if (cell != null && cell.rowSpan() > 1) {
                    pr.addNewVMerge().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge.RESTART);
                } else if (above != null) {
                    pr.addNewVMerge().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge.CONTINUE);
                }
                XWPFParagraph p = x.getParagraphs().get(0);
                boolean header = r < grid.headerRows();
                boolean label = cell != null && cell.heading() && !header;
                p.setAlignment(label ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
                run(p, cell == null || cell.text() == null ? "" : cell.text(), header ? "黑体" : "仿宋", SIZE_TABLE,
                        false);
                c += span;
            }
        }
        doc.createParagraph();
        return this;
    }

    /** The cell of a row above that spans down over column {@code c} of row {@code r}, starting at that column. */
    private static ReportGrid.Cell spanningDown(ReportGrid.Cell[][] origin, int r, int c) {
        for (int up = r - 1; up >= 0; up--) {
            ReportGrid.Cell cell = origin[up][c];
            if (cell != null) {
                return up + cell.rowSpan() > r ? cell : null;
            }
        }
        return null;
    }

    private static void run(XWPFParagraph p, String text, String font, int size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily(font);
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        r.setFontSize(size);
        r.setBold(bold);
    }

    byte[] bytes() {
        try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
