package org.fazhi.disclosure.internal;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.fazhi.shared.docx.OfficialLayout;

/**
 * A disclosure document in the official layout ({@link OfficialLayout}), with the merged-cell tables of the national
 * report forms.
 */
final class OfficialDocx {

    static final int SIZE_TABLE = OfficialLayout.SIZE_TABLE;

    private final OfficialLayout layout = new OfficialLayout();
    private final org.apache.poi.xwpf.usermodel.XWPFDocument doc = layout.document();

    OfficialDocx number(String number) {
        layout.number(number);
        return this;
    }

    OfficialDocx title(String title) {
        layout.title(title);
        return this;
    }

    OfficialDocx heading1(String text) {
        layout.heading1(text);
        return this;
    }

    OfficialDocx heading2(String text) {
        layout.heading2(text);
        return this;
    }

    OfficialDocx addressee(String text) {
        layout.addressee(text);
        return this;
    }

    OfficialDocx paragraph(String text) {
        layout.paragraph(text);
        return this;
    }

    OfficialDocx signature(String authority, LocalDate date) {
        layout.signature(authority, date);
        return this;
    }

    static String chineseDate(LocalDate date) {
        return OfficialLayout.chineseDate(date);
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
        OfficialLayout.run(p, text, font, size, bold);
    }

    byte[] bytes() {
        return layout.bytes();
    }
}
