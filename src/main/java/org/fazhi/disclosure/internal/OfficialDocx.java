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
 * A document in the official-document layout of GB/T 9704-2012 (UI.md): A4, margins top 37 mm and left 28 mm for a
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
        // 小标宋 is rarely installed; UI.md's fallback is 宋体 bold
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

    /** A table with a header row and data rows; {@code null} cells stay empty. */
    OfficialDocx table(List<String> header, List<List<String>> rows) {
        XWPFTable t = doc.createTable(rows.size() + 1, header.size());
        t.setWidth("100%");
        fill(t.getRow(0), header, true);
        for (int i = 0; i < rows.size(); i++) {
            fill(t.getRow(i + 1), rows.get(i), false);
        }
        doc.createParagraph();
        return this;
    }

    private void fill(XWPFTableRow row, List<String> cells, boolean bold) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setAlignment(c == 0 ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
            run(p, cells.get(c) == null ? "" : cells.get(c), bold ? "黑体" : "仿宋", SIZE_TABLE, false);
        }
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
