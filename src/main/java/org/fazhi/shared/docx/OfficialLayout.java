package org.fazhi.shared.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * A document in the official-document layout of GB/T 9704-2012 (党政机关公文格式): A4, margins top 37 mm and left
 * 28 mm for a 156 × 225 mm type area; title 2号 小标宋 (宋体 bold as the fallback) centred; body 3号 仿宋; headings
 * 黑体 "一、", 楷体 "（一）"; the issuing authority and the date in Arabic numerals at the end. The content comes only
 * from the record, so the same record gives the same document. Modules add their own parts (tables) through
 * {@link #document()} and {@link #run}.
 */
public final class OfficialLayout {

    /** Twentieths of a point per millimetre. */
    private static final double TWIPS_PER_MM = 56.6929;
    public static final int SIZE_TITLE = 22;
    public static final int SIZE_BODY = 16;
    public static final int SIZE_TABLE = 10;

    private final XWPFDocument doc = new XWPFDocument();

    public OfficialLayout() {
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

    /** The document as built so far, for a module's own parts. */
    public XWPFDocument document() {
        return doc;
    }

    /** The document number (文号), right-aligned. */
    public OfficialLayout number(String number) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.RIGHT);
        run(p, number, "仿宋", SIZE_BODY, false);
        return this;
    }

    public OfficialLayout title(String title) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(300);
        // 小标宋 is rarely installed on office machines; 宋体 bold is the usual fallback
        run(p, title, "宋体", SIZE_TITLE, true);
        return this;
    }

    public OfficialLayout heading1(String text) {
        run(bodyParagraph(), text, "黑体", SIZE_BODY, false);
        return this;
    }

    public OfficialLayout heading2(String text) {
        run(bodyParagraph(), text, "楷体", SIZE_BODY, false);
        return this;
    }

    /** The addressee (主送机关), flush left. */
    public OfficialLayout addressee(String text) {
        run(doc.createParagraph(), text, "仿宋", SIZE_BODY, false);
        return this;
    }

    /** Body text, one indented paragraph per line; nothing for a blank text. */
    public OfficialLayout paragraph(String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        for (String line : text.split("\n")) {
            run(bodyParagraph(), line.strip(), "仿宋", SIZE_BODY, false);
        }
        return this;
    }

    private XWPFParagraph bodyParagraph() {
        XWPFParagraph p = doc.createParagraph();
        p.setFirstLineIndent(640);
        return p;
    }

    /** The issuing authority and the date, right-aligned, the date as 2024年12月31日. */
    public OfficialLayout signature(String authority, LocalDate date) {
        doc.createParagraph();
        XWPFParagraph a = doc.createParagraph();
        a.setAlignment(ParagraphAlignment.RIGHT);
        run(a, authority, "仿宋", SIZE_BODY, false);
        XWPFParagraph d = doc.createParagraph();
        d.setAlignment(ParagraphAlignment.RIGHT);
        run(d, chineseDate(date), "仿宋", SIZE_BODY, false);
        return this;
    }

    /** A date as official documents write it: 2024年12月31日. */
    public static String chineseDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** A run of text in the font (Latin and East Asian alike) and size, in points. */
    public static void run(XWPFParagraph p, String text, String font, int size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily(font);
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        r.setFontSize(size);
        r.setBold(bold);
    }

    public byte[] bytes() {
        try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
